// The rules a screen asks before it offers something: check-in open, cancellable, how long a
// booking may be and why not longer, the first day worth showing. Pure functions.
#include "booking/availability.h"
#include "booking/booking_rules.h"
#include "booking_fixture.h"

using namespace linli::booking;
using linli::booking::test::BookingFixture;

namespace {

constexpr qint64 kHour = 3600;
constexpr qint64 kDay = 24 * kHour;
const std::vector<BookingStatus> kAllStatuses = { BookingStatus::Pending, BookingStatus::Confirmed,
    BookingStatus::CheckedIn, BookingStatus::Cancelled, BookingStatus::Rejected, BookingStatus::Released };

BookingRecord bookingAt(BookingStatus status, qint64 start, qint64 end)
{
    BookingRecord b;
    b.status = status;
    b.startUtc = start;
    b.endUtc = end;
    return b;
}

// A room with 60-minute slots, at most 3 a booking, open 09:00-11:00 and 14:00-17:00 (a lunch
// gap) on two days; times are hours after an arbitrary midnight. Every slot is free.
RoomDays twoDayRoom()
{
    RoomDays room;
    room.room.rules.roomId = QStringLiteral("room-test");
    room.room.rules.slotMinutes = 60;
    room.room.rules.maxSlotsPerBooking = 3;
    for (qint64 day : { 0LL, kDay }) {
        DayPlan plan;
        plan.open = true;
        for (qint64 hour : { 9, 10, 14, 15, 16 })
            plan.times.push_back({ day + hour * kHour, day + (hour + 1) * kHour, SlotState::Free });
        room.days.push_back(plan);
    }
    return room;
}

Slot &slotAt(RoomDays &room, qint64 start)
{
    for (DayPlan &d : room.days)
        for (Slot &s : d.times)
            if (s.startUtc == start)
                return s;
    throw std::logic_error("no such slot");
}

void expectLongest(const LongestBooking &got, int slotCount, LengthLimit limitedBy)
{
    EXPECT_EQ(got.slotCount, slotCount);
    EXPECT_EQ(static_cast<int>(got.limitedBy), static_cast<int>(limitedBy));
}

} // namespace

TEST(CheckInOpen, From15MinutesBeforeTheStartTo15AfterForAConfirmedBooking)
{
    EXPECT_EQ(kCheckInWindowMinutes, 15);
    EXPECT_EQ(kCheckInWindowSecs, 15 * 60);
    const qint64 start = 100 * kHour;
    const BookingRecord b = bookingAt(BookingStatus::Confirmed, start, start + kHour);
    EXPECT_FALSE(checkInOpen(b, start - 15 * 60 - 1));
    EXPECT_TRUE(checkInOpen(b, start - 15 * 60));
    EXPECT_TRUE(checkInOpen(b, start));
    EXPECT_TRUE(checkInOpen(b, start + 15 * 60)); // inclusive, as RoomBooking::checkIn
    EXPECT_FALSE(checkInOpen(b, start + 15 * 60 + 1));
    for (BookingStatus s : kAllStatuses)
        if (s != BookingStatus::Confirmed) {
            EXPECT_FALSE(checkInOpen(bookingAt(s, start, start + kHour), start))
                << store::statusName(s).toStdString();
        }
}

TEST(Cancellable, APendingOrConfirmedBookingThatHasNotEnded)
{
    const qint64 start = 100 * kHour, end = start + 2 * kHour;
    for (BookingStatus s : { BookingStatus::Pending, BookingStatus::Confirmed }) {
        const BookingRecord b = bookingAt(s, start, end);
        EXPECT_TRUE(cancellable(b, start - kDay));
        EXPECT_TRUE(cancellable(b, end - 1));
        EXPECT_FALSE(cancellable(b, end));
        EXPECT_FALSE(cancellable(b, end + kDay));
    }
    for (BookingStatus s : { BookingStatus::CheckedIn, BookingStatus::Cancelled, BookingStatus::Rejected,
             BookingStatus::Released })
        EXPECT_FALSE(cancellable(bookingAt(s, start, end), start - kDay))
            << store::statusName(s).toStdString();
}

TEST(Cancellable, ASignUpForAnActivityThatHasNotStarted)
{
    EventSeats seats;
    seats.startUtc = 100 * kHour;
    seats.endUtc = seats.startUtc + 2 * kHour;
    for (SignUpStatus s : { SignUpStatus::Confirmed, SignUpStatus::Waitlisted }) {
        seats.myStatus = s;
        EXPECT_TRUE(cancellable(seats, seats.startUtc - 1));
        EXPECT_FALSE(cancellable(seats, seats.startUtc));
        EXPECT_FALSE(cancellable(seats, seats.endUtc - 1));
    }
    seats.myStatus = SignUpStatus::None;
    EXPECT_FALSE(cancellable(seats, seats.startUtc - kDay));
}

