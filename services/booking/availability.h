#pragma once

#include "booking/room_schedule.h"

namespace linli::booking {

// One room as the "free now / later today" screen shows it.
struct RoomToday {
    QString roomId;
    LocalizedText name;
    int capacity = 0;
    bool approvalRequired = false;
    bool openNow = false, freeNow = false; // open, and the slot under way is not booked
    int freeLaterToday = 0; // bookable free slots still to start today
    qint64 nextFreeUtc = 0; // first of them, 0 when none
    bool closedToday = false; // no opening hours today, or closed all day
    LocalizedText closedReason; // why, for a holiday or repairs (else empty)
};

struct RoomDays {
    RoomSchedule room;
    std::vector<DayPlan> days;
};

// Every bookable room today, in the hall's order.
std::vector<RoomToday> roomsToday(storage::Database &db, const HallTime &time, qint64 nowUtc);
// The plans of `days` local days from today for one room (nullopt: the room is gone) or for
// all rooms; each read in two queries whatever the number of rooms and days.
std::optional<RoomDays> roomDays(
    storage::Database &db, const HallTime &time, const QString &roomId, qint64 nowUtc, int days);
std::vector<RoomDays> allRoomDays(storage::Database &db, const HallTime &time, qint64 nowUtc, int days);

} // namespace linli::booking
