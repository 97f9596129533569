// hall.json, facilities.json, rooms.json, canteen.json: the places of the hall and around it.
#include "content/content_error.h"
#include "content/content_parser.h"
#include "content/json_file.h"

#include <algorithm>
#include <QTimeZone>

namespace linli::content::detail {

namespace {

const QString kHallFile = QStringLiteral("hall.json");

PlanBox parsePlan(const Record &room)
{
    const Record plan = room.child(QStringLiteral("plan"));
    PlanBox box;
    box.x = plan.number(QStringLiteral("x"), 0, 100);
    box.y = plan.number(QStringLiteral("y"), 0, 100);
    box.w = plan.number(QStringLiteral("w"), 0.5, 100);
    box.h = plan.number(QStringLiteral("h"), 0.5, 100);
    if (box.x + box.w > 100 || box.y + box.h > 100)
        room.fail(QStringLiteral("\"plan\" reaches beyond the floor (x + w and y + h must be at most 100)"));
    return box;
}

bool overlaps(const PlanBox &a, const PlanBox &b)
{
    return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

} // namespace

Hall parseHallRecord(const Record &r)
{
    Hall hall;
    hall.id = r.id();
    hall.name = r.text(QStringLiteral("name"));
    hall.subdistrict = r.text(QStringLiteral("subdistrict"));
    hall.address = r.text(QStringLiteral("address"));
    hall.hours = r.text(QStringLiteral("hours"), Need::Optional);
    hall.phone = r.string(QStringLiteral("phone"), Need::Optional);
    hall.timezone = r.string(QStringLiteral("timezone"));
    if (!QTimeZone(hall.timezone.toUtf8()).isValid())
        r.fail(
            QStringLiteral("unknown time zone \"%1\" (expected e.g. \"Asia/Shanghai\")").arg(hall.timezone));
    const std::vector<QJsonValue> floors = r.array(QStringLiteral("floors"));
    if (floors.empty())
        r.fail(QStringLiteral("\"floors\" must list at least one floor"));
    for (size_t i = 0; i < floors.size(); ++i) {
        const QString path = QStringLiteral("floors[%1]").arg(i);
        if (!floors[i].isObject())
            r.fail(QStringLiteral("\"%1\" must be an object").arg(path));
        const Record floor(kHallFile, hall.id, floors[i].toObject(), path);
        const int level = int(floor.integer(QStringLiteral("level"), Need::Required, 0, -3, 30));
        floor.text(QStringLiteral("name"));
        if (std::find(hall.floors.begin(), hall.floors.end(), level) != hall.floors.end())
            r.fail(QStringLiteral("floor level %1 is listed twice").arg(level));
        hall.floors.push_back(level);
    }
    return hall;
}

Hall parseHall(const QString &dir)
{
    const std::vector<Record> records = readRecords(dir, kHallFile, true);
    if (records.size() != 1)
        throw ContentError(
            kHallFile, {}, QStringLiteral("the file is required and must describe exactly one hall"));
    return parseHallRecord(records.front());
}

Facility parseFacility(const Record &r)
{
    Facility f;
    f.id = r.id();
    f.category = r.oneOf(QStringLiteral("category"),
        { "elderly_care", "culture", "party_mass", "canteen", "sports", "children", "market", "other" });
    f.name = r.text(QStringLiteral("name"));
    f.address = r.text(QStringLiteral("address"));
    f.floors = r.text(QStringLiteral("floors"), Need::Optional);
    f.hours = r.text(QStringLiteral("hours"), Need::Optional);
    f.functions = r.list(QStringLiteral("functions"), Need::Optional);
    f.description = r.text(QStringLiteral("description"), Need::Optional);
    const Record access = r.child(QStringLiteral("accessibility"), Need::Optional);
    f.lift = access.boolean(QStringLiteral("lift"), false);
    f.ramp = access.boolean(QStringLiteral("ramp"), false);
    f.accessibleToilet = access.boolean(QStringLiteral("accessible_toilet"), false);
    f.phone = r.string(QStringLiteral("phone"), Need::Optional);
    f.inHall = r.boolean(QStringLiteral("in_hall"), false);
    f.sortOrder = int(r.integer(QStringLiteral("sort_order"), Need::Optional, 0, -1000000, 1000000));
    return f;
}

std::vector<Facility> parseFacilities(const QString &dir)
{
    std::vector<Facility> result;
    for (const Record &r : readRecords(dir, QStringLiteral("facilities.json")))
        result.push_back(parseFacility(r));
    return result;
}

Room parseRoom(const Record &r, const Hall &hall, const QSet<QString> &facilityIds)
{
    Room room;
    room.id = r.id();
    room.facilityId = r.reference(QStringLiteral("facility_id"), facilityIds, "facility");
    room.kind = r.oneOf(
        QStringLiteral("kind"), { "activity", "counter", "canteen", "care", "reading", "office", "service" });
    room.name = r.text(QStringLiteral("name"));
    room.floor = int(r.integer(QStringLiteral("floor"), Need::Required, 1, -3, 30));
    if (std::find(hall.floors.begin(), hall.floors.end(), room.floor) == hall.floors.end())
        r.fail(QStringLiteral("floor %1 is not one of the hall's floors in hall.json").arg(room.floor));
    room.plan = parsePlan(r);
    room.capacity = int(r.integer(QStringLiteral("capacity"), Need::Optional, 0, 0, 100000));
    room.hours = r.text(QStringLiteral("hours"), Need::Optional);
    room.equipment = r.list(QStringLiteral("equipment"), Need::Optional);
    room.description = r.text(QStringLiteral("description"), Need::Optional);
    room.bookable = r.boolean(QStringLiteral("bookable"), false);
    room.sortOrder = int(r.integer(QStringLiteral("sort_order"), Need::Optional, 0, -1000000, 1000000));
    return room;
}

std::vector<Room> parseRooms(const QString &dir, const Hall &hall, const QSet<QString> &facilityIds)
{
    std::vector<Room> result;
    for (const Record &r : readRecords(dir, QStringLiteral("rooms.json"))) {
        Room room = parseRoom(r, hall, facilityIds);
        for (const Room &other : result) {
            if (other.floor == room.floor && overlaps(other.plan, room.plan))
                r.fail(QStringLiteral("\"plan\" overlaps room \"%1\" on floor %2")
                           .arg(other.id)
                           .arg(room.floor));
        }
        result.push_back(std::move(room));
    }
    return result;
}

Canteen parseCanteen(const Record &r, const QSet<QString> &roomIds)
{
    Canteen c;
    c.id = r.id();
    c.roomId = r.reference(QStringLiteral("room_id"), roomIds, "room");
    c.name = r.text(QStringLiteral("name"));
    c.hours = r.text(QStringLiteral("hours"), Need::Optional);
    c.seats = int(r.integer(QStringLiteral("seats"), Need::Optional, 0, 0, 100000));
    c.operatorName = r.text(QStringLiteral("operator"), Need::Optional);
    return c;
}

std::vector<Canteen> parseCanteens(const QString &dir, const QSet<QString> &roomIds)
{
    std::vector<Canteen> result;
    for (const Record &r : readRecords(dir, QStringLiteral("canteen.json"), true))
        result.push_back(parseCanteen(r, roomIds));
    return result;
}

} // namespace linli::content::detail
