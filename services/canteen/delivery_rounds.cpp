#include "canteen/delivery_rounds.h"

#include "content/json_record.h"
#include "storage/database.h"

#include <QHash>

namespace linli::canteen {

using content::Need;
using content::Record;

namespace {

Record element(const Record &parent, const QString &path, const QJsonValue &v)
{
    if (!v.isObject())
        parent.fail(QStringLiteral("\"%1\" must be an object").arg(path));
    return Record(parent.file(), parent.id(), v.toObject(), path);
}

} // namespace

std::vector<DeliveryRound> parseDeliveryRounds(const Record &canteen, const QSet<QString> &residentIds,
    const QSet<QString> &withAddress, QSet<QString> &roundIds)
{
    std::vector<DeliveryRound> out;
    QHash<QString, QString> stopOf; // resident -> the round that already visits her
    const auto rounds = canteen.array(QStringLiteral("delivery_rounds"), Need::Optional);
    for (std::size_t i = 0; i < rounds.size(); ++i) {
        const QString at = QStringLiteral("delivery_rounds[%1]").arg(i);
        const Record r = element(canteen, at, rounds[i]);
        DeliveryRound round;
        round.id = r.string(QStringLiteral("id"));
        if (roundIds.contains(round.id))
            r.fail(QStringLiteral("\"%1.id\": duplicate delivery round id \"%2\"").arg(at, round.id));
        roundIds.insert(round.id);
        round.name = r.text(QStringLiteral("name"));
        const auto stops = r.array(QStringLiteral("stops"));
        for (std::size_t k = 0; k < stops.size(); ++k) {
            const QString stopAt = QStringLiteral("%1.stops[%2]").arg(at).arg(k);
            const Record s = element(r, stopAt, stops[k]);
            DeliveryRoundStop stop;
            stop.residentId = s.string(QStringLiteral("resident_id"));
            if (!residentIds.contains(stop.residentId))
                s.fail(QStringLiteral("\"%1.resident_id\" names unknown resident \"%2\"")
                           .arg(stopAt, stop.residentId));
            if (!withAddress.contains(stop.residentId))
                s.fail(QStringLiteral("\"%1.resident_id\": resident \"%2\" has no registered \"address\" in "
                                      "residents.json")
                           .arg(stopAt, stop.residentId));
            if (stopOf.contains(stop.residentId))
                s.fail(QStringLiteral("\"%1.resident_id\": resident \"%2\" is already a stop of round \"%3\"")
                           .arg(stopAt, stop.residentId, stopOf.value(stop.residentId)));
            stopOf.insert(stop.residentId, round.id);
            stop.note = s.text(QStringLiteral("note"), Need::Optional);
            round.stops.push_back(stop);
        }
        out.push_back(round);
    }
    return out;
}

void storeDeliveryRounds(
    storage::Database &db, const QString &canteenId, const std::vector<DeliveryRound> &rounds)
{
    auto round = db.prepare(
        "INSERT INTO delivery_round(id, canteen_id, position, name_zh, name_en) VALUES (?, ?, ?, ?, ?)");
    auto stop = db.prepare("INSERT INTO delivery_stop(canteen_id, resident_id, round_id, position, note_zh, "
                           "note_en) VALUES (?, ?, ?, ?, ?, ?)");
    for (std::size_t i = 0; i < rounds.size(); ++i) {
        const DeliveryRound &r = rounds[i];
        round.bind(1, r.id).bind(2, canteenId).bind(3, qint64(i + 1)).bind(4, r.name.zh).bind(5, r.name.en);
        round.run();
        for (std::size_t k = 0; k < r.stops.size(); ++k) {
            const DeliveryRoundStop &s = r.stops[k];
            stop.bind(1, canteenId)
                .bind(2, s.residentId)
                .bind(3, r.id)
                .bind(4, qint64(k + 1))
                .bind(5, s.note.zh)
                .bind(6, s.note.en);
            stop.run();
        }
    }
}

} // namespace linli::canteen
