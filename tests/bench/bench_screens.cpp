// Opening a screen: from the navigation call a tap makes (Main.qml go()) to the
// first frame of the new screen on the glass (frameSwapped), offscreen with the software
// renderer, on the demo hall. One benchmark per route; counters give p50/p99/max over all
// openings. Target: p99 <= 50 ms.
#include "capabilities.h"
#include "core/clock.h"
#include "core/scheduler.h"
#include "hall_clock.h"
#include "kiosk.h"
#include "language_controller.h"
#include "notice_list_model.h"
#include "resident_session.h"
#include "startup/kiosk_database.h"

#include <algorithm>
#include <benchmark/benchmark.h>
#include <memory>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFont>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQmlExtensionPlugin>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTimer>

Q_IMPORT_QML_PLUGIN(Linli_BackendPlugin)
Q_IMPORT_QML_PLUGIN(LinliPlugin)

namespace {

struct Harness {
    QTemporaryDir dir;
    linli::ManualClock clock{ QDateTime::fromString(QStringLiteral("2026-11-22T02:00:00Z"), Qt::ISODate) };
    linli::startup::KioskDatabase db;
    LanguageController language;
    std::unique_ptr<linli::Scheduler> scheduler;
    std::unique_ptr<ResidentSession> session;
    std::unique_ptr<Kiosk> kiosk;
    QQmlApplicationEngine engine;
    QQuickWindow *window = nullptr;

    Harness()
    {
        linli::startup::DatabaseSetup setup;
        setup.dataDir = dir.path();
        setup.contentDir = QStringLiteral(LINLI_DEMO_DIR);
        db = linli::startup::openKioskDatabase(setup, clock.nowUtc());
        linli::storage::Database *d = &*db.database;
        language.setLanguage(linli::Language::Chinese);
        Kiosk::Parts parts;
        parts.hall = linli::information::loadHall(*d);
        parts.language = &language;
        parts.clock = new HallClock(clock, QTimeZone("Asia/Shanghai"), language, &engine);
        parts.urgentNotices
            = new NoticeListModel(d, clock, language, linli::information::NoticePriority::Urgent, &engine);
        scheduler = std::make_unique<linli::Scheduler>(clock);
        session = std::make_unique<ResidentSession>(d, clock, QTimeZone("Asia/Shanghai"), language, 90);
        parts.session = session.get();
        kiosk = std::make_unique<Kiosk>(std::move(parts));
        addCapabilities(*kiosk,
            KioskContext{ d, &clock, QTimeZone("Asia/Shanghai"), &language, session.get(), scheduler.get(),
                QStringLiteral(LINLI_DEMO_DIR) });
        language.attach(&engine);
        engine.addImportPath(QStringLiteral("qrc:/"));
        engine.setInitialProperties({ { QStringLiteral("kiosk"), QVariant::fromValue(kiosk.get()) } });
        engine.load(QUrl(QStringLiteral("qrc:/Linli/common/Main.qml")));
        window = qobject_cast<QQuickWindow *>(engine.rootObjects().value(0));
        if (!window)
            qFatal("the QML did not load");
        window->resize(1080, 1920);
        window->show();
        waitForFrame();
    }

    // Waits for the next frame on the glass (or 2 s, which then shows in the figures).
    void waitForFrame()
    {
        QEventLoop loop;
        QObject::connect(window, &QQuickWindow::frameSwapped, &loop, &QEventLoop::quit);
        QTimer::singleShot(2000, &loop, &QEventLoop::quit);
        loop.exec();
    }

    double openMs(const QString &route)
    {
        QElapsedTimer timer;
        timer.start();
        if (!QMetaObject::invokeMethod(window, "go", Q_ARG(QString, route), Q_ARG(int, 0)))
            qFatal("Main.qml has no go(route, operation)");
        waitForFrame();
        const double ms = static_cast<double>(timer.nsecsElapsed()) / 1e6;
        QMetaObject::invokeMethod(window, "go", Q_ARG(QString, QStringLiteral("home")), Q_ARG(int, 0));
        waitForFrame();
        return ms;
    }
};

Harness *harness = nullptr;

void BM_OpenScreen(benchmark::State &state, const char *route)
{
    std::vector<double> ms;
    for (auto _ : state)
        ms.push_back(harness->openMs(QString::fromLatin1(route)));
    std::sort(ms.begin(), ms.end());
    auto at = [&](double p) {
        return ms[std::min(ms.size() - 1, static_cast<size_t>(p * static_cast<double>(ms.size())))];
    };
    state.counters["p50_ms"] = at(0.50);
    state.counters["p99_ms"] = at(0.99);
    state.counters["max_ms"] = ms.back();
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
    QGuiApplication app(argc, argv);
    QGuiApplication::setFont(QFont(QStringLiteral("Noto Sans CJK SC")));
    Harness h;
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
