#include "information/events.h"

#include "storage/database.h"

#include <algorithm>

namespace linli::information {
namespace {

constexpr const char *kEventColumns
    = "SELECT e.id, e.kind, e.title_zh, e.title_en, e.description_zh, e.description_en, e.place_zh, "
      "e.place_en,"
      " e.host_zh, e.host_en, e.audience_zh, e.audience_en, coalesce(e.room_id, ''), coalesce(r.floor, 0),"
      " e.starts_at_utc, e.ends_at_utc, e.capacity,"
      " (SELECT count(*) FROM event_signup s WHERE s.event_id = e.id AND s.status = 'confirmed')"
      " FROM event e LEFT JOIN room r ON r.id = e.room_id ";

Event readEvent(storage::Statement &q)
{
    Event e;
    e.id = q.text(0);
    e.kind = q.text(1);
    e.title = { q.text(2), q.text(3) };
    e.description = { q.text(4), q.text(5) };
    e.place = { q.text(6), q.text(7) };
    e.host = { q.text(8), q.text(9) };
    e.audience = { q.text(10), q.text(11) };
    e.roomId = q.text(12);
    e.floor = q.integer(13);
    e.startsAtUtc = q.int64(14);
    e.endsAtUtc = q.int64(15);
    e.capacity = q.integer(16);
    e.seatsLeft = std::max(0, e.capacity - q.integer(17));
    return e;
}

} // namespace

std::vector<Event> upcomingEvents(storage::Database &db, qint64 fromUtc, qint64 untilUtc, qint64 nowUtc)
{
    auto q = db.prepare(std::string(kEventColumns)
        + "WHERE e.ends_at_utc > max(?1, ?3) AND e.starts_at_utc < ?2"
          " ORDER BY e.starts_at_utc, e.id");
    q.bind(1, fromUtc).bind(2, untilUtc).bind(3, nowUtc);
    std::vector<Event> events;
    while (q.step())
        events.push_back(readEvent(q));
    return events;
}

std::optional<Event> findEvent(storage::Database &db, const QString &id)
{
    auto q = db.prepare(std::string(kEventColumns) + "WHERE e.id = ?1");
    q.bind(1, id);
    if (!q.step())
        return std::nullopt;
    return readEvent(q);
}

} // namespace linli::information
