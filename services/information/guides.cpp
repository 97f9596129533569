#include "information/guides.h"

#include "storage/database.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace linli::information {
namespace {

constexpr const char *kGuideColumns
    = "SELECT g.id, g.category, g.title_zh, g.title_en, g.summary_zh, g.summary_en, g.eligibility_zh,"
      " g.eligibility_en, g.materials_zh, g.materials_en, g.steps_zh, g.steps_en, coalesce(g.room_id, ''),"
      " coalesce(r.floor, 0), g.location_zh, g.location_en, g.hours_zh, g.hours_en, g.processing_zh,"
      " g.processing_en, g.fee_fen, g.fee_note_zh, g.fee_note_en, g.online_zh, g.online_en"
      " FROM service_guide g LEFT JOIN room r ON r.id = g.room_id ";

Guide readGuide(storage::Statement &q)
{
    Guide g;
    g.id = q.text(0);
    g.category = q.text(1);
    g.title = { q.text(2), q.text(3) };
    g.summary = { q.text(4), q.text(5) };
    g.eligibility = { q.text(6), q.text(7) };
    g.materials = { parseTextList(q.text(8)), parseTextList(q.text(9)) };
    g.steps = { parseTextList(q.text(10)), parseTextList(q.text(11)) };
    g.roomId = q.text(12);
    g.floor = q.integer(13);
    g.location = { q.text(14), q.text(15) };
    g.hours = { q.text(16), q.text(17) };
    g.processing = { q.text(18), q.text(19) };
    g.feeFen = q.int64(20);
    g.feeNote = { q.text(21), q.text(22) };
    g.online = { q.text(23), q.text(24) };
    return g;
}

} // namespace

QStringList parseTextList(const QString &json)
{
    QStringList items;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8());
    for (const QJsonValue &v : doc.array()) {
        if (v.isString() && !v.toString().trimmed().isEmpty())
            items << v.toString();
    }
    return items;
}

std::vector<Guide> listGuides(storage::Database &db)
{
    auto q = db.prepare(std::string(kGuideColumns) + "ORDER BY g.sort_order, g.id");
    std::vector<Guide> guides;
    while (q.step())
        guides.push_back(readGuide(q));
    return guides;
}

std::optional<Guide> findGuide(storage::Database &db, const QString &id)
{
    auto q = db.prepare(std::string(kGuideColumns) + "WHERE g.id = ?1");
    q.bind(1, id);
    if (!q.step())
        return std::nullopt;
    return readGuide(q);
}

} // namespace linli::information
