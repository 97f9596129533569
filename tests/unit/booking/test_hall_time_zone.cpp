// The booking rules on a hall that is not in Shanghai: America/New_York, across the end of
// daylight saving time (02:00 on Sunday 1 November 2026). Its evening slots fall on the next
// UTC (and Shanghai) day, so every local rule is told apart from a UTC or Shanghai one.
#include "booking/availability.h"
#include "booking/reasons.h"
#include "new_york_fixture.h"

using namespace linli::booking;
using linli::booking::test::NewYorkHallFixture;

namespace {
const QString kAda = QStringLiteral("res-ny-1"), kGrace = QStringLiteral("res-ny-2");
const QString kStudio = QStringLiteral("room-studio"); // 09:00-22:00 daily, 2 slots a booking, 4 h a week

const DayPlan &dayOf(const RoomDays &room, const QDate &day)
{
    for (const DayPlan &d : room.days)
        if (d.day == day)
            return d;
    throw std::logic_error("day not planned");
}
} // namespace

class NewYorkHallTest : public NewYorkHallFixture { };

TEST_F(NewYorkHallTest, TheServicesGetTheHallsZone)
{
    EXPECT_EQ(zone.id(), QByteArray("America/New_York"));
    EXPECT_EQ(local("2026-10-31T09:00:00"), utc("2026-10-31T13:00:00Z")); // EDT
    EXPECT_EQ(local("2026-11-01T09:00:00"), utc("2026-11-01T14:00:00Z")); // EST
}

TEST_F(NewYorkHallTest, SlotsKeepToTheLocalClockAcrossTheChangeOfTime)
{
    const auto room = roomDays(*db, hallTime(), kStudio, clock.nowSecs(), 14);
    ASSERT_TRUE(room);
    EXPECT_EQ(room->days.front().day, QDate(2026, 10, 29)); // the local today
    for (const DayPlan &d : room->days) {
        if (!d.open)
            continue;
        ASSERT_EQ(d.times.size(), 13u) << d.day.toString().toStdString(); // 09:00 ... 21:00
        for (const Slot &s : d.times) {
            const QDateTime at = QDateTime::fromSecsSinceEpoch(s.startUtc, zone);
            EXPECT_EQ(at.date(), d.day);
            EXPECT_EQ(at.time().minute(), 0);
            EXPECT_GE(at.time().hour(), 9);
            EXPECT_LE(at.time().hour(), 21);
            EXPECT_EQ(s.endUtc - s.startUtc, 3600);
        }
    }
    // The same local 09:00 is an hour later in UTC once the clocks have gone back; Sunday
    // 1 November is 25 hours long and still has exactly the opening hours' slots.
    EXPECT_EQ(dayOf(*room, QDate(2026, 10, 31)).times.front().startUtc, utc("2026-10-31T13:00:00Z"));
    EXPECT_EQ(dayOf(*room, QDate(2026, 11, 1)).times.front().startUtc, utc("2026-11-01T14:00:00Z"));
    EXPECT_EQ(dayOf(*room, QDate(2026, 11, 1)).times.back().endUtc, utc("2026-11-02T03:00:00Z")); // 22:00 EST
    // Open now (10:00 local; 22:00 in Shanghai, 14:00 UTC).
    const auto today = roomsToday(*db, hallTime(), clock.nowSecs());
    ASSERT_EQ(today.size(), 1u);
    EXPECT_TRUE(today.front().openNow);
    EXPECT_EQ(today.front().nextFreeUtc, local("2026-10-29T11:00:00"));
    EXPECT_EQ(today.front().freeLaterToday, 11); // 11:00 ... 21:00

    EXPECT_TRUE(rooms->book(kAda, kStudio, local("2026-11-01T09:00:00")).ok);
    EXPECT_EQ(rooms->book(kAda, kStudio, local("2026-11-01T08:00:00")).reason, reasons::notAlignedToSlot());
    // 21:00 + 2 slots would end after the local closing time.
    EXPECT_EQ(
        rooms->book(kGrace, kStudio, local("2026-10-30T21:00:00"), 2).reason, reasons::outsideOpeningHours());
    // The last bookable day is the local today + 13.
    EXPECT_EQ(rooms->book(kGrace, kStudio, local("2026-11-12T09:00:00")).reason,
        reasons::beyondHorizon(QDate(2026, 11, 11)));
}

