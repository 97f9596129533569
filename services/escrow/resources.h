#pragma once

#include <QString>

// The names of limited resources, the same strings the central server uses (proto/README.md
// "Escrow"): a grant names one, and a kiosk spends its share of the one it sells.
namespace linli::escrow::resources {

QString roomSlot(const QString &roomId, qint64 slotStartUtcSecs);
QString eventSeats(const QString &eventId);
QString meal(const QString &canteenId, const QString &isoDate, const QString &period);

} // namespace linli::escrow::resources
