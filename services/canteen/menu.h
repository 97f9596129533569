#pragma once

#include "canteen/canteen_types.h"

#include <optional>
#include <vector>

namespace linli::storage {
class Database;
}

namespace linli::canteen {

// One dish on the menu of one meal (a row of canteen_offer with its dish).
struct MenuOffer {
    QString id;
    QString canteenId;
    QString dishId;
    LocalizedText name;
    QString category; // set, meat, vegetable, soup, staple
    QStringList tags; // soft, low_salt, low_sugar, vegetarian, halal
    QStringList allergens;
    QString picture;
    QDate mealDate;
    MealPeriod period = MealPeriod::Lunch;
    qint64 priceFen = 0;
    int quota = 0;
    int taken = 0;
    qint64 orderByUtc = 0; // the cut-off
    qint64 pickupFromUtc = 0, pickupToUtc = 0;
    bool delivery = false;
    qint64 deliveryFromUtc = 0, deliveryToUtc = 0; // 0 when not delivered
    bool removed = false;

    int left() const { return quota > taken ? quota - taken : 0; }
    bool soldOut() const { return left() == 0; }
};

// Queries; each throws storage::StorageError.
// The menu of one meal in content order, sold-out dishes included, removed ones not.
std::vector<MenuOffer> menuFor(storage::Database &db, const QDate &mealDate, MealPeriod period);
// An offer by id, removed or not.
std::optional<MenuOffer> findOffer(storage::Database &db, const QString &offerId);
// The rules of a canteen (nullopt when it has none or they no longer parse, logged).
std::optional<CanteenRules> loadCanteenRules(storage::Database &db, const QString &canteenId);
// A resident's birth date and tags (nullopt when there is no such resident).
std::optional<Diner> loadDiner(storage::Database &db, const QString &residentId);

} // namespace linli::canteen