TEST_F(NewYorkHallTest, TheWeekIsTheHallsMondayToSunday)
{
    // Sunday 1 November 20:00-22:00 local is Monday 2 November 01:00-03:00 UTC (and Monday
    // morning in Shanghai), yet it belongs to the local week of Monday 26 October.
    ASSERT_TRUE(rooms->book(kAda, kStudio, local("2026-11-01T20:00:00"), 2).ok);
    EXPECT_EQ(rooms->weeklySlotsLeft(kAda, kStudio, local("2026-10-29T12:00:00")), 2);
    EXPECT_EQ(rooms->weeklySlotsLeft(kAda, kStudio, local("2026-11-01T09:00:00")), 2);
    EXPECT_EQ(rooms->weeklySlotsLeft(kAda, kStudio, local("2026-11-02T09:00:00")), 4);
    ASSERT_TRUE(rooms->book(kAda, kStudio, local("2026-10-29T20:00:00"), 2).ok);
    EXPECT_EQ(rooms->book(kAda, kStudio, local("2026-10-31T09:00:00")).reason, reasons::weeklyHoursUsed(240));
    // Monday 2 November 20:00 local is Tuesday in UTC: the new local week, still empty.
    EXPECT_TRUE(rooms->book(kAda, kStudio, local("2026-11-02T20:00:00"), 2).ok);
}

TEST_F(NewYorkHallTest, AHolidayClosesTheLocalDay)
{
    // Election Day, Tuesday 3 November: its evening is 4 November in UTC, and the evening
    // before it is 3 November in UTC.
    const auto room = roomDays(*db, hallTime(), kStudio, clock.nowSecs(), 14);
    const DayPlan &holiday = dayOf(*room, QDate(2026, 11, 3));
    EXPECT_FALSE(holiday.open);
    EXPECT_EQ(holiday.closedReason.en, QStringLiteral("Election Day"));
    EXPECT_TRUE(dayOf(*room, QDate(2026, 11, 2)).open);
    EXPECT_TRUE(dayOf(*room, QDate(2026, 11, 4)).open);

    const BookingResult evening = rooms->book(kAda, kStudio, local("2026-11-03T21:00:00"));
    EXPECT_FALSE(evening.ok);
    EXPECT_TRUE(evening.reason.en.contains(u"Election Day")) << evening.reason.en.toStdString();
    EXPECT_FALSE(rooms->book(kAda, kStudio, local("2026-11-03T09:00:00")).ok);
    EXPECT_TRUE(rooms->book(kAda, kStudio, local("2026-11-02T21:00:00")).ok);
    EXPECT_TRUE(rooms->book(kAda, kStudio, local("2026-11-04T09:00:00")).ok);
}

TEST_F(NewYorkHallTest, APauseEndsAtTheHallsMidnight)
{
    for (const char *at : { "2026-10-29T12:00:00", "2026-10-29T14:00:00", "2026-10-29T16:00:00" })
        ASSERT_TRUE(rooms->book(kAda, kStudio, local(at)).ok);
    setNow("2026-10-29T17:00:00");
    EXPECT_EQ(rooms->releaseNoShows(), 3);
    // The day of the release and the 14 days after it, to local midnight (EST by then).
    EXPECT_EQ(rooms->pausedUntil(kAda), local("2026-11-13T00:00:00"));
    EXPECT_EQ(rooms->pausedUntil(kAda), utc("2026-11-13T05:00:00Z"));
    EXPECT_EQ(rooms->book(kAda, kStudio, local("2026-11-02T09:00:00")).reason,
        reasons::paused(QDate(2026, 11, 12)));
}
