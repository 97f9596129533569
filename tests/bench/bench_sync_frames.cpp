// Tap to frame while the kiosk syncs (issue 12: "tap-to-frame on the kiosk unchanged while a sync
// of 1,000 events runs"). The kiosk's window (Main.qml, offscreen, software renderer, 1080x1920)
// on the backends wired as linli-kiosk wires them, with the real SyncBackend and its engine
// talking to a real `linli-central serve` on loopback. A tap (the navigation call the home
// screen's Notices button makes, Main.qml go()) is timed to the next frame on the glass (frameSwapped):
// first with no sync, then while 1,000 queued events are pushed (two requests of 500, each built,
// sent and applied on the engine's own thread and connection). A third benchmark times the GUI
// thread's longest stall during such a sync without taps, which is what a tap would wait for.
// Targets: p99 during the sync <= the no-sync p99 + 16 ms (one frame at 60 Hz), and <= 50 ms
// as the other screen benchmarks.
#include "../central/central_harness.h"
#include "../integration/kiosk_under_test.h"
#include "capabilities.h"
#include "config/kiosk_config.h"
#include "core/scheduler.h"
#include "hall_clock.h"
#include "kiosk.h"
#include "kiosk_window.h"
#include "latency.h"
#include "notice_list_model.h"
#include "resident_session.h"
#include "sync_backend.h"

#include <benchmark/benchmark.h>
#include <cstdio>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFont>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQmlExtensionPlugin>
#include <QQuickWindow>
#include <QTimer>

Q_IMPORT_QML_PLUGIN(Linli_BackendPlugin)
Q_IMPORT_QML_PLUGIN(LinliPlugin)

namespace {

using namespace linli;
using namespace linli::test;

constexpr int kEvents = 1000;

// The kiosk enrolled with a real central, its window shown, the catalog's first pull done.
class Rig {
public:
    Rig()
        : scheduler(under.clock)
        , session(&*under.db, under.clock, under.zone, language, 3600)
    {
        if (!under.enrol(central.port(), central.enrolmentCode()))
            qFatal("enrolment failed: %s", qPrintable(under.lastEnrolMessage.en));
        language.setLanguage(Language::English);
        config.syncServerUrl = QStringLiteral("http://127.0.0.1:%1").arg(central.port());
        config.syncIntervalSecs = 86400; // no sync of its own during the figures: the bench says when
        Kiosk::Parts parts;
        parts.hall = information::loadHall(*under.db);
        parts.language = &language;
        parts.session = &session;
        parts.clock = new HallClock(under.clock, under.zone, language, &engine);
        parts.urgentNotices = new NoticeListModel(
            &*under.db, under.clock, language, information::NoticePriority::Urgent, &engine);
        kiosk = std::make_unique<Kiosk>(std::move(parts));
        KioskContext context{ &*under.db, &under.clock, under.zone, &language, &session, &scheduler,
            QStringLiteral(LINLI_DEMO_DIR), &*under.key, QStringLiteral("kiosk-bench") };
        context.dataDir = under.dir.path();
        context.config = &config;
        addCapabilities(*kiosk, context);
        window = bench::showKioskWindow(engine, language, *kiosk);
        waitForFrame();
        startSync();
        if (!waitForDrain(30000))
            qFatal("the first sync failed: %s", qPrintable(sync().stateText()));
    }

    SyncBackend &sync() const { return *kiosk->backend<SyncBackend>(QStringLiteral("sync")); }
    bool syncing() const { return m_exchangesRunning; }

    // The next frame on the glass, or 2 s (which then shows in the figures).
    void waitForFrame()
    {
        QEventLoop loop;
        QObject::connect(window, &QQuickWindow::frameSwapped, &loop, &QEventLoop::quit);
        QTimer::singleShot(2000, &loop, &QEventLoop::quit);
        loop.exec();
    }

    // Milliseconds from the navigation call a tap on the home screen's Notices button makes
    // (Main.qml go(), as bench_screens times it) to the new screen's first frame; then home.
    double tapMs()
    {
        QElapsedTimer timer;
        timer.start();
        QMetaObject::invokeMethod(window, "go", Q_ARG(QString, QStringLiteral("notices")), Q_ARG(int, 0));
        waitForFrame();
        const double ms = static_cast<double>(timer.nsecsElapsed()) / 1e6;
        QMetaObject::invokeMethod(window, "go", Q_ARG(QString, QStringLiteral("home")), Q_ARG(int, 0));
        waitForFrame();
        return ms;
    }

    // 1,000 events into the outbox, then a sync at once, as after a long offline spell; the
    // engine goes on by itself while the server says there is more.
    void queueAndSync()
    {
        under.addNotes(kEvents);
        startSync();
    }

    // Waits (running the event loop) until the sync started last is over and the outbox is empty.
    bool waitForDrain(int timeoutMs)
    {
        QElapsedTimer timer;
        timer.start();
        while (m_exchangesRunning && timer.elapsed() < timeoutMs) {
            QEventLoop loop;
            QTimer::singleShot(5, &loop, &QEventLoop::quit);
            loop.exec();
        }
        return !m_exchangesRunning && m_lastOk;
    }

