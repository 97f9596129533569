#pragma once

#include "canteen/canteen_types.h"

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

// One delivered order for the delivery round.
struct DeliveryStop {
    QString orderCode;
    QString residentId;
    QString residentName;
    QString phone;
    QString dishId;
    LocalizedText dishName;
    int quantity = 0;
};

// Queries; throw storage::StorageError. Cancelled orders are not counted.
// Dishes in menu order (dishes no longer on the menu last, by id).
std::vector<KitchenLine> kitchenCount(storage::Database &db, const QDate &mealDate, MealPeriod period);
// By resident, then order code. Addresses, notes and the round's order come with the
// residents' addresses (not in the data yet).
std::vector<DeliveryStop> deliveryList(storage::Database &db, const QDate &mealDate, MealPeriod period);

} // namespace linli::canteen
