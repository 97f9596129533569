#include "booking/booking_rules.h"

#include <algorithm>
#include <limits>

namespace linli::booking {

namespace {

const DayPlan *dayHolding(const RoomDays &room, qint64 startUtc)
{
    for (const DayPlan &plan : room.days)
        for (const Slot &s : plan.times)
            if (s.startUtc == startUtc)
                return &plan;
    return nullptr;
}

} // namespace

bool checkInOpen(const BookingRecord &booking, qint64 nowUtc)
{
    return booking.status == BookingStatus::Confirmed && nowUtc >= booking.startUtc - kCheckInWindowSecs
        && nowUtc <= booking.startUtc + kCheckInWindowSecs;
}

bool cancellable(const BookingRecord &booking, qint64 nowUtc)
{
    const bool holding
        = booking.status == BookingStatus::Pending || booking.status == BookingStatus::Confirmed;
    return holding && booking.endUtc > nowUtc;
}

bool cancellable(const EventSeats &seats, qint64 nowUtc)
{
    return seats.myStatus != SignUpStatus::None && seats.startUtc > nowUtc;
}

LongestBooking longestBooking(const RoomDays &room, qint64 startUtc, std::optional<int> weeklySlotsLeft)
{
    const RoomRules &rules = room.room.rules;
    const DayPlan *day = dayHolding(room, startUtc);
    const int freeRun = day ? longestBookingFrom(rules, *day, startUtc) : 0;
    // Before identifying, the weekly hours are not known: the service checks them on booking.
    const int weekly = weeklySlotsLeft.value_or(std::numeric_limits<int>::max());
    LongestBooking out;
    out.slotCount = std::max(0, std::min(freeRun, weekly));
    // Only a weekly allowance strictly smaller than the free run is what stops the booking:
    // when both end at the same length, the room's own reason is the one worth telling.
    if (weekly < freeRun)
        out.limitedBy = LengthLimit::WeeklyHours;
    else if (freeRun >= rules.maxSlotsPerBooking)
        out.limitedBy = LengthLimit::RoomMaximum;
    else
        out.limitedBy = dayHolding(room, startUtc + freeRun * rules.slotMinutes * 60LL)
            ? LengthLimit::NextSlotTaken
            : LengthLimit::Closing;
    return out;
}

int firstBookableDay(const RoomDays &room)
{
    for (size_t i = 0; i < room.days.size(); ++i)
        if (std::any_of(room.days[i].times.begin(), room.days[i].times.end(),
                [](const Slot &s) { return s.state == SlotState::Free; }))
            return static_cast<int>(i);
    return 0;
}

} // namespace linli::booking
