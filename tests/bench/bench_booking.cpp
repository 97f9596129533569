// Booking commit latency and availability, on a real file (WAL, synchronous=FULL) with the
// demo hall plus 25 more bookable rooms (30 in all). Syncs are counted by a VFS shim, not
// assumed. Targets (2-core reference box): commit p99 <= 5 ms with exactly one fsync per
// commit; availability for 30 rooms x 14 days <= 10 ms.
// BM_CommitOneBooking/0 is the hall as it runs: the kiosk's WAL checkpointer with its own
// policy, checkpointing while the hall is quiet (the benchmark waits for it between commits,
// untimed, as residents leave gaps). /1 is the worst case: checkpoints run alongside the
// commits with no quiet time at all.
#include "booking/availability.h"
#include "booking/room_booking.h"
#include "core/clock.h"
#include "information/hall.h"
#include "latency.h"
#include "startup/kiosk_database.h"
#include "storage/wal_checkpointer.h"
#include "support/fsync_counting_vfs.h"

#include <benchmark/benchmark.h>
#include <chrono>
#include <QDir>
#include <QTemporaryDir>

using namespace linli;
using bench::percentile;

namespace {

const QDateTime kNow = QDateTime::fromString(QStringLiteral("2026-11-22T02:00:00Z"), Qt::ISODate);

struct Hall {
    QTemporaryDir dir{ QDir::current().filePath(QStringLiteral("bench-booking-XXXXXX")) }; // not tmpfs
    ManualClock clock{ kNow };
    std::optional<storage::Database> db;

    Hall()
    {
        startup::DatabaseSetup setup;
        setup.dataDir = dir.path();
        setup.contentDir = QStringLiteral(LINLI_DEMO_DIR);
        setup.pinCost = residents::PinCost::Cheap;
        auto opened = startup::openKioskDatabase(setup, kNow);
        if (!opened.ok())
            throw std::runtime_error(opened.outOfServiceReason.en.toStdString());
        db.emplace(std::move(*opened.database));
        // 25 more rooms like the dance room, open 08:00-22:00 every day, so the hall has 30.
        for (int i = 0; i < 25; ++i) {
            const QString id = QStringLiteral("room-bench-%1").arg(i);
            db->prepare("INSERT INTO room(id, kind, name_zh, name_en, floor, bookable, capacity) "
                        "VALUES (?, 'activity', '测试室', 'Bench room', 1, 1, 10)")
                .bind(1, id)
                .run();
            db->prepare(
                  "INSERT INTO room_booking_rule(room_id, slot_minutes, horizon_days) VALUES (?, 60, 14)")
                .bind(1, id)
                .run();
            for (int d = 1; d <= 7; ++d)
                db->prepare("INSERT INTO room_weekly_hours VALUES (?, ?, 480, 1320)")
                    .bind(1, id)
                    .bind(2, d)
                    .run();
        }
        // Limits would stop one resident long before the benchmark ends.
        db->exec("UPDATE room_booking_rule SET max_upcoming_per_resident = 100000, "
                 "max_minutes_per_week = 1000000, min_notice_minutes = 0");
        zone = information::loadHall(*db)->timeZone;
    }

