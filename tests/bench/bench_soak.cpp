// Soak (issue 13: "5,000 scripted resident sessions through the real app offscreen (browse, book,
// cancel, idle out); RSS growth after warm-up <= 5 %, open file descriptors flat, WAL bounded").
//
// The kiosk as linli-kiosk's main.cpp builds it: a real on-disk database in a fresh data
// directory (WAL mode, synchronous=FULL, the WalCheckpointer beside it), KioskCare with its
// nightly window on the scheduler, the backends wired by addCapabilities with no sync server
// (an offline kiosk), and the window Main.qml, offscreen with the software renderer at 1080x1920.
// Only the clock is the benchmark's (a ManualClock), so a session's minutes pass in
// milliseconds and the scheduler's jobs (no-show release, ticket upkeep, the nightly window)
// come round as they would over the days the sessions span.
//
// One session, as a resident does it: a tap ends the attract loop; browse (activities, home,
// rooms, a room's grid); hold a demo card to the reader; open a slot's confirm screen and tap
// "Confirm booking" (found by its Accessible.name, tapped on the glass); home, the rooms, the
// card again, My bookings, "Cancel booking: …", "Yes, cancel it"; then walk away: the clock
// passes the idle timeout and the session ends as its idle timer ends it, the screen goes
// home, and once the home screen has been untouched long enough the attract loop plays.
// Each step waits for its frame; refused bookings and failed cancels are counted, and a run in
// which most sessions do not book is an error. After a warm-up of a tenth of the run (500 of
// 5,000 sessions), and every tenth after it, the process's RSS (VmRSS), open descriptors
// (/proc/self/fd) and the WAL file's size are read; the WAL's size after every session.
#include "attract_backend.h"
#include "capabilities.h"
#include "config/kiosk_config.h"
#include "core/clock.h"
#include "core/scheduler.h"
#include "hall_clock.h"
#include "kiosk.h"
#include "kiosk_care.h"
#include "kiosk_window.h"
#include "language_controller.h"
#include "notice_list_model.h"
#include "resident_session.h"
#include "startup/kiosk_database.h"
#include "storage/wal_checkpointer.h"

#include <algorithm>
#include <benchmark/benchmark.h>
#include <cstdio>
#include <functional>
#include <memory>
#include <optional>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QFont>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQmlExtensionPlugin>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

Q_IMPORT_QML_PLUGIN(Linli_BackendPlugin)
Q_IMPORT_QML_PLUGIN(LinliPlugin)

namespace {

using namespace linli;

// Sunday 22 November 2026, 08:30 in the hall (Asia/Shanghai): opening time.
const QDateTime kSoakStart(QDate(2026, 11, 22), QTime(0, 30), QTimeZone::utc());
// Rooms anyone may book without staff approval, all open 10:00-16:00 every day of the week.
const QStringList kRooms
    = { QStringLiteral("room-dance"), QStringLiteral("room-table-tennis"), QStringLiteral("room-activity") };
constexpr int kDemoCards = 8; // 3301050001 ... 3301050008
constexpr int kBrowseSecs = 20; // kiosk time a resident spends on each screen

int sessionsToRun()
{
    bool ok = false;
    const int n = qEnvironmentVariableIntValue("LINLI_SOAK_SESSIONS", &ok);
    return ok && n > 0 ? n : 5000;
}

double rssMib()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (QByteArray line = status.readLine(); !line.isEmpty(); line = status.readLine())
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0; // kB
    return -1;
}

int openFds()
{
    // The listing's own descriptor is counted each time alike.
    return static_cast<int>(QDir(QStringLiteral("/proc/self/fd"))
                                .entryList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot)
                                .size());
}

// What one element of the screen says it is to assistive tools (Accessible.name), if anything:
// the attached Accessible object is a child of the item it is attached to.
QString accessibleName(const QQuickItem *item)
{
    for (const QObject *child : item->children())
        if (qstrcmp(child->metaObject()->className(), "QQuickAccessibleAttached") == 0)
            return child->property("name").toString();
    return {};
}

// The first item in the visual tree under `root` (itself included) that `matches`.
QQuickItem *findItem(QQuickItem *root, const std::function<bool(const QQuickItem *)> &matches)
{
    if (!root)
        return nullptr;
    if (matches(root))
        return root;
    for (QQuickItem *child : root->childItems())
        if (QQuickItem *found = findItem(child, matches))
            return found;
    return nullptr;
}