TEST(LongestBooking, FreeConsecutiveSlotsUpToTheRoomsMaximumAndWhyNotLonger)
{
    RoomDays room = twoDayRoom();
    expectLongest(longestBooking(room, 14 * kHour, std::nullopt), 3, LengthLimit::RoomMaximum);
    expectLongest(longestBooking(room, 9 * kHour, std::nullopt), 2, LengthLimit::Closing); // lunch gap
    expectLongest(longestBooking(room, 16 * kHour, std::nullopt), 1, LengthLimit::Closing); // closing time
    expectLongest(longestBooking(room, kDay + 15 * kHour, std::nullopt), 2, LengthLimit::Closing); // day 2
    room.room.rules.maxSlotsPerBooking = 2;
    expectLongest(longestBooking(room, 14 * kHour, std::nullopt), 2, LengthLimit::RoomMaximum);
    expectLongest(longestBooking(room, 9 * kHour, std::nullopt), 2, LengthLimit::RoomMaximum);
    room.room.rules.maxSlotsPerBooking = 3;
    slotAt(room, 15 * kHour).state = SlotState::Taken;
    expectLongest(longestBooking(room, 14 * kHour, std::nullopt), 1, LengthLimit::NextSlotTaken);
    slotAt(room, 15 * kHour).state = SlotState::TooSoon; // exists, not free: the same for the length
    expectLongest(longestBooking(room, 14 * kHour, std::nullopt), 1, LengthLimit::NextSlotTaken);
}

TEST(LongestBooking, NoLongerThanTheResidentsWeeklyHoursLeftOnceKnown)
{
    const RoomDays room = twoDayRoom();
    expectLongest(longestBooking(room, 14 * kHour, 2), 2, LengthLimit::WeeklyHours);
    expectLongest(longestBooking(room, 14 * kHour, 0), 0, LengthLimit::WeeklyHours);
    expectLongest(longestBooking(room, 9 * kHour, 1), 1, LengthLimit::WeeklyHours);
    // Weekly hours are reported only when strictly smaller than the free run: a tie is the
    // room's own limit.
    expectLongest(longestBooking(room, 14 * kHour, 3), 3, LengthLimit::RoomMaximum);
    expectLongest(longestBooking(room, 9 * kHour, 2), 2, LengthLimit::Closing);
    expectLongest(longestBooking(room, 16 * kHour, 5), 1, LengthLimit::Closing);
}

TEST(LongestBooking, ZeroWhenTheStartIsNotAFreeSlot)
{
    RoomDays room = twoDayRoom();
    slotAt(room, 15 * kHour).state = SlotState::Taken;
    EXPECT_EQ(longestBooking(room, 15 * kHour, std::nullopt).slotCount, 0);
    EXPECT_EQ(longestBooking(room, 12 * kHour, std::nullopt).slotCount, 0); // lunch: not a slot
    EXPECT_EQ(longestBooking(room, 9 * kHour + 1800, 4).slotCount, 0); // not on a slot boundary
    EXPECT_EQ(longestBooking(RoomDays{}, 9 * kHour, std::nullopt).slotCount, 0);
}

TEST(FirstBookableDay, TheFirstDayWithAFreeSlot)
{
    RoomDays room = twoDayRoom();
    EXPECT_EQ(firstBookableDay(room), 0);
    // Today is over (after closing: every slot past), or what is left is taken or too soon.
    for (Slot &s : room.days[0].times)
        s.state = SlotState::Past;
    room.days[0].times.back().state = SlotState::TooSoon;
    room.days[0].times.front().state = SlotState::Taken;
    EXPECT_EQ(firstBookableDay(room), 1);
    // Closed days have no slots at all.
    room.days.insert(room.days.begin() + 1, DayPlan{});
    EXPECT_EQ(firstBookableDay(room), 2);
    // Nothing free in the whole horizon: the first day, which says why.
    for (Slot &s : room.days[2].times)
        s.state = SlotState::Taken;
    EXPECT_EQ(firstBookableDay(room), 0);
    EXPECT_EQ(firstBookableDay(RoomDays{}), 0);
}

class BookingRulesOnTheDemoHall : public BookingFixture { };

TEST_F(BookingRulesOnTheDemoHall, TheConfirmScreensLengthFromTheServicesOwnAnswers)
{
    // Dance room: at most 2 slots a booking, 4 hours a week. Now: Sunday 22 November, 10:00.
    const QString ming = QStringLiteral("res-0001"), dance = QStringLiteral("room-dance");
    ASSERT_TRUE(rooms->book(QStringLiteral("res-0002"), dance, local("2026-11-23T16:00:00")).ok);
    const auto room = roomDays(*db, hallTime(), dance, clock.nowSecs(), 14);
    ASSERT_TRUE(room);
    const qint64 nine = local("2026-11-23T09:00:00"), three = local("2026-11-23T15:00:00");
    expectLongest(longestBooking(*room, nine, std::nullopt), 2, LengthLimit::RoomMaximum);
    expectLongest(longestBooking(*room, three, std::nullopt), 1, LengthLimit::NextSlotTaken);
    expectLongest(longestBooking(*room, local("2026-11-23T19:00:00"), std::nullopt), 1, LengthLimit::Closing);
    ASSERT_TRUE(rooms->book(ming, dance, local("2026-11-24T09:00:00"), 2).ok);
    ASSERT_TRUE(rooms->book(ming, dance, local("2026-11-25T09:00:00")).ok);
    expectLongest(
        longestBooking(*room, nine, rooms->weeklySlotsLeft(ming, dance, nine)), 1, LengthLimit::WeeklyHours);
    // Today still has free slots after 11:00 (30 minutes' notice).
    EXPECT_EQ(firstBookableDay(*room), 0);
    setNow("2026-11-22T20:00:00"); // after the last slot of the day
    EXPECT_EQ(firstBookableDay(*roomDays(*db, hallTime(), dance, clock.nowSecs(), 14)), 1);
}
