#include "information/places.h"

#include "storage/database.h"

namespace linli::information {
namespace {

// Facilities and rooms as one relation. A room without a facility is filed by what it is.
constexpr const char *kPlaces = R"sql(
WITH place AS (
  SELECT f.id, 0 AS is_room, f.category, f.name_zh, f.name_en, f.address_zh, f.address_en, f.floors_zh,
         f.floors_en, f.hours_zh, f.hours_en, f.description_zh, f.description_en, f.functions_zh,
         f.functions_en, f.has_lift, f.has_ramp, f.accessible_toilet, f.phone, f.in_hall, 0 AS floor,
         0.0 AS px, 0.0 AS py, 0.0 AS pw, 0.0 AS ph, 0 AS capacity, 0 AS bookable, '' AS facility_id,
         '' AS fac_zh, '' AS fac_en, f.sort_order AS sort_order
    FROM facility f
  UNION ALL
  SELECT r.id, 1, coalesce(f.category, CASE r.kind WHEN 'canteen' THEN 'canteen' WHEN 'care' THEN 'elderly_care'
                   WHEN 'reading' THEN 'culture' WHEN 'activity' THEN 'culture' ELSE 'party_mass' END),
         r.name_zh, r.name_en, coalesce(f.address_zh, h.address_zh, ''), coalesce(f.address_en, h.address_en, ''),
         CASE WHEN r.floor < 0 THEN '地下' || (-r.floor) || '层' ELSE r.floor || '楼' END,
         CASE WHEN r.floor < 0 THEN 'B' || (-r.floor) ELSE r.floor || 'F' END,
         r.hours_zh, r.hours_en, r.description_zh, r.description_en, r.equipment_zh, r.equipment_en,
         coalesce(f.has_lift, 0), coalesce(f.has_ramp, 0), coalesce(f.accessible_toilet, 0),
         coalesce(f.phone, h.phone, ''), 1, r.floor, r.plan_x, r.plan_y, r.plan_w, r.plan_h, r.capacity,
         r.bookable, coalesce(r.facility_id, ''), coalesce(f.name_zh, ''), coalesce(f.name_en, ''),
         1000 + r.sort_order
    FROM room r LEFT JOIN facility f ON f.id = r.facility_id LEFT JOIN (SELECT * FROM hall LIMIT 1) h)
SELECT * FROM place )sql";

Place readPlace(storage::Statement &q)
{
    Place p;
    p.id = q.text(0);
    p.isRoom = q.integer(1) != 0;
    p.category = q.text(2);
    p.name = { q.text(3), q.text(4) };
    p.address = { q.text(5), q.text(6) };
    p.floors = { q.text(7), q.text(8) };
    p.hours = { q.text(9), q.text(10) };
    p.description = { q.text(11), q.text(12) };
    p.offers = { parseTextList(q.text(13)), parseTextList(q.text(14)) };
    p.lift = q.integer(15) != 0;
    p.ramp = q.integer(16) != 0;
    p.accessibleToilet = q.integer(17) != 0;
    p.phone = q.text(18);
    p.inHall = q.integer(19) != 0;
    p.floor = q.integer(20);
    p.planX = q.real(21);
    p.planY = q.real(22);
    p.planW = q.real(23);
    p.planH = q.real(24);
    p.capacity = q.integer(25);
    p.bookable = q.integer(26) != 0;
    p.facilityId = q.text(27);
    p.facilityName = { q.text(28), q.text(29) };
    return p;
}

std::vector<Place> readAll(storage::Statement &q)
{
    std::vector<Place> places;
    while (q.step())
        places.push_back(readPlace(q));
    return places;
}

} // namespace

const QStringList &placeCategories()
{
    static const QStringList categories{ QStringLiteral("elderly_care"), QStringLiteral("culture"),
        QStringLiteral("party_mass"), QStringLiteral("canteen"), QStringLiteral("sports"),
        QStringLiteral("children"), QStringLiteral("market"), QStringLiteral("other") };
    return categories;
}

std::vector<Place> listPlaces(storage::Database &db, const QString &category)
{
    auto q = db.prepare(std::string(kPlaces)
        + "WHERE ?1 = '' OR category = ?1 ORDER BY in_hall DESC, is_room, sort_order, id");
    q.bind(1, category);
    return readAll(q);
}

std::optional<Place> findPlace(storage::Database &db, const QString &id)
{
    auto q = db.prepare(std::string(kPlaces) + "WHERE id = ?1");
    q.bind(1, id);
    if (!q.step())
        return std::nullopt;
    return readPlace(q);
}

std::vector<Place> roomsOnFloor(storage::Database &db, int floor)
{
    auto q = db.prepare(std::string(kPlaces) + "WHERE is_room = 1 AND floor = ?1 ORDER BY sort_order, id");
    q.bind(1, floor);
    return readAll(q);
}

std::vector<int> hallFloors(storage::Database &db)
{
    auto q = db.prepare("SELECT DISTINCT floor FROM room ORDER BY floor");
    std::vector<int> floors;
    while (q.step())
        floors.push_back(q.integer(0));
    return floors;
}

} // namespace linli::information