    QTimeZone zone; // the hall's, as the kiosk gives it to the services
};

void BM_CommitOneBooking(benchmark::State &state)
{
    test::installFsyncCountingVfs();
    Hall hall;
    storage::CheckpointPolicy policy;
    const bool alongside = state.range(0) == 1;
    if (alongside)
        policy.quiet = std::chrono::milliseconds(0);
    storage::WalCheckpointer checkpointer(*hall.db, policy);
    if (!checkpointer.isActive()) {
        state.SkipWithError("the WAL checkpointer could not start");
        return;
    }
    booking::RoomBooking rooms(*hall.db, hall.clock, HallTime(hall.zone));
    const auto plans = booking::allRoomDays(*hall.db, HallTime(hall.zone), hall.clock.nowSecs(), 14);
    std::vector<std::pair<QString, qint64>> free;
    for (const auto &r : plans)
        for (const auto &d : r.days)
            for (const auto &s : d.times)
                if (s.state == booking::SlotState::Free)
                    free.push_back({ r.room.rules.roomId, s.startUtc });
    std::vector<double> ms, msOneSync;
    std::uint64_t syncs = 0, oneSync = 0, noSync = 0;
    size_t next = 0;
    for (auto _ : state) {
        if (next == free.size()) {
            state.SkipWithError("ran out of free slots");
            break;
        }
        const auto &[room, start] = free[next++];
        if (!alongside)
            checkpointer.waitUntilCaughtUp(); // outside the timed commit (manual time)
        const std::uint64_t before = test::syncCountOnThisThread();
        const auto t0 = std::chrono::steady_clock::now();
        const booking::BookingResult r = rooms.book(QStringLiteral("res-0001"), room, start);
        const auto t1 = std::chrono::steady_clock::now();
        const std::uint64_t mine = test::syncCountOnThisThread() - before;
        syncs += mine;
        oneSync += mine == 1;
        noSync += mine == 0;
        if (!r.ok) {
            state.SkipWithError(r.reason.en.toStdString().c_str());
            break;
        }
        const double secs = std::chrono::duration<double>(t1 - t0).count();
        state.SetIterationTime(secs);
        ms.push_back(secs * 1000);
        if (mine == 1)
            msOneSync.push_back(secs * 1000);
    }
    // Syncs are counted on the committing thread only: the checkpointer's own are not the
    // resident's to wait for.
    state.counters["checkpoints"] = checkpointer.stats().checkpoints;
    state.counters["commits_with_1_fsync_pct"]
        = ms.empty() ? 0 : 100.0 * static_cast<double>(oneSync) / static_cast<double>(ms.size());
    state.counters["commits_with_0_fsync"] = static_cast<double>(noSync);
    state.counters["p99_ms_1_fsync_commits"] = percentile(msOneSync, 0.99);
    state.counters["p50_ms"] = percentile(ms, 0.50);
    state.counters["p99_ms"] = percentile(ms, 0.99);
    state.counters["max_ms"] = percentile(ms, 1.0);
    state.counters["fsyncs_per_commit"]
        = ms.empty() ? 0 : static_cast<double>(syncs) / static_cast<double>(ms.size());
}

void BM_Availability30Rooms14Days(benchmark::State &state)
{
    Hall hall;
    booking::RoomBooking rooms(*hall.db, hall.clock, HallTime(hall.zone));
    // A busy fortnight: every third slot of every room booked.
    int n = 0;
    for (const auto &r : booking::allRoomDays(*hall.db, HallTime(hall.zone), hall.clock.nowSecs(), 14))
        for (const auto &d : r.days)
            for (const auto &s : d.times)
                if (s.state == booking::SlotState::Free && ++n % 3 == 0)
                    rooms.book(QStringLiteral("res-0002"), r.room.rules.roomId, s.startUtc);
    std::vector<double> ms;
    size_t rooms30 = 0;
    for (auto _ : state) {
        const auto t0 = std::chrono::steady_clock::now();
        const HallTime time(hall.zone); // fresh each time: no conversions carried over
        const auto plans = booking::allRoomDays(*hall.db, time, hall.clock.nowSecs(), 14);
        const auto t1 = std::chrono::steady_clock::now();
        benchmark::DoNotOptimize(plans.data());
        rooms30 = plans.size();
        const double secs = std::chrono::duration<double>(t1 - t0).count();
        state.SetIterationTime(secs);
        ms.push_back(secs * 1000);
    }
    state.counters["rooms"] = static_cast<double>(rooms30);
    state.counters["p99_ms"] = percentile(ms, 0.99);
}

} // namespace

BENCHMARK(BM_CommitOneBooking)
    ->Arg(0)
    ->Arg(1)
    ->UseManualTime()
    ->Iterations(1000)
    ->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Availability30Rooms14Days)->UseManualTime()->Iterations(200)->Unit(benchmark::kMillisecond);

BENCHMARK_MAIN();
