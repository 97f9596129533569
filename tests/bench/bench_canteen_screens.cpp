// The canteen's menu screen for a day with 40 dishes (tests/data/content/canteen_40_dishes,
// loaded by the kiosk's content loader): from the navigation call a tap makes (Main.qml go())
// to the screen's first frame on the glass, offscreen with the software renderer. Nobody
// identified (full prices), then with 陈桂芳's card read (every dish priced for her, sold-out
// dishes with the next meal they are on). Target (issue 10): <= 100 ms, judged at p99;
// meets_target says 1 or 0, the run never fails on timing.
#include "kiosk_window.h"
#include "latency.h"
#include "screen_harness.h"

#include <benchmark/benchmark.h>
#include <QFont>
#include <QGuiApplication>
#include <QQmlExtensionPlugin>
#include <QQuickWindow>

Q_IMPORT_QML_PLUGIN(Linli_BackendPlugin)
Q_IMPORT_QML_PLUGIN(LinliPlugin)

namespace {

ScreenHarness *harness = nullptr;
const QString kMenuOf40 = QStringLiteral("canteen/2026-11-23/lunch"); // day 1 of the fixture

void BM_MenuScreen40Dishes(benchmark::State &state, bool identified)
{
    if (identified)
        harness->identifyCard(QStringLiteral("3301059901")); // 陈桂芳, born 1938
    std::vector<double> ms;
    for (auto _ : state)
        ms.push_back(harness->openMs(kMenuOf40));
    const double p99 = linli::bench::percentile(ms, 0.99);
    state.counters["p50_ms"] = linli::bench::percentile(ms, 0.50);
    state.counters["p99_ms"] = p99;
    state.counters["max_ms"] = linli::bench::percentile(ms, 1.0);
    state.counters["target_p99_ms"] = 100;
    state.counters["meets_target"] = !ms.empty() && p99 <= 100.0 ? 1.0 : 0.0;
}

} // namespace

int main(int argc, char **argv)
{
    const linli::bench::OffscreenGui gui(argc, argv);
    ScreenHarness h(QStringLiteral(LINLI_CANTEEN_CONTENT_DIR));
    harness = &h;
    // In this order: the card is read before the second and stays for the rest of the run.
    benchmark::RegisterBenchmark("BM_MenuScreen40Dishes/anonymous", BM_MenuScreen40Dishes, false)
        ->Unit(benchmark::kMillisecond)
        ->Iterations(100);
    benchmark::RegisterBenchmark("BM_MenuScreen40Dishes/identified", BM_MenuScreen40Dishes, true)
        ->Unit(benchmark::kMillisecond)
        ->Iterations(100);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