// The first visible, enabled item under `root` whose Accessible.name `matches` (what a
// screen reader, or a finger, can reach).
QQuickItem *findAccessible(QQuickItem *root, const std::function<bool(const QString &)> &matches)
{
    if (!root || !root->isVisible())
        return nullptr;
    if (root->isEnabled() && matches(accessibleName(root)))
        return root;
    for (QQuickItem *child : root->childItems())
        if (QQuickItem *found = findAccessible(child, matches))
            return found;
    return nullptr;
}

struct Figures {
    int sessions = 0;
    double rssMib = 0;
    int fds = 0;
    qint64 walBytes = 0;
};

// linli-kiosk as main.cpp wires it, on the benchmark's clock.
class SoakKiosk {
public:
    SoakKiosk()
        : clock(kSoakStart)
        , care(dir.filePath(QStringLiteral("kiosk.ini"))) // no such file: an unconfigured kiosk's defaults
    {
        startup::DatabaseSetup setup;
        setup.dataDir = dir.path();
        setup.contentDir = QStringLiteral(LINLI_DEMO_DIR);
        setup.kioskId = config.kioskId;
        setup.pinCost = residents::PinCost::Cheap; // nobody signs in with a PIN here
        database = care.openDatabase(setup, clock.nowUtc());
        if (!database.ok())
            qFatal("%s", qPrintable(database.outOfServiceReason.en));
        storage::Database *db = &*database.database;
        checkpointer.emplace(*db);
        // English on screen, and the home language too, so the Accessible names below stay English.
        language.setLanguage(Language::English);
        language.setHomeLanguage(Language::English);
        Kiosk::Parts parts;
        parts.hall = information::loadHall(*db);
        zone = parts.hall->timeZone;
        scheduler = std::make_unique<Scheduler>(clock);
        session = std::make_unique<ResidentSession>(db, clock, zone, language, config.idleTimeoutSecs);
        parts.language = &language;
        parts.session = session.get();
        parts.clock = new HallClock(clock, zone, language, &engine);
        parts.urgentNotices
            = new NoticeListModel(db, clock, language, information::NoticePriority::Urgent, &engine);
        parts.urgentNotices->setTimeZone(zone);
        kiosk = std::make_unique<Kiosk>(std::move(parts));
        addCapabilities(*kiosk,
            KioskContext{ db, &clock, zone, &language, session.get(), scheduler.get(), setup.contentDir,
                &*database.ticketKey, config.kioskId, config.checkInPlace, config.printer, dir.path(),
                &config });
        care.start(*kiosk, db, clock, zone, *scheduler);
        scheduler->start();
        attract = kiosk->backend<AttractBackend>(QStringLiteral("attract"));
        if (!attract)
            qFatal("no attract backend");

        window = linli::bench::showKioskWindow(engine, language, *kiosk);
        waitForFrame();
        stack = findItem(
            window->contentItem(), [](const QQuickItem *item) { return item->inherits("QQuickStackView"); });
        if (!stack)
            qFatal("Main.qml has no StackView");
    }

    QString walFile() const
    {
        return QDir(dir.path()).filePath(startup::databaseFileName()) + QStringLiteral("-wal");
    }

    // The next frame on the glass, or 2 s (counted: the script expected the screen to change).
    void waitForFrame()
    {
        QEventLoop loop;
        bool swapped = false;
        QObject::connect(window, &QQuickWindow::frameSwapped, &loop, [&] {
            swapped = true;
            loop.quit();
        });
        QTimer::singleShot(2000, &loop, &QEventLoop::quit);
        loop.exec();
        frameTimeouts += swapped ? 0 : 1;
    }

    // Main.qml go(route, StackView.Immediate), as the home screen's tiles and the other screen
    // benchmarks navigate, then the new screen's first frame.
    void go(const QString &route)
    {
        if (!QMetaObject::invokeMethod(window, "go", Q_ARG(QString, route), Q_ARG(int, 0)))
            qFatal("Main.qml has no go(route, operation)");
        waitForFrame();
    }

    QQuickItem *currentPage() const { return stack->property("currentItem").value<QQuickItem *>(); }
    QString currentRoute() const
    {
        const QQuickItem *page = currentPage();
        return page ? page->property("route").toString() : QString();
    }

