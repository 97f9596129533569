#pragma once

#include "booking/booking_types.h"
#include "core/hall_time.h"

#include <optional>
#include <set>

namespace linli::storage {
class Database;
}

namespace linli::booking {

// Everything needed to decide whether a room can be booked at a time.
struct RoomSchedule {
    RoomRules rules;
    std::vector<OpeningHours> hours;
    std::vector<Closure> closures;
};

// nullopt when the room is gone (removed by sync), not bookable, or has no rules.
std::optional<RoomSchedule> loadRoomSchedule(storage::Database &db, const QString &roomId);
// Every bookable room, in the hall's order.
std::vector<RoomSchedule> loadAllSchedules(storage::Database &db);
// Slot starts booked in [fromUtc, toUtc) for one room, or for all rooms (key room id).
std::set<qint64> takenSlots(storage::Database &db, const QString &roomId, qint64 fromUtc, qint64 toUtc);

// Pure rules (no database): the last bookable local day, why a day is closed, the plan of
// one day with taken/past/too-soon slots, and the validation of a request.
QDate lastBookableDay(const RoomSchedule &room, const HallTime &time, qint64 nowUtc);
std::optional<LocalizedText> closedReason(const RoomSchedule &room, const QDate &day);
DayPlan planDay(const RoomSchedule &room, const HallTime &time, const QDate &day, qint64 nowUtc,
    const std::set<qint64> &taken);
// The longest booking, in slots, that may start at startUtc on this day's plan: the slot
// there and the free slots straight after it (none taken, no gap between two opening
// periods, none past closing), at most the room's maximum. 0 when that slot is not free.
int longestBookingFrom(const RoomRules &rules, const DayPlan &plan, qint64 startUtc);
// The slot starts a booking of slotCount slots from startUtc would take, or why not.
Outcome checkRequest(const RoomSchedule &room, const HallTime &time, qint64 startUtc, int slotCount,
    qint64 nowUtc, std::vector<qint64> *slotStarts);

} // namespace linli::booking
