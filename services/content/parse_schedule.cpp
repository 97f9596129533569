// services.json, notices.json, events.json: what the hall offers and when.
#include "content/content_parser.h"
#include "content/json_file.h"

namespace linli::content::detail {

namespace {

constexpr qint64 kMaxOffsetDays = 3650;

} // namespace

ServiceGuide parseGuide(const Record &r, const QSet<QString> &roomIds)
{
    ServiceGuide g;
    g.id = r.id();
    g.category = r.oneOf(QStringLiteral("category"),
        { "social_assistance", "employment", "disability", "elderly", "certificate", "family", "children",
            "other" });
    g.title = r.text(QStringLiteral("title"));
    g.summary = r.text(QStringLiteral("summary"));
    g.eligibility = r.text(QStringLiteral("eligibility"), Need::Optional);
    g.materials = r.list(QStringLiteral("materials"));
    g.steps = r.list(QStringLiteral("steps"));
    g.roomId = r.reference(QStringLiteral("room_id"), roomIds, "room");
    g.location = r.text(QStringLiteral("location"), Need::Optional);
    g.hours = r.text(QStringLiteral("hours"), Need::Optional);
    g.processing = r.text(QStringLiteral("processing"), Need::Optional);
    g.feeFen = r.integer(QStringLiteral("fee_fen"), Need::Optional, 0, 0, 100'000'000);
    g.feeNote = r.text(QStringLiteral("fee_note"), Need::Optional);
    g.online = r.text(QStringLiteral("online"), Need::Optional);
    g.keywords = r.list(QStringLiteral("keywords"), Need::Optional, false);
    g.sortOrder = int(r.integer(QStringLiteral("sort_order"), Need::Optional, 0, -1000000, 1000000));
    return g;
}

std::vector<ServiceGuide> parseGuides(const QString &dir, const QSet<QString> &roomIds)
{
    std::vector<ServiceGuide> result;
    for (const Record &r : readRecords(dir, QStringLiteral("services.json")))
        result.push_back(parseGuide(r, roomIds));
    return result;
}

Notice parseNotice(const Record &r)
{
    Notice n;
    n.id = r.id();
    const QString priority = r.oneOf(QStringLiteral("priority"), { "urgent", "normal", "info" });
    n.priority = priority == QLatin1String("urgent") ? 2 : priority == QLatin1String("normal") ? 1 : 0;
    n.title = r.text(QStringLiteral("title"));
    n.body = r.text(QStringLiteral("body"));
    n.validFromOffsetDays = int(r.integer(
        QStringLiteral("valid_from_offset_days"), Need::Required, 0, -kMaxOffsetDays, kMaxOffsetDays));
    n.validDays = int(r.integer(QStringLiteral("valid_days"), Need::Required, 1, 1, kMaxOffsetDays));
    return n;
}

Event parseEvent(const Record &r, const QSet<QString> &roomIds)
{
    Event e;
    e.id = r.id();
    e.kind = r.oneOf(QStringLiteral("kind"), { "talk", "class", "performance", "activity", "health" });
    e.title = r.text(QStringLiteral("title"));
    e.description = r.text(QStringLiteral("description"), Need::Optional);
    e.roomId = r.reference(QStringLiteral("room_id"), roomIds, "room");
    e.place = r.text(QStringLiteral("place"), e.roomId ? Need::Optional : Need::Required);
    e.host = r.text(QStringLiteral("host"), Need::Optional);
    e.audience = r.text(QStringLiteral("audience"), Need::Optional);
    e.dayOffset
        = int(r.integer(QStringLiteral("day_offset"), Need::Required, 0, -kMaxOffsetDays, kMaxOffsetDays));
    e.start = r.time(QStringLiteral("start"));
    e.minutes = int(r.integer(QStringLiteral("minutes"), Need::Required, 60, 1, 24 * 60));
    e.capacity = int(r.integer(QStringLiteral("capacity"), Need::Optional, 0, 0, 100000));
    return e;
}

std::vector<Notice> parseNotices(const QString &dir)
{
    std::vector<Notice> result;
    for (const Record &r : readRecords(dir, QStringLiteral("notices.json")))
        result.push_back(parseNotice(r));
    return result;
}

std::vector<Event> parseEvents(const QString &dir, const QSet<QString> &roomIds)
{
    std::vector<Event> result;
    for (const Record &r : readRecords(dir, QStringLiteral("events.json")))
        result.push_back(parseEvent(r, roomIds));
    return result;
}

} // namespace linli::content::detail