    // A finger on the glass at the item's centre (press and release), then the frame it causes.
    void tap(const QQuickItem *item)
    {
        // A StackView lets no touch through while a page slides in: a finger waits for it.
        QElapsedTimer sliding;
        sliding.start();
        if (stack->property("busy").toBool())
            ++transitionWaits;
        while (stack->property("busy").toBool() && sliding.elapsed() < 2000)
            waitForFrame();
        const QPointF centre = item->mapToScene(QPointF(item->width() / 2, item->height() / 2));
        QTest::mouseClick(window, Qt::LeftButton, Qt::NoModifier, centre.toPoint());
        waitForFrame();
    }
    bool tapNamed(const QString &name)
    {
        QQuickItem *button = findAccessible(currentPage(), [&](const QString &n) { return n == name; });
        if (button)
            tap(button);
        return button;
    }
    bool tapNamedStartingWith(const QString &prefix)
    {
        QQuickItem *button
            = findAccessible(currentPage(), [&](const QString &n) { return n.startsWith(prefix); });
        if (button)
            tap(button);
        return button;
    }

    // What the confirm screen says when it would not book (its controller's refusal or problem).
    QString confirmRefusal() const
    {
        for (const QObject *child : currentPage()->findChildren<QObject *>())
            if (child->inherits("ConfirmController"))
                return child->property("refusal").toString() + child->property("problem").toString();
        return QStringLiteral("not on a confirm screen: ") + currentRoute();
    }

    QString bookingStatus(const QString &bookingId)
    {
        auto q = database.database->prepare("SELECT status FROM booking WHERE id = ?");
        q.bind(1, bookingId);
        return q.step() ? q.text(0) : QString();
    }

    // Members in the order main.cpp makes them; destroyed the other way round (the window
    // before the backends it shows, the checkpointer before its database, the data
    // directory last).
    QTemporaryDir dir;
    ManualClock clock;
    config::KioskConfig config; // defaults: no sync server, idle timeout 90 s
    KioskCare care;
    startup::KioskDatabase database;
    std::optional<storage::WalCheckpointer> checkpointer;
    LanguageController language;
    QTimeZone zone;
    std::unique_ptr<Scheduler> scheduler;
    std::unique_ptr<ResidentSession> session;
    std::unique_ptr<Kiosk> kiosk;
    AttractBackend *attract = nullptr;
    QQmlApplicationEngine engine;
    QQuickWindow *window = nullptr;
    QQuickItem *stack = nullptr;
    int frameTimeouts = 0;
    int transitionWaits = 0; // taps that waited for a page to finish sliding in
};

struct Tally {
    int booked = 0;
    int refused = 0;
    int cancelled = 0;
    int cancelFailed = 0;
    int attractPlays = 0;
    QString firstRefusal;
};

void refuse(Tally &tally, const QString &why)
{
    ++tally.refused;
    if (tally.firstRefusal.isEmpty())
        tally.firstRefusal = why;
}

