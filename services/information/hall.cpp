#include "information/hall.h"

#include "core/logging.h"
#include "storage/database.h"

namespace linli::information {

std::optional<Hall> loadHall(storage::Database &db)
{
    auto q = db.prepare("SELECT id, name_zh, name_en, subdistrict_zh, subdistrict_en, address_zh, address_en,"
                        " hours_zh, hours_en, phone, timezone FROM hall ORDER BY id LIMIT 1");
    if (!q.step())
        return std::nullopt;
    Hall hall;
    hall.id = q.text(0);
    hall.name = { q.text(1), q.text(2) };
    hall.subdistrict = { q.text(3), q.text(4) };
    hall.address = { q.text(5), q.text(6) };
    hall.hours = { q.text(7), q.text(8) };
    hall.phone = q.text(9);
    hall.timeZone = QTimeZone(q.text(10).toUtf8());
    // The content was checked when loaded; a zone this machine's tz database does not know
    // (an old tzdata) still needs some clock to run on: the one of the kiosk's home market.
    if (!hall.timeZone.isValid()) {
        qCWarning(lcCatalog) << "unknown time zone" << q.text(10) << "for hall" << hall.id
                             << "- using Asia/Shanghai";
        hall.timeZone = QTimeZone("Asia/Shanghai");
    }
    return hall;
}

std::vector<Notice> activeNotices(storage::Database &db, qint64 nowUtc, NoticePriority minPriority)
{
    auto q = db.prepare(
        "SELECT id, priority, title_zh, title_en, body_zh, body_en, valid_from_utc, valid_until_utc"
        " FROM notice WHERE valid_from_utc <= ?1 AND valid_until_utc > ?1 AND priority >= ?2"
        " ORDER BY priority DESC, valid_from_utc DESC, id");
    q.bind(1, nowUtc).bind(2, static_cast<int>(minPriority));
    std::vector<Notice> notices;
    while (q.step()) {
        notices.push_back({ q.text(0), static_cast<NoticePriority>(q.integer(1)), { q.text(2), q.text(3) },
            { q.text(4), q.text(5) }, q.int64(6), q.int64(7) });
    }
    return notices;
}

std::optional<qint64> nextNoticeChange(storage::Database &db, qint64 nowUtc)
{
    auto q = db.prepare("SELECT min(t) FROM (SELECT valid_from_utc AS t FROM notice WHERE valid_from_utc > ?1"
                        " UNION ALL SELECT valid_until_utc FROM notice WHERE valid_until_utc > ?1)");
    q.bind(1, nowUtc);
    if (!q.step() || q.isNull(0))
        return std::nullopt;
    return q.int64(0);
}

} // namespace linli::information
