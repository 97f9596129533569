// When the next sync runs: the interval, at once for `more`, ~0.5 s after a local change, and
// exponential backoff with full jitter (random in [0, min(5 min, 2 s x 2^n)]) when the server
// is away. The random source is the test's.
#include "sync/sync_schedule.h"

#include <gtest/gtest.h>
#include <QtGlobal>

namespace linli::sync::test {
namespace {

using std::chrono::milliseconds;
using std::chrono::seconds;

TEST(SyncScheduleTest, EveryIntervalAtOnceForMoreSoonAfterALocalChange)
{
    SyncSchedule s(seconds(60), [] { return 0.5; });
    EXPECT_EQ(s.afterSuccess(false), milliseconds(60'000));
    EXPECT_EQ(s.afterSuccess(true), milliseconds(0));
    // Half a second: a booking's events (created, ticket issued) go together, and reach the
    // central well within the 2 s.
    EXPECT_EQ(s.afterLocalChange(milliseconds(45'000)), milliseconds(500));
    EXPECT_EQ(s.afterLocalChange(milliseconds(200)), milliseconds(200)) << "never later than already due";
}

TEST(SyncScheduleTest, BackoffDoublesUpToFiveMinutesWithFullJitter)
{
    double dice = 0.999999;
    SyncSchedule s(seconds(60), [&dice] { return dice; });
    const qint64 ceilings[]
        = { 2'000, 4'000, 8'000, 16'000, 32'000, 64'000, 128'000, 256'000, 300'000, 300'000 };
    for (qint64 ceiling : ceilings) {
        const milliseconds d = s.afterFailure();
        EXPECT_LE(d.count(), ceiling);
        EXPECT_GE(d.count(), ceiling - 1);
    }
    EXPECT_EQ(s.failures(), 10);
    // Full jitter: the whole range, down to (almost) nothing.
    dice = 0.0;
    EXPECT_EQ(s.afterFailure(), SyncSchedule::kBackoffFloor);
    dice = 0.25;
    EXPECT_EQ(s.afterFailure(), milliseconds(75'000));
    // While backing off, a local change does not bring the next attempt forward.
    EXPECT_EQ(s.afterLocalChange(milliseconds(40'000)), milliseconds(40'000));
    // One success and the schedule is back to normal.
    EXPECT_EQ(s.afterSuccess(false), milliseconds(60'000));
    EXPECT_EQ(s.failures(), 0);
    dice = 0.5;
    EXPECT_EQ(s.afterFailure(), milliseconds(1'000));
}

TEST(SyncScheduleTest, TheConfiguredCapBoundsTheBackoff)
{
    // [sync] backoff_cap_secs=10: a kiosk whose operator wants it back within seconds of the
    // server's return never waits longer, however long the server was away.
    SyncSchedule s(
        seconds(60), [] { return 0.999999; }, milliseconds(10'000));
    const qint64 ceilings[] = { 2'000, 4'000, 8'000, 10'000, 10'000, 10'000 };
    for (qint64 ceiling : ceilings) {
        const milliseconds d = s.afterFailure();
        EXPECT_LE(d.count(), ceiling);
        EXPECT_GE(d.count(), ceiling - 1);
    }
    // An hour, the most the configuration allows, is reached and held.
    SyncSchedule slow(
        seconds(60), [] { return 0.999999; }, milliseconds(3'600'000));
    milliseconds d{};
    for (int attempt = 0; attempt < 40; ++attempt)
        d = slow.afterFailure();
    EXPECT_GE(d.count(), 3'599'000);
}

TEST(SyncScheduleTest, ManyKiosksBackingOffSpreadOut)
{
    // 1,000 kiosks that lost the server at the same moment, each with its own dice: their
    // fifth attempt is spread over the whole 0-32 s window, not a stampede at one instant.
    quint32 seed = 12345;
    auto lcg = [&seed] {
        seed = seed * 1664525u + 1013904223u;
        return static_cast<double>(seed >> 8) / static_cast<double>(1u << 24);
    };
    int buckets[8] = {};
    for (int kiosk = 0; kiosk < 1000; ++kiosk) {
        SyncSchedule s(seconds(60), lcg);
        milliseconds d{};
        for (int attempt = 0; attempt < 5; ++attempt)
            d = s.afterFailure();
        ++buckets[std::min<qint64>(7, d.count() / 4'000)];
    }
    for (int b : buckets)
        EXPECT_GT(b, 80) << "each eighth of the window gets its share";
}

} // namespace
} // namespace linli::sync::test
