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
    // The stop is the resident's on a round of the canteen whose offer was ordered.
    auto q = db.prepare(
        "SELECT o.resident_id, coalesce(r.name, ''), coalesce(r.phone, ''), coalesce(s.round_id, ''), "
        "coalesce(dr.name_zh, ''), coalesce(dr.name_en, ''), coalesce(dr.position, 0), coalesce(s.position, "
        "0), "
        "coalesce(s.note_zh, ''), coalesce(s.note_en, ''), o.code, o.dish_id, coalesce(d.name_zh, "
        "o.dish_id), "
        "coalesce(d.name_en, o.dish_id), o.quantity "
        "FROM meal_order o LEFT JOIN resident r ON r.id = o.resident_id "
        "LEFT JOIN canteen_dish d ON d.id = o.dish_id "
        "LEFT JOIN canteen_offer f ON f.id = o.offer_id "
        "LEFT JOIN delivery_stop s ON s.resident_id = o.resident_id "
        "AND s.canteen_id = coalesce(f.canteen_id, d.canteen_id) "
        "LEFT JOIN delivery_round dr ON dr.id = s.round_id "
        "WHERE o.meal_date = ? AND o.period = ? AND o.status = 'confirmed' AND o.delivery = 1 "
        "ORDER BY dr.position IS NULL, dr.position, s.position, o.resident_id, f.rowid IS NULL, f.rowid, "
        "o.code");
    q.bind(1, mealDate.toString(Qt::ISODate)).bind(2, periodName(period));
    std::vector<DeliveryStop> out;
    while (q.step()) {
        if (out.empty() || out.back().residentId != q.text(0)) {
            DeliveryStop stop;
            stop.residentId = q.text(0);
            stop.residentName = q.text(1);
            stop.phone = q.text(2);
            stop.roundId = q.text(3);
            stop.roundName = { q.text(4), q.text(5) };
            stop.roundPosition = q.integer(6);
            stop.stopPosition = q.integer(7);
            stop.note = { q.text(8), q.text(9) };
            out.push_back(stop);
        }
        out.back().items.push_back({ q.text(10), q.text(11), { q.text(12), q.text(13) }, q.integer(14) });
    }
    for (DeliveryStop &stop : out)
        stop.address = residents::loadAddress(db, stop.residentId);
    return out;
}

} // namespace linli::canteen
