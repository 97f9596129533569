#pragma once

#include "store/central_types.h"

#include <optional>
#include <QJsonObject>

namespace linli::central {

class CentralStore;

// The names of limited resources (proto/README.md "Escrow") and where their quotas come from.
namespace resources {

QString roomSlot(const QString &roomId, qint64 slotStartUtcSecs);
QString eventSeats(const QString &eventId);
QString meal(const QString &canteenId, const QString &isoDate, const QString &period);

// rooms.json "booking.slot_minutes" (60 when absent).
int slotMinutes(const QJsonObject &room);
// canteen.json "servings_per_meal": the servings of one meal all kiosks may sell; 0 = no limit.
int servingsPerMeal(const QByteArray &canteenJson);
// The canteen whose menu offers dishId.
std::optional<CatalogRecord> canteenOfDish(CentralStore &store, const QString &hallId, const QString &dishId);

} // namespace resources

} // namespace linli::central
