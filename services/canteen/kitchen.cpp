#include "canteen/kitchen.h"

#include "storage/database.h"

namespace linli::canteen {

std::vector<KitchenLine> kitchenCount(storage::Database &db, const QDate &mealDate, MealPeriod period)
{
    auto q = db.prepare("SELECT o.dish_id, coalesce(d.name_zh, o.dish_id), coalesce(d.name_en, o.dish_id), "
                        "sum(CASE WHEN o.delivery = 0 THEN o.quantity ELSE 0 END), "
                        "sum(CASE WHEN o.delivery = 1 THEN o.quantity ELSE 0 END) "
                        "FROM meal_order o LEFT JOIN canteen_dish d ON d.id = o.dish_id "
                        "LEFT JOIN canteen_offer f ON f.id = o.offer_id "
                        "WHERE o.meal_date = ? AND o.period = ? AND o.status = 'confirmed' "
                        "GROUP BY o.dish_id ORDER BY f.rowid IS NULL, min(f.rowid), o.dish_id");
    q.bind(1, mealDate.toString(Qt::ISODate)).bind(2, periodName(period));
    std::vector<KitchenLine> out;
    while (q.step())
        out.push_back({ q.text(0), { q.text(1), q.text(2) }, q.integer(3), q.integer(4) });
    return out;
}

std::vector<DeliveryStop> deliveryList(storage::Database &db, const QDate &mealDate, MealPeriod period)
{
    auto q
        = db.prepare("SELECT o.code, o.resident_id, coalesce(r.name, ''), coalesce(r.phone, ''), o.dish_id, "
                     "coalesce(d.name_zh, o.dish_id), coalesce(d.name_en, o.dish_id), o.quantity "
                     "FROM meal_order o LEFT JOIN resident r ON r.id = o.resident_id "
                     "LEFT JOIN canteen_dish d ON d.id = o.dish_id "
                     "WHERE o.meal_date = ? AND o.period = ? AND o.status = 'confirmed' AND o.delivery = 1 "
                     "ORDER BY o.resident_id, o.code");
    q.bind(1, mealDate.toString(Qt::ISODate)).bind(2, periodName(period));
    std::vector<DeliveryStop> out;
    while (q.step())
        out.push_back({ q.text(0), q.text(1), q.text(2), q.text(3), q.text(4), { q.text(5), q.text(6) },
            q.integer(7) });
    return out;
}

} // namespace linli::canteen