// One resident, start to walk-away. Residents, rooms, days and hours rotate so that the run
// covers them all; each booking is cancelled in its own session, so none outlives it and
// weekly allowances and upcoming-booking limits are never used up.
void runSession(SoakKiosk &k, Tally &tally, int i)
{
    // Nobody was there: the attract loop plays until a touch anywhere.
    if (k.attract->playing()) {
        k.tap(k.window->contentItem());
        if (k.attract->playing())
            qFatal("a touch did not end the attract loop");
    }

    // Who, where and when: the resident changes every session, the room every 8, the day
    // (1 to 5 days ahead) every 24 and the hour (10:00 to 15:00) every 120.
    const qsizetype rooms = kRooms.size();
    const QString card = QStringLiteral("33010500%1").arg(1 + i % kDemoCards, 2, 10, QLatin1Char('0'));
    const QString room = kRooms[(i / kDemoCards) % rooms];
    const QDate today = k.clock.nowUtc().toTimeZone(k.zone).date();
    const QDate day = today.addDays(1 + (i / (kDemoCards * rooms)) % 5);
    const int hour = 10 + static_cast<int>((i / (kDemoCards * rooms * 5)) % 6);

    for (const QString &route : { QStringLiteral("events?range=week"), QStringLiteral("home"),
             QStringLiteral("rooms"), QStringLiteral("room/") + room }) {
        k.clock.advanceSecs(kBrowseSecs);
        k.go(route);
    }

    const qint64 startUtc = QDateTime(day, QTime(hour, 0), k.zone).toSecsSinceEpoch();

    k.session->identifyCard(card); // on a room's grid the resident stays there, signed in
    if (!k.session->active())
        qFatal("card %s identifies nobody", qPrintable(card));
    k.waitForFrame();
    k.clock.advanceSecs(kBrowseSecs);
    k.go(QStringLiteral("confirm/%1@%2").arg(room).arg(startUtc));
    k.clock.advanceSecs(kBrowseSecs);
    if (!k.tapNamed(QStringLiteral("Confirm booking"))) {
        refuse(tally, QStringLiteral("no Confirm booking button on %1").arg(k.currentRoute()));
    } else if (!k.currentRoute().startsWith(QStringLiteral("booked/"))) {
        refuse(tally,
            QStringLiteral("%1 at %2 for %3: %4")
                .arg(room, QDateTime::fromSecsSinceEpoch(startUtc, k.zone).toString(Qt::ISODate), card,
                    k.confirmRefusal()));
    } else {
        ++tally.booked;
        const QString bookingId = k.currentRoute().section(u'/', 1);
        // The booking ended the session. Home, the rooms again, the card again (a booking
        // screen keeps the resident on it, signed in), then My bookings. (A card on the home
        // screen would open My bookings with a 400 ms slide that a finger must wait out:
        // minutes over a soak, and no different a page.)
        k.clock.advanceSecs(kBrowseSecs);
        k.go(QStringLiteral("home"));
        k.go(QStringLiteral("rooms"));
        k.session->identifyCard(card);
        k.waitForFrame();
        k.clock.advanceSecs(kBrowseSecs);
        k.go(QStringLiteral("my"));
        k.clock.advanceSecs(kBrowseSecs);
        const bool asked = k.tapNamedStartingWith(QStringLiteral("Cancel booking: "));
        const bool confirmed = asked && k.tapNamed(QStringLiteral("Yes, cancel it"));
        if (confirmed && k.bookingStatus(bookingId) == u"cancelled")
            ++tally.cancelled;
        else
            ++tally.cancelFailed;
    }

    // The resident walks away: past the idle timeout the session's idle timer ends the
    // session and tells the window (what its timeout does: end(), then endedByIdle()).
    k.clock.advanceSecs(k.config.idleTimeoutSecs + 1);
    if (k.session->active()) {
        k.session->end();
        emit k.session->endedByIdle();
    } else {
        emit k.session->ended();
        emit k.session->endedByIdle(); // nobody signed in: the screen goes home all the same
    }
    k.scheduler->runDue();
    k.waitForFrame();
    // The home screen untouched for [attract] after_secs: the loop starts (the backend's
    // one-second tick, called at once rather than waited for).
    k.clock.advanceSecs(k.attract->settings().afterSecs + 1);
    k.scheduler->runDue();
    k.attract->tick();
    if (k.attract->playing()) {
        ++tally.attractPlays;
        k.waitForFrame();
    }
}

SoakKiosk *soak = nullptr;

Figures measure(SoakKiosk &k, int sessions)
{
    return { sessions, rssMib(), openFds(), QFileInfo(k.walFile()).size() };
}

