// Periodic jobs on the injectable clock: due or not, re-armed from when they ran, a throwing
// job, several jobs, and a clock that jumps (forward: one run, not a burst; back: re-armed
// from the new now, never stalled until the old due time).
#include "core/clock.h"
#include "core/scheduler.h"

#include <gtest/gtest.h>
#include <QEventLoop>
#include <QTimer>
#include <stdexcept>

using namespace std::chrono_literals;
using linli::ManualClock;
using linli::Scheduler;

class SchedulerTest : public ::testing::Test {
protected:
    ManualClock clock{ QDateTime::fromString(QStringLiteral("2026-11-22T02:00:00Z"), Qt::ISODate) };
    Scheduler scheduler{ clock };
};

TEST_F(SchedulerTest, AJobIsDueOnceItsIntervalHasPassedNotBefore)
{
    int runs = 0;
    scheduler.every(QStringLiteral("tick"), 60s, [&] { ++runs; });
    EXPECT_EQ(scheduler.runDue(), 0);
    clock.advanceSecs(59);
    EXPECT_EQ(scheduler.runDue(), 0);
    clock.advanceSecs(1);
    EXPECT_EQ(scheduler.runDue(), 1);
    EXPECT_EQ(runs, 1);
    EXPECT_EQ(scheduler.runDue(), 0) << "at most once per call, and re-armed";
    clock.advanceSecs(60);
    EXPECT_EQ(scheduler.runDue(), 1);
    EXPECT_EQ(runs, 2);
}

TEST_F(SchedulerTest, ALateRunReArmsFromNowNotFromTheMissedDueTime)
{
    int runs = 0;
    scheduler.every(QStringLiteral("tick"), 60s, [&] { ++runs; });
    clock.advanceSecs(90); // polled late
    EXPECT_EQ(scheduler.runDue(), 1);
    clock.advanceSecs(59);
    EXPECT_EQ(scheduler.runDue(), 0);
    clock.advanceSecs(1);
    EXPECT_EQ(scheduler.runDue(), 1);
    EXPECT_EQ(runs, 2);
}

TEST_F(SchedulerTest, AJobThatThrowsIsLoggedAndDoesNotStopTheOthers)
{
    int before = 0, after = 0, failing = 0;
    scheduler.every(QStringLiteral("before"), 10s, [&] { ++before; });
    scheduler.every(QStringLiteral("throws"), 10s, [&] {
        ++failing;
        throw std::runtime_error("disk on fire");
    });
    scheduler.every(QStringLiteral("throws anything"), 10s, [] { throw 42; });
    scheduler.every(QStringLiteral("after"), 10s, [&] { ++after; });
    clock.advanceSecs(10);
    EXPECT_EQ(scheduler.runDue(), 4);
    EXPECT_EQ(before, 1);
    EXPECT_EQ(after, 1);
    clock.advanceSecs(10);
    EXPECT_EQ(scheduler.runDue(), 4) << "a job that threw is re-armed like the others";
    EXPECT_EQ(failing, 2);
}

TEST_F(SchedulerTest, SeveralJobsKeepTheirOwnIntervals)
{
    int fast = 0, slow = 0;
    scheduler.every(QStringLiteral("fast"), 10s, [&] { ++fast; });
    scheduler.every(QStringLiteral("slow"), 25s, [&] { ++slow; });
    int ran = 0;
    for (int i = 0; i < 10; ++i) { // 50 seconds, polled every 5
        clock.advanceSecs(5);
        ran += scheduler.runDue();
    }
    EXPECT_EQ(fast, 5);
    EXPECT_EQ(slow, 2);
    EXPECT_EQ(ran, 7);
}

TEST_F(SchedulerTest, TheSameNameReplacesTheJob)
{
    int first = 0, second = 0;
    scheduler.every(QStringLiteral("job"), 10s, [&] { ++first; });
    scheduler.every(QStringLiteral("job"), 20s, [&] { ++second; });
    clock.advanceSecs(10);
    EXPECT_EQ(scheduler.runDue(), 0);
    clock.advanceSecs(10);
    EXPECT_EQ(scheduler.runDue(), 1);
    EXPECT_EQ(first, 0);
    EXPECT_EQ(second, 1);
}

TEST_F(SchedulerTest, AnIntervalUnderASecondCountsAsOne)
{
    int runs = 0;
    scheduler.every(QStringLiteral("eager"), 0s, [&] { ++runs; });
    EXPECT_EQ(scheduler.runDue(), 0);
    clock.advanceSecs(1);
    EXPECT_EQ(scheduler.runDue(), 1);
    EXPECT_EQ(runs, 1);
}

TEST_F(SchedulerTest, AJobMayScheduleOthersWhileRunning)
{
    int added = 0;
    bool done = false;
    scheduler.every(QStringLiteral("first"), 10s, [&] {
        for (int i = 0; !done && i < 50; ++i) // enough to move the list's storage
            scheduler.every(QStringLiteral("added %1").arg(i), 10s, [&] { ++added; });
        done = true;
    });
    clock.advanceSecs(10);
    EXPECT_EQ(scheduler.runDue(), 1) << "a job added now is first due one interval later";
    clock.advanceSecs(10);
    EXPECT_EQ(scheduler.runDue(), 51);
    EXPECT_EQ(added, 50);
}

TEST_F(SchedulerTest, AClockJumpingForwardRunsEachJobOnceNotABurst)
{
    int runs = 0;
    scheduler.every(QStringLiteral("tick"), 60s, [&] { ++runs; });
    clock.advanceSecs(86400); // a day of missed minutes
    EXPECT_EQ(scheduler.runDue(), 1);
    EXPECT_EQ(scheduler.runDue(), 0);
    EXPECT_EQ(runs, 1);
}

TEST_F(SchedulerTest, AClockJumpingBackReArmsFromTheNewNowInsteadOfStalling)
{
    // Without re-arming, a job armed before the clock went back a day would wait that whole
    // day for its old due time.
    int runs = 0;
    scheduler.every(QStringLiteral("tick"), 60s, [&] { ++runs; });
    clock.advanceSecs(30);
    clock.advanceSecs(-86400);
    EXPECT_EQ(scheduler.runDue(), 0) << "no run for the jump itself";
    clock.advanceSecs(59);
    EXPECT_EQ(scheduler.runDue(), 0);
    clock.advanceSecs(1);
    EXPECT_EQ(scheduler.runDue(), 1) << "one interval after the jump";
    EXPECT_EQ(runs, 1);
    // A small correction back (NTP) delays the next run by at most that much, and only once.
    clock.advanceSecs(-10);
    EXPECT_EQ(scheduler.runDue(), 0);
    clock.advanceSecs(60);
    EXPECT_EQ(scheduler.runDue(), 1);
    EXPECT_EQ(runs, 2);
}

TEST_F(SchedulerTest, StartPollsTheClockWithATimerUntilStopped)
{
    int runs = 0;
    QEventLoop loop;
    scheduler.every(QStringLiteral("tick"), 60s, [&] {
        ++runs;
        loop.quit();
    });
    clock.advanceSecs(60);
    scheduler.start(10ms);
    EXPECT_TRUE(scheduler.isActive());
    QTimer::singleShot(5000, &loop, &QEventLoop::quit); // a failing test must not hang
    loop.exec();
    EXPECT_EQ(runs, 1);
    scheduler.stop();
    EXPECT_FALSE(scheduler.isActive());
    clock.advanceSecs(60);
    QTimer::singleShot(50, &loop, &QEventLoop::quit);
    loop.exec();
    EXPECT_EQ(runs, 1) << "stopped: nothing polls the clock";
}
