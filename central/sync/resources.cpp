#include "sync/resources.h"

#include "escrow/resources.h"
#include "store/central_store.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace linli::central::resources {

// The names are the kiosk's own (services/escrow): one spelling for both ends of a grant.
QString roomSlot(const QString &roomId, qint64 slotStartUtcSecs)
{
    return escrow::resources::roomSlot(roomId, slotStartUtcSecs);
}

QString eventSeats(const QString &eventId)
{
    return escrow::resources::eventSeats(eventId);
}

QString meal(const QString &canteenId, const QString &isoDate, const QString &period)
{
    return escrow::resources::meal(canteenId, isoDate, period);
}

int slotMinutes(const QJsonObject &room)
{
    const int minutes
        = room.value(QLatin1String("booking")).toObject().value(QLatin1String("slot_minutes")).toInt(60);
    return minutes > 0 ? minutes : 60;
}

int servingsPerMeal(const QByteArray &canteenJson)
{
    return QJsonDocument::fromJson(canteenJson).object().value(QLatin1String("servings_per_meal")).toInt(0);
}

std::optional<CatalogRecord> canteenOfDish(CentralStore &store, const QString &hallId, const QString &dishId)
{
    for (const CatalogRecord &r : store.catalog(hallId)) {
        if (r.collection != u"canteen")
            continue;
        const QJsonArray menu
            = QJsonDocument::fromJson(r.json).object().value(QLatin1String("menu")).toArray();
        for (const QJsonValue &dish : menu)
            if (dish.toObject().value(QLatin1String("id")).toString() == dishId)
                return r;
    }
    return std::nullopt;
}

} // namespace linli::central::resources
