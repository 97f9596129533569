// The slot grid and "free now / later today" across rooms.
#include "booking/availability.h"
#include "booking_fixture.h"

using namespace linli::booking;
using linli::HallTime;
using linli::booking::test::BookingFixture;

class AvailabilityTest : public BookingFixture { };

TEST_F(AvailabilityTest, DayGridKeepsToTheClockInsideOpeningHoursAndMarksTakenAndPast)
{
    ASSERT_TRUE(rooms->book("res-0001", "room-dance", local("2026-11-22T15:00:00")).ok);
    setNow("2026-11-22T10:40:00");
    const auto plan = roomDays(*db, hallTime(), "room-dance", clock.nowSecs(), 2);
    ASSERT_TRUE(plan);
    ASSERT_EQ(plan->days.size(), 2u);
    const DayPlan &today = plan->days.front();
    // 08:30-20:30 with 60-minute slots: 09:00 ... 19:00 (11 slots, none crossing closing time).
    ASSERT_EQ(today.times.size(), 11u);
    EXPECT_EQ(today.times.front().startUtc, local("2026-11-22T09:00:00"));
    EXPECT_EQ(today.times.back().endUtc, local("2026-11-22T20:00:00"));
    EXPECT_EQ(today.times[1].state, SlotState::Past); // 10:00, under way
    EXPECT_EQ(today.times[2].state, SlotState::TooSoon); // 11:00: less than 30 minutes' notice
    EXPECT_EQ(today.times[3].state, SlotState::Free); // 12:00
    EXPECT_EQ(today.times[6].state, SlotState::Taken); // 15:00
    EXPECT_TRUE(plan->days[1].open);
}

TEST_F(AvailabilityTest, ClosedDaysSayWhy)
{
    setNow("2026-12-30T10:00:00");
    const auto plan = roomDays(*db, hallTime(), "room-dance", clock.nowSecs(), 3);
    EXPECT_FALSE(plan->days[2].open);
    EXPECT_EQ(plan->days[2].closedReason.en, QStringLiteral("New Year's Day"));
    EXPECT_FALSE(roomDays(*db, hallTime(), "room-gone", clock.nowSecs(), 3));
}

TEST_F(AvailabilityTest, FreeNowAndLaterToday)
{
    setNow("2026-11-22T14:20:00");
    ASSERT_TRUE(rooms->book("res-0001", "room-dance", local("2026-11-22T15:00:00")).ok);
    setNow("2026-11-22T15:05:00");
    const auto today = roomsToday(*db, hallTime(), clock.nowSecs());
    ASSERT_EQ(today.size(), 5u);
    for (const RoomToday &r : today) {
        if (r.roomId == u"room-dance") {
            EXPECT_TRUE(r.openNow);
            EXPECT_FALSE(r.freeNow);
            EXPECT_EQ(r.nextFreeUtc, local("2026-11-22T16:00:00"));
            EXPECT_EQ(r.freeLaterToday, 4); // 16, 17, 18, 19
        }
        if (r.roomId == u"room-multi-hall") { // closed on Sundays
            EXPECT_FALSE(r.openNow);
            EXPECT_EQ(r.freeLaterToday, 0);
        }
    }
}

TEST_F(AvailabilityTest, MidnightAndLateNightHours)
{
    // A room open until midnight: the 23:00 slot ends exactly at midnight and belongs to the day.
    db->exec("UPDATE room_weekly_hours SET close_minute = 1440 WHERE room_id = 'room-dance'");
    setNow("2026-11-22T22:00:00");
    const auto plan = roomDays(*db, hallTime(), "room-dance", clock.nowSecs(), 2);
    EXPECT_EQ(plan->days.front().times.back().endUtc, local("2026-11-23T00:00:00"));
    EXPECT_TRUE(rooms->book("res-0001", "room-dance", local("2026-11-22T23:00:00")).ok);
    EXPECT_FALSE(
        rooms->book("res-0002", "room-dance", local("2026-11-22T23:00:00"), 2).ok); // crosses midnight
    EXPECT_TRUE(rooms->book("res-0002", "room-dance", local("2026-11-23T09:00:00")).ok);
}

TEST(LongestBooking, RunsOverFreeConsecutiveSlotsUpToTheRoomsMaximum)
{
    // 09:00-11:00 and 14:00-17:00 (two opening periods), 60-minute slots, at most 3 a booking.
    RoomRules rules;
    rules.slotMinutes = 60;
    rules.maxSlotsPerBooking = 3;
    DayPlan plan;
    const qint64 h = 3600;
    for (qint64 start : { 9 * h, 10 * h, 14 * h, 15 * h, 16 * h })
        plan.times.push_back({ start, start + h, SlotState::Free });
    EXPECT_EQ(longestBookingFrom(rules, plan, 9 * h), 2); // the lunch gap ends the run
    EXPECT_EQ(longestBookingFrom(rules, plan, 14 * h), 3);
    EXPECT_EQ(longestBookingFrom(rules, plan, 16 * h), 1); // closing time
    rules.maxSlotsPerBooking = 2;
    EXPECT_EQ(longestBookingFrom(rules, plan, 14 * h), 2);
    plan.times[3].state = SlotState::Taken; // 15:00
    EXPECT_EQ(longestBookingFrom(rules, plan, 14 * h), 1);
    EXPECT_EQ(longestBookingFrom(rules, plan, 15 * h), 0); // not free itself
    EXPECT_EQ(longestBookingFrom(rules, plan, 12 * h), 0); // not a slot
}