void BM_Soak(benchmark::State &state)
{
    SoakKiosk &k = *soak;
    const int sessions = sessionsToRun();
    // A warm-up of a tenth of the run (500 of 5,000) fills the caches, the QML engine's
    // component cache and its garbage-collected heap; then a sample every tenth.
    const int every = std::max(1, sessions / 10);
    const int warmUp = every;
    Tally tally;
    std::vector<Figures> samples;
    qint64 walMax = 0;
    double seconds = 0;
    for (auto _ : state) {
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < sessions; ++i) {
            runSession(k, tally, i);
            walMax = std::max(walMax, QFileInfo(k.walFile()).size());
            const int done = i + 1;
            if (done >= warmUp && done % every == 0) {
                samples.push_back(measure(k, done));
                const Figures &f = samples.back();
                std::fprintf(stderr, "soak: %5d sessions, RSS %.1f MiB, %d fds, WAL %lld KiB (max %lld)\n",
                    f.sessions, f.rssMib, f.fds, static_cast<long long>(f.walBytes / 1024),
                    static_cast<long long>(walMax / 1024));
            }
        }
        seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    }
    if (samples.empty())
        samples.push_back(measure(k, sessions));

    // The WAL's bound: the checkpointer copies it back and starts it over at the latest once it
    // holds hardCapPages (sessions back to back leave it no quiet second to do so sooner), so
    // it never needs more than that many frames (a page and a 24-byte header each) after its
    // 32-byte header, plus what commits add while a pass runs: 1 MiB allowed for those.
    int pageSize = 4096;
    if (auto q = k.database.database->prepare("PRAGMA page_size"); q.step())
        pageSize = static_cast<int>(q.int64(0));
    const qint64 walBound
        = 32 + static_cast<qint64>(storage::CheckpointPolicy{}.hardCapPages) * (pageSize + 24) + (1 << 20);

    const Figures &warm = samples.front();
    const Figures &end = samples.back();
    const double growthPct = warm.rssMib > 0 ? 100.0 * (end.rssMib - warm.rssMib) / warm.rssMib : 0;
    const bool meets = growthPct <= 5.0 && end.fds <= warm.fds && walMax <= walBound;
    const storage::CheckpointStats checkpoints = k.checkpointer->stats();
    state.counters["sessions"] = sessions;
    state.counters["booked"] = tally.booked;
    state.counters["refused"] = tally.refused;
    state.counters["cancelled"] = tally.cancelled;
    state.counters["cancel_failed"] = tally.cancelFailed;
    state.counters["attract_plays"] = tally.attractPlays;
    state.counters["frame_timeouts"] = k.frameTimeouts;
    state.counters["transition_waits"] = k.transitionWaits;
    state.counters["kiosk_days"] = static_cast<double>(kSoakStart.secsTo(k.clock.nowUtc())) / 86400.0;
    state.counters["warm_up_sessions"] = warm.sessions;
    state.counters["rss_warm_mib"] = warm.rssMib;
    state.counters["rss_end_mib"] = end.rssMib;
    state.counters["rss_max_mib"]
        = std::max_element(samples.begin(), samples.end(), [](const Figures &a, const Figures &b) {
              return a.rssMib < b.rssMib;
          })->rssMib;
    state.counters["rss_growth_pct"] = growthPct;
    state.counters["fds_warm"] = warm.fds;
    state.counters["fds_end"] = end.fds;
    state.counters["wal_max_kib"] = static_cast<double>(walMax) / 1024.0;
    state.counters["wal_end_kib"] = static_cast<double>(end.walBytes) / 1024.0;
    state.counters["wal_bound_kib"] = static_cast<double>(walBound) / 1024.0;
    state.counters["wal_checkpoints"] = checkpoints.checkpoints;
    state.counters["wal_restarts"] = checkpoints.restarts;
    state.counters["sessions_per_s"] = seconds > 0 ? sessions / seconds : 0;
    state.counters["meets_target"] = meets ? 1 : 0;
    std::fprintf(stderr,
        "soak: %d sessions in %.0f s (%.1f/s), %d booked, %d refused, %d cancelled; RSS %.1f -> %.1f MiB "
        "(%+.2f %%, target <= 5 %%), fds %d -> %d, WAL max %lld KiB (bound %lld KiB): %s\n",
        sessions, seconds, seconds > 0 ? sessions / seconds : 0, tally.booked, tally.refused, tally.cancelled,
        warm.rssMib, end.rssMib, growthPct, warm.fds, end.fds, static_cast<long long>(walMax / 1024),
        static_cast<long long>(walBound / 1024), meets ? "meets the target" : "DOES NOT meet the target");
    if (tally.booked * 2 < sessions)
        state.SkipWithError(
            qPrintable(QStringLiteral("most sessions did not book (%1 of %2); first refusal: %3")
                           .arg(tally.booked)
                           .arg(sessions)
                           .arg(tally.firstRefusal)));
    else if (tally.cancelled * 2 < tally.booked)
        state.SkipWithError("most bookings were not cancelled from My bookings");
}
BENCHMARK(BM_Soak)->Iterations(1)->Unit(benchmark::kSecond);

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_IM_MODULE"))
        qputenv("QT_IM_MODULE", "qtvirtualkeyboard"); // as linli-kiosk: the search screen's keyboard
    const linli::bench::OffscreenGui gui(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    SoakKiosk kiosk;
    soak = &kiosk;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    soak = nullptr;
    return 0;
}
