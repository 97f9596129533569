// Opening a screen: from the navigation call a tap makes (Main.qml go()) to the
// first frame of the new screen on the glass (frameSwapped), offscreen with the software
// renderer, on the demo hall. One benchmark per route; counters give p50/p99/max over all
// openings. Target: p99 <= 50 ms.
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

void BM_OpenScreen(benchmark::State &state, const char *route)
{
    std::vector<double> ms;
    for (auto _ : state)
        ms.push_back(harness->openMs(QString::fromLatin1(route)));
    state.counters["p50_ms"] = linli::bench::percentile(ms, 0.50);
    state.counters["p99_ms"] = linli::bench::percentile(ms, 0.99);
    state.counters["max_ms"] = linli::bench::percentile(ms, 1.0);
}

} // namespace

int main(int argc, char **argv)
{
    const linli::bench::OffscreenGui gui(argc, argv);
    ScreenHarness h(QStringLiteral(LINLI_DEMO_DIR));
    harness = &h;
    for (const char *route : { "guides", "guide/svc-senior-card", "facilities", "facility/room-dance",
             "floorplan", "events", "notices", "search", "search?q=lnk", "rooms", "room/room-dance",
             "confirm/room-dance@1795417200", "event/evt-talk-tcm-small", "my" }) {
        benchmark::RegisterBenchmark((std::string("BM_OpenScreen/") + route).c_str(), BM_OpenScreen, route)
            ->Unit(benchmark::kMillisecond)
            ->Iterations(100);
    }
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