    CentralProcess central;
    KioskUnderTest under;
    LanguageController language;
    Scheduler scheduler;
    ResidentSession session;
    config::KioskConfig config;
    std::unique_ptr<Kiosk> kiosk;
    QQmlApplicationEngine engine;
    QQuickWindow *window = nullptr;

private:
    void startSync()
    {
        // The server checks every request's time; the kiosk's clock is the test's and stands still.
        under.clock.set(QDateTime::currentDateTimeUtc());
        m_exchangesRunning = true;
        if (!m_watching) {
            // Over when an exchange ends with nothing left to send (the engine chains requests
            // of 500 on its own while there is more).
            QObject::connect(sync().engine(), &sync::SyncEngine::exchangeFinished, [this](bool ok) {
                m_lastOk = ok;
                if (!ok || under.outboxCount("result IS NULL") == 0)
                    m_exchangesRunning = false;
            });
            m_watching = true;
        }
        sync().engine()->syncNow();
    }

    bool m_exchangesRunning = false;
    bool m_lastOk = false;
    bool m_watching = false;
};

Rig *rig = nullptr;
double noSyncP99 = -1;

void report(benchmark::State &state, const std::vector<double> &ms)
{
    state.counters["taps"] = static_cast<double>(ms.size());
    state.counters["p50_ms"] = bench::percentile(ms, 0.50);
    state.counters["p99_ms"] = bench::percentile(ms, 0.99);
    state.counters["max_ms"] = bench::percentile(ms, 1.0);
}

void BM_TapToFrame_NoSync(benchmark::State &state)
{
    std::vector<double> ms;
    for (auto _ : state)
        ms.push_back(rig->tapMs());
    report(state, ms);
    noSyncP99 = bench::percentile(ms, 0.99);
}
BENCHMARK(BM_TapToFrame_NoSync)->Iterations(300)->Unit(benchmark::kMillisecond);

// Each iteration is one sync of 1,000 events with taps all through it, back to back.
void BM_TapToFrame_During1000EventSync(benchmark::State &state)
{
    std::vector<double> ms;
    std::vector<double> syncMs;
    for (auto _ : state) {
        QElapsedTimer sync;
        sync.start();
        rig->queueAndSync();
        while (rig->syncing() && sync.elapsed() < 30000)
            ms.push_back(rig->tapMs());
        if (!rig->waitForDrain(30000)) {
            state.SkipWithError("the sync failed or did not drain");
            return;
        }
        syncMs.push_back(static_cast<double>(sync.nsecsElapsed()) / 1e6);
    }
    report(state, ms);
    state.counters["sync_p50_ms"] = bench::percentile(syncMs, 0.50);
    const double p99 = bench::percentile(ms, 0.99);
    state.counters["no_sync_p99_ms"] = noSyncP99;
    // 1 when the target holds: within one 60 Hz frame of the no-sync p99, and within 50 ms.
    state.counters["within_no_sync_p99_plus_16ms"] = noSyncP99 >= 0 && p99 <= noSyncP99 + 16.0 ? 1 : 0;
    state.counters["within_50ms"] = p99 <= 50.0 ? 1 : 0;
    std::fprintf(stderr,
        "tap to frame: no sync p99 %.1f ms; during a %d-event sync p50 %.1f ms, p99 %.1f ms (%zu taps): "
        "%s the no-sync p99 + 16 ms, %s 50 ms\n",
        noSyncP99, kEvents, bench::percentile(ms, 0.50), p99, ms.size(),
        p99 <= noSyncP99 + 16.0 ? "within" : "NOT within", p99 <= 50.0 ? "within" : "NOT within");
}
BENCHMARK(BM_TapToFrame_During1000EventSync)->Iterations(30)->Unit(benchmark::kMillisecond);

// What the sync alone takes from the GUI thread: the longest gap between the ticks of a 1 ms
// timer while a sync of 1,000 events runs (what is left on it: the engine's bookkeeping and the
// screens re-reading after each answer). A tap that lands on it waits that long more.
void BM_GuiStallDuring1000EventSync(benchmark::State &state)
{
    std::vector<double> longest;
    for (auto _ : state) {
        QElapsedTimer sinceTick;
        double worst = 0;
        QTimer probe;
        probe.setTimerType(Qt::PreciseTimer);
        probe.setInterval(1);
        QObject::connect(&probe, &QTimer::timeout, [&] {
            worst = std::max(worst, static_cast<double>(sinceTick.nsecsElapsed()) / 1e6);
            sinceTick.restart();
        });
        rig->queueAndSync();
        sinceTick.start();
        probe.start();
        if (!rig->waitForDrain(30000)) {
            state.SkipWithError("the sync failed or did not drain");
            return;
        }
        probe.stop();
        longest.push_back(worst);
    }
    state.counters["stall_p50_ms"] = bench::percentile(longest, 0.50);
    state.counters["stall_max_ms"] = bench::percentile(longest, 1.0);
    std::fprintf(stderr, "longest GUI stall during a %d-event sync: p50 %.1f ms, max %.1f ms\n", kEvents,
        bench::percentile(longest, 0.50), bench::percentile(longest, 1.0));
}
BENCHMARK(BM_GuiStallDuring1000EventSync)->Iterations(20)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    const linli::bench::OffscreenGui gui(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    Rig r;
    rig = &r;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    rig = nullptr;
    return 0;
}
