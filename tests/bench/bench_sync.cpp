// The kiosk's sync engine against a real `linli-central serve` on loopback (the integration
// tests' harness): how long a kiosk takes to push 1,000 queued events (issue 12: <= 1 s), and an
// idle sync's time and bytes each way (<= 512). The kiosk is the real SyncEngine with its
// network thread, its database on a fresh data directory with the demo hall.
#include "../central/central_harness.h"
#include "../integration/kiosk_under_test.h"

#include <benchmark/benchmark.h>
#include <QCoreApplication>
#include <QElapsedTimer>

namespace {

using namespace linli::test;

// One server and one enrolled kiosk for every benchmark.
struct Rig {
    Rig()
    {
        if (!kiosk.enrol(central.port(), central.enrolmentCode()))
            throw std::runtime_error(kiosk.lastEnrolMessage.en.toStdString());
        kiosk.connectTo(central.port());
        if (!kiosk.syncOnce()) // the catalog's first pull, out of the figures
            throw std::runtime_error("the first sync failed");
    }
    CentralProcess central;
    KioskUnderTest kiosk;
};

Rig &rig()
{
    static Rig instance;
    return instance;
}

void BM_KioskPushes1000Events(benchmark::State &state)
{
    KioskUnderTest &kiosk = rig().kiosk;
    for (auto _ : state) {
        kiosk.addNotes(1000);
        QElapsedTimer drain;
        drain.start();
        for (int i = 0; i < 10 && kiosk.outboxCount("result IS NULL") > 0; ++i) {
            if (!kiosk.syncOnce()) {
                state.SkipWithError("a sync failed");
                return;
            }
        }
        state.SetIterationTime(drain.nsecsElapsed() / 1e9);
        if (kiosk.outboxCount("result IS NULL") > 0) {
            state.SkipWithError("the outbox did not drain");
            return;
        }
    }
    state.counters["events"] = benchmark::Counter(1000.0 * state.iterations(), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_KioskPushes1000Events)->Iterations(5)->UseManualTime()->Unit(benchmark::kMillisecond);

void BM_KioskIdleSync(benchmark::State &state)
{
    KioskUnderTest &kiosk = rig().kiosk;
    for (auto _ : state) {
        QElapsedTimer one;
        one.start();
        if (!kiosk.syncOnce()) {
            state.SkipWithError("a sync failed");
            return;
        }
        state.SetIterationTime(one.nsecsElapsed() / 1e9);
    }
    state.counters["request_bytes"] = double(kiosk.engine->lastRequestBytes());
    state.counters["response_bytes"] = double(kiosk.engine->lastResponseBytes());
}
BENCHMARK(BM_KioskIdleSync)->Iterations(50)->UseManualTime()->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
