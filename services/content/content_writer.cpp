#include "content/content_writer.h"

#include "storage/database.h"
#include "storage/statement.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

namespace linli::content {

namespace {

// Binds values to ?1, ?2 ... in order; bilingual values take two parameters (zh, en).
class Binder {
public:
    explicit Binder(storage::Statement &statement)
        : m_statement(statement)
    {
    }
    template <typename T> Binder &operator<<(const T &value)
    {
        m_statement.bind(m_index++, value);
        return *this;
    }
    Binder &operator<<(qint64 value) { return *this << static_cast<std::int64_t>(value); }
    Binder &operator<<(const LocalizedText &text) { return *this << text.zh << text.en; }
    Binder &operator<<(const TextList &list) { return *this << json(list.zh) << json(list.en); }
    void run() { m_statement.run(); }

private:
    static QString json(const QStringList &items)
    {
        return QString::fromUtf8(
            QJsonDocument(QJsonArray::fromStringList(items)).toJson(QJsonDocument::Compact));
    }
    storage::Statement &m_statement;
    int m_index = 1;
};

qint64 localSecs(const QDate &day, QTime time, const QTimeZone &zone)
{
    return QDateTime(day, time, zone).toSecsSinceEpoch();
}

// An INSERT of every column; with `upsert`, a record already there (same id) is updated in
// place instead, so rows that refer to it (bookings, rules) stay.
storage::Statement insert(
    storage::Database &db, const char *table, const char *columns, int count, bool upsert = false)
{
    std::string sql = std::string("INSERT INTO ") + table + " (" + columns + ") VALUES (";
    for (int i = 1; i <= count; ++i)
        sql += (i > 1 ? ", ?" : "?") + std::to_string(i);
    sql += ")";
    if (upsert) {
        sql += " ON CONFLICT(id) DO UPDATE SET ";
        const QStringList names = QString::fromLatin1(columns).split(u',', Qt::SkipEmptyParts);
        bool first = true;
        for (const QString &name : names) {
            const std::string column = name.trimmed().toStdString();
            if (column == "id")
                continue;
            sql += (first ? "" : ", ") + column + " = excluded." + column;
            first = false;
        }
    }
    return db.prepare(sql);
}

constexpr const char *kRoomColumns
    = "id, facility_id, kind, name_zh, name_en, floor, plan_x, plan_y, plan_w, plan_h, capacity, hours_zh, "
      "hours_en, equipment_zh, equipment_en, description_zh, description_en, bookable, sort_order";
constexpr const char *kNoticeColumns
    = "id, priority, title_zh, title_en, body_zh, body_en, valid_from_utc, valid_until_utc";
constexpr const char *kEventColumns
    = "id, kind, title_zh, title_en, description_zh, description_en, room_id, place_zh, place_en, host_zh, "
      "host_en, audience_zh, audience_en, starts_at_utc, ends_at_utc, capacity";

constexpr const char *kFacilityColumns
    = "id, category, name_zh, name_en, address_zh, address_en, floors_zh, floors_en, hours_zh, hours_en, "
      "functions_zh, functions_en, description_zh, description_en, has_lift, has_ramp, accessible_toilet, "
      "phone, in_hall, sort_order";
constexpr const char *kGuideColumns
    = "id, category, title_zh, title_en, summary_zh, summary_en, eligibility_zh, eligibility_en, "
      "materials_zh, "
      "materials_en, steps_zh, steps_en, room_id, location_zh, location_en, hours_zh, hours_en, "
      "processing_zh, "
      "processing_en, fee_fen, fee_note_zh, fee_note_en, online_zh, online_en, keywords_zh, keywords_en, "
      "sort_order";

void bindFacility(storage::Statement &facility, const Facility &f)
{
    (Binder(facility) << f.id << f.category << f.name << f.address << f.floors << f.hours << f.functions
                      << f.description << f.lift << f.ramp << f.accessibleToilet << f.phone << f.inHall
                      << f.sortOrder)
        .run();
}

void bindGuide(storage::Statement &guide, const ServiceGuide &g)
{
    const LocalizedText keywords{ g.keywords.zh.join(u' '), g.keywords.en.join(u' ') };
    (Binder(guide) << g.id << g.category << g.title << g.summary << g.eligibility << g.materials << g.steps
                   << g.roomId << g.location << g.hours << g.processing << g.feeFen << g.feeNote << g.online
                   << keywords << g.sortOrder)
        .run();
}

void bindRoom(storage::Statement &room, const Room &r)
{
    (Binder(room) << r.id << r.facilityId << r.kind << r.name << r.floor << r.plan.x << r.plan.y << r.plan.w
                  << r.plan.h << r.capacity << r.hours << r.equipment << r.description << r.bookable
                  << r.sortOrder)
        .run();
}

void bindNotice(storage::Statement &notice, const Notice &n, const QDate &today, const QTimeZone &zone)
{
    const QDate from = today.addDays(n.validFromOffsetDays);
    const qint64 fromSecs = localSecs(from, QTime(0, 0), zone);
    const qint64 untilSecs = localSecs(from.addDays(n.validDays), QTime(0, 0), zone);
    (Binder(notice) << n.id << n.priority << n.title << n.body << fromSecs << untilSecs).run();
}

void bindEvent(storage::Statement &event, const Event &e, const QDate &today, const QTimeZone &zone)
{
    const qint64 starts = localSecs(today.addDays(e.dayOffset), e.start, zone);
    const qint64 ends = starts + qint64(e.minutes) * 60;
    (Binder(event) << e.id << e.kind << e.title << e.description << e.roomId << e.place << e.host
                   << e.audience << starts << ends << e.capacity)
        .run();
}

void writePlaces(storage::Database &db, const DemoContent &c)
{
    const Hall &h = c.hall;
    auto hall = insert(db, "hall",
        "id, name_zh, name_en, subdistrict_zh, subdistrict_en, address_zh, address_en, phone, hours_zh, "
        "hours_en, timezone",
        11);
    (Binder(hall) << h.id << h.name << h.subdistrict << h.address << h.phone << h.hours << h.timezone).run();

    auto facility = insert(db, "facility", kFacilityColumns, 20);
    for (const Facility &f : c.facilities)
        bindFacility(facility, f);

    auto room = insert(db, "room", kRoomColumns, 19);
    for (const Room &r : c.rooms)
        bindRoom(room, r);

    auto canteen = insert(db, "canteen",
        "id, room_id, name_zh, name_en, hours_zh, hours_en, seats, operator_zh, operator_en", 9);
    for (const Canteen &k : c.canteens)
        (Binder(canteen) << k.id << k.roomId << k.name << k.hours << k.seats << k.operatorName).run();
}

void writeGuides(storage::Database &db, const DemoContent &c)
{
    auto guide = insert(db, "service_guide", kGuideColumns, 27);
    for (const ServiceGuide &g : c.guides)
        bindGuide(guide, g);
}

void writeSchedule(storage::Database &db, const DemoContent &c, const QDate &today, const QTimeZone &zone)
{
    auto notice = insert(db, "notice", kNoticeColumns, 8);
    for (const Notice &n : c.notices)
        bindNotice(notice, n, today, zone);
    auto event = insert(db, "event", kEventColumns, 16);
    for (const Event &e : c.events)
        bindEvent(event, e, today, zone);
}

} // namespace

bool updateHall(storage::Database &db, const Hall &h)
{
    auto hall
        = db.prepare("UPDATE hall SET name_zh = ?2, name_en = ?3, subdistrict_zh = ?4, subdistrict_en = ?5, "
                     "address_zh = ?6, address_en = ?7, phone = ?8, hours_zh = ?9, hours_en = ?10, "
                     "timezone = ?11 WHERE id = ?1");
    (Binder(hall) << h.id << h.name << h.subdistrict << h.address << h.phone << h.hours << h.timezone).run();
    return db.changes() > 0;
}

void upsertCanteen(storage::Database &db, const Canteen &k)
{
    auto statement = insert(db, "canteen",
        "id, room_id, name_zh, name_en, hours_zh, hours_en, seats, operator_zh, operator_en", 9, true);
    (Binder(statement) << k.id << k.roomId << k.name << k.hours << k.seats << k.operatorName).run();
}

void upsertFacility(storage::Database &db, const Facility &facility)
{
    auto statement = insert(db, "facility", kFacilityColumns, 20, true);
    bindFacility(statement, facility);
}

void upsertGuide(storage::Database &db, const ServiceGuide &guide)
{
    auto statement = insert(db, "service_guide", kGuideColumns, 27, true);
    bindGuide(statement, guide);
}

void upsertRoom(storage::Database &db, const Room &room)
{
    auto statement = insert(db, "room", kRoomColumns, 19, true);
    bindRoom(statement, room);
}

void upsertNotice(storage::Database &db, const Notice &notice, const QDateTime &nowUtc, const QTimeZone &zone)
{
    auto statement = insert(db, "notice", kNoticeColumns, 8, true);
    bindNotice(statement, notice, nowUtc.toTimeZone(zone).date(), zone);
}

void upsertEvent(storage::Database &db, const Event &event, const QDateTime &nowUtc, const QTimeZone &zone)
{
    auto statement = insert(db, "event", kEventColumns, 16, true);
    bindEvent(statement, event, nowUtc.toTimeZone(zone).date(), zone);
}

void writeContent(storage::Database &db, const DemoContent &content, const QDateTime &nowUtc)
{
    const QTimeZone zone(content.hall.timezone.toUtf8());
    const QDate today = nowUtc.toTimeZone(zone).date();
    writePlaces(db, content);
    writeGuides(db, content);
    writeSchedule(db, content, today, zone);
}

} // namespace linli::content
