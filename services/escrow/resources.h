#pragma once

#include <optional>
#include <QString>
#include <vector>

// The names of limited resources, the same strings the central server uses (proto/README.md
// "Escrow"): a grant names one, and a kiosk spends its share of the one it sells.
namespace linli::escrow::resources {

QString roomSlot(const QString &roomId, qint64 slotStartUtcSecs);
QString eventSeats(const QString &eventId);
QString meal(const QString &canteenId, const QString &isoDate, const QString &period);

// Minutes after local midnight at which a room's slots start in one opening period: on the clock
// (15:00, not 14:30 after an 08:30 opening) and only whole slots before closing. The kiosk offers
// these and the server grants shares of these, so the two must never work it out apart.
std::vector<int> slotStartMinutes(int openMinute, int closeMinute, int slotMinutes);
// A weekly_hours time ("HH:mm", or "24:00" for the end of the day) in minutes after midnight;
// nothing for anything else. rooms.json is read by the kiosk and the server alike.
std::optional<int> minuteOfDay(const QString &hhmm);

} // namespace linli::escrow::resources
