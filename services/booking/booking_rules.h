#pragma once

#include "booking/availability.h"
#include "booking/booking_types.h"

#include <optional>

// The rules a screen needs to offer only what the service will accept: pure functions of a
// booking, a sign-up or a room's plan and the time, no database.
namespace linli::booking {

// Check-in opens this long before the start and closes this long after it; a confirmed
// booking not checked in by then is released (a no-show).
inline constexpr int kCheckInWindowMinutes = 15;
inline constexpr qint64 kCheckInWindowSecs = kCheckInWindowMinutes * 60LL;

// Check-in is open from 15 min before the start to 15 min after (both inclusive), for a
// confirmed booking.
bool checkInOpen(const BookingRecord &booking, qint64 nowUtc);
// A pending or confirmed booking that has not ended (the service still checks the notice rule
// on cancel).
bool cancellable(const BookingRecord &booking, qint64 nowUtc);
// A sign-up (confirmed or waitlisted) for an activity that has not started.
bool cancellable(const EventSeats &seats, qint64 nowUtc);

// What stops a booking from being one slot longer.
enum class LengthLimit { RoomMaximum, NextSlotTaken, Closing, WeeklyHours };

// slotCount, not "slots": that is a Qt keyword macro (Q_SLOTS) wherever QObject is included.
struct LongestBooking {
    int slotCount = 0;
    LengthLimit limitedBy = LengthLimit::RoomMaximum;
};

// The longest booking the chosen free start may take on its day: consecutive free slots,
// before closing, up to the room's max_slots_per_booking, and, once the resident is known
// (weeklySlotsLeft has a value), no more than their weekly hours left. limitedBy says which
// limit stops it from being one slot longer (WeeklyHours when the weekly allowance is the
// smallest; RoomMaximum when the room's maximum is reached; NextSlotTaken when the next slot
// exists but is not free; Closing when there is no next slot that day). slotCount is 0 when
// startUtc is not a free slot of `room`.
LongestBooking longestBooking(const RoomDays &room, qint64 startUtc, std::optional<int> weeklySlotsLeft);

// Index into room.days of the first day that has a free slot (today may be over); 0 when none.
int firstBookableDay(const RoomDays &room);

} // namespace linli::booking
