#pragma once

#include "canteen/canteen_types.h"
#include "residents/address.h"

#include <optional>
#include <vector>

namespace linli::storage {
class Database;
}

namespace linli::canteen {

// Servings of one dish for one meal, from the confirmed orders standing.
struct KitchenLine {
    QString dishId;
    LocalizedText name;
    int eatIn = 0; // collected at the canteen
    int delivery = 0;
};

// One delivered order at a stop.
struct DeliveryItem {
    QString orderCode;
    QString dishId;
    LocalizedText dishName;
    int quantity = 0;
};

// One stop of the delivery round: a resident's home and what is brought there for the meal.
struct DeliveryStop {
    QString roundId; // "" for a resident on no round (listed after the rounds)
    LocalizedText roundName;
    int roundPosition = 0; // 1, 2 ... as the rounds are driven; 0 on no round
    int stopPosition = 0; // 1, 2 ... within the round, as the data orders every stop
    QString residentId;
    QString residentName;
    QString phone;
    std::optional<residents::Address> address; // the registered address, in full (staff only)
    LocalizedText note; // the round's note for this stop ("请多敲门，老人耳背")
    std::vector<DeliveryItem> items; // in menu order
};

// Queries; throw storage::StorageError. Cancelled orders are not counted.
// Dishes in menu order (dishes no longer on the menu last, by id).
std::vector<KitchenLine> kitchenCount(storage::Database &db, const QDate &mealDate, MealPeriod period);
// The stops with delivered orders, in round order (rounds as driven, stops as visited); residents
// on no round of the canteen come last, by resident id. Eat-in orders are not on it.
std::vector<DeliveryStop> deliveryList(storage::Database &db, const QDate &mealDate, MealPeriod period);

} // namespace linli::canteen
