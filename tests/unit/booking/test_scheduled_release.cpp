// The release of no-shows as the kiosk runs it: a Scheduler job on the kiosk's clock, so a
// booking nobody checked in for is released on time even when nobody touches the screen.
#include "booking_fixture.h"
#include "core/scheduler.h"

using namespace std::chrono_literals;
using namespace linli::booking;
using linli::booking::test::BookingFixture;

class ScheduledReleaseTest : public BookingFixture { };

TEST_F(ScheduledReleaseTest, AJobOnTheSchedulerReleasesANoShowOnceTheCheckInWindowHasPassed)
{
    const BookingResult r
        = rooms->book(QStringLiteral("res-0001"), QStringLiteral("room-dance"), local("2026-11-23T15:00:00"));
    ASSERT_TRUE(r.ok);
    linli::Scheduler scheduler(clock);
    int released = 0;
    scheduler.every(QStringLiteral("release no-shows"), 60s, [&] { released += rooms->releaseNoShows(); });

    setNow("2026-11-23T15:14:00");
    EXPECT_EQ(scheduler.runDue(), 1);
    clock.advanceSecs(60); // 15:15, the last minute of the check-in window
    EXPECT_EQ(scheduler.runDue(), 1);
    EXPECT_EQ(released, 0);
    EXPECT_EQ(rooms->find(r.value.id)->status, BookingStatus::Confirmed);

    clock.advanceSecs(30); // not yet polled: the job runs every minute
    EXPECT_EQ(scheduler.runDue(), 0);
    EXPECT_EQ(rooms->find(r.value.id)->status, BookingStatus::Confirmed);
    clock.advanceSecs(30); // 15:16
    EXPECT_EQ(scheduler.runDue(), 1);
    EXPECT_EQ(released, 1);
    EXPECT_EQ(rooms->find(r.value.id)->status, BookingStatus::Released);
    EXPECT_EQ(count("SELECT count(*) FROM booking_slot"), 0);
    EXPECT_EQ(count("SELECT count(*) FROM outbox WHERE kind = 'booking.released_no_show'"), 1);
}
