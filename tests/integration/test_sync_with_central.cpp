// The kiosk's sync engine against a REAL linli-central on a loopback port (no mocks): enrolment,
// push exactly once while replies are lost, a server down for a day then back, a clock 10 minutes off,
// forged and replayed replies, a removed room, a revoked kiosk.
#include "../central/central_harness.h"
#include "canteen/menu.h"
#include "config/kiosk_config.h"
#include "core/clock_trust.h"
#include "kiosk_under_test.h"
#include "loopback_proxy.h"
#include "residents/identification.h"
#include "store/central_store.h"
#include "sync/sync_state.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>
#include <gtest/gtest.h>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

namespace linli::test {
namespace {

class SyncWithCentral : public ::testing::Test {
protected:
    void TearDown() override { clock_trust::setServerOffsetMs(0); }

    // A kiosk enrolled with `central`, its engine pointed at `port` (the server or a proxy).
    void enrolAndConnect(CentralProcess &central, KioskUnderTest &kiosk, quint16 port)
    {
        ASSERT_TRUE(kiosk.enrol(central.port(), central.enrolmentCode()))
            << kiosk.lastEnrolMessage.en.toStdString();
        kiosk.connectTo(port);
    }
};

TEST_F(SyncWithCentral, EnrolsPushesABookingAndPullsTheHallsCatalog)
{
    CentralProcess central;
    KioskUnderTest kiosk;
    const QString code = central.enrolmentCode();
    ASSERT_TRUE(kiosk.enrol(central.port(), code)) << kiosk.lastEnrolMessage.en.toStdString();
    const sync::SyncState state = sync::loadSyncState(*kiosk.db);
    EXPECT_EQ(state.hallId, QStringLiteral("hall-changzhengqiao"));
    EXPECT_FALSE(state.kioskId.isEmpty());
    EXPECT_EQ(QFile(kiosk.dir.file(QStringLiteral("sync-secret.key"))).permissions() & 0x0077, 0)
        << "the secret is for the kiosk's user only";
    KioskUnderTest other;
    EXPECT_FALSE(other.enrol(central.port(), code)) << "a code works once";
    EXPECT_TRUE(other.lastEnrolMessage.en.contains(QStringLiteral("bad_code")))
        << other.lastEnrolMessage.en.toStdString();

    kiosk.connectTo(central.port());
    const QString booking = kiosk.bookDance(QStringLiteral("res-0001"), 0);
    ASSERT_TRUE(kiosk.syncOnce());
    EXPECT_EQ(kiosk.engine->status(), sync::SyncEngine::Status::Online);
    EXPECT_EQ(kiosk.outboxCount("result IS NULL"), 0);
    EXPECT_EQ(kiosk.outboxCount("result = 'accepted'"), kiosk.outboxCount());
    const auto created = central.store().eventCount();
    EXPECT_EQ(created, kiosk.outboxCount());
    EXPECT_GT(sync::loadSyncState(*kiosk.db).cursor, 0u) << "the hall's catalog was pulled";
    EXPECT_EQ(kiosk.rooms->find(booking)->status, booking::BookingStatus::Confirmed);
    // Nothing changed since: an idle sync is small both ways.
    ASSERT_TRUE(kiosk.syncOnce());
    EXPECT_LE(kiosk.engine->lastRequestBytes(), 512);
    EXPECT_LE(kiosk.engine->lastResponseBytes(), 512);
    std::printf("idle sync: request %lld bytes, response %lld bytes\n",
        static_cast<long long>(kiosk.engine->lastRequestBytes()),
        static_cast<long long>(kiosk.engine->lastResponseBytes()));
}

// The reply is applied on the engine's own thread and connection: while another writer holds the
// database (a resident's booking, the nightly backup), the screens' thread goes on turning. Here
// that thread itself lets the other writer go, a few ticks after the server committed the events;
// were the reply applied on it, it would be stuck in SQLite's busy wait, never tick, and the
// apply would give up after the busy timeout.
TEST_F(SyncWithCentral, ApplyingAReplyNeverHoldsUpTheScreensThread)
{
    CentralProcess central;
    KioskUnderTest kiosk;
    enrolAndConnect(central, kiosk, central.port());
    ASSERT_TRUE(kiosk.syncOnce());
    kiosk.addNotes(20);
    const qint64 events = kiosk.outboxCount();
    auto otherWriter = storage::Database::open(kiosk.db->path());
    otherWriter.exec("BEGIN IMMEDIATE");
    bool holding = true;
    int ticksAfterCommit = 0;
    QTimer tick;
    tick.setInterval(10);
    QObject::connect(&tick, &QTimer::timeout, [&] {
        if (!holding)
            return;
        if (ticksAfterCommit > 0 || central.store().eventCount() == events)
            ++ticksAfterCommit;
        if (ticksAfterCommit >= 20) {
            otherWriter.exec("COMMIT");
            holding = false;
        }
    });
    tick.start();
    ASSERT_TRUE(kiosk.syncOnce(10000)) << kiosk.engine->problem().en.toStdString();
    EXPECT_FALSE(holding) << "the exchange finished while the other writer still held the database";
    EXPECT_GE(ticksAfterCommit, 20);
    EXPECT_EQ(kiosk.outboxCount("result IS NULL"), 0);
    EXPECT_EQ(kiosk.outboxCount("result = 'accepted'"), events);
}

TEST_F(SyncWithCentral, RepliesLostAfterTheServerCommittedStillGiveExactlyOneRecordPerEvent)
{
    CentralProcess central;
    LoopbackProxy proxy(central.port());
    KioskUnderTest kiosk;
    enrolAndConnect(central, kiosk, proxy.port());
    proxy.setMode(LoopbackProxy::Mode::DropReplies);
    // The issue's 1,000 cuts (15 s on the dev machine, 25 s while it builds); LINLI_SYNC_LOST_REPLIES sets
    // another count.
    const int rounds = qEnvironmentVariableIsSet("LINLI_SYNC_LOST_REPLIES")
        ? qEnvironmentVariableIntValue("LINLI_SYNC_LOST_REPLIES")
        : 1000;
    for (int i = 0; i < rounds; ++i) {
        if (kiosk.outboxCount() < 400) // every cut resends the whole batch (at most 500 a request)
            kiosk.addNotes(1 + i % 3);
        if (i % 10 == 0 && i < 60) // bookings too, each its own slot
            kiosk.bookDance(QStringLiteral("res-000%1").arg(1 + i / 10), i / 10);
        EXPECT_FALSE(kiosk.syncOnce()) << "round " << i << ": the reply was lost";
    }
    EXPECT_GE(proxy.droppedReplies(), rounds);
    EXPECT_EQ(kiosk.outboxCount("result IS NULL"), kiosk.outboxCount()) << "the kiosk never heard an answer";
    EXPECT_EQ(central.store().eventCount(), kiosk.outboxCount())
        << "but the server had committed every event";
    proxy.setMode(LoopbackProxy::Mode::Forward);
    ASSERT_TRUE(kiosk.syncOnce());
    EXPECT_EQ(kiosk.outboxCount("result IS NULL"), 0);
    EXPECT_EQ(central.store().eventCount(), kiosk.outboxCount())
        << "one server record per event, none doubled";
}

TEST_F(SyncWithCentral, ServerDownForADayTheOutboxDrainsInOrderAfterwardsNothingLostNothingDoubled)
{
    // The kiosk lives the day before the test: when its day is over its clock is the server's
    // again (the server checks every request's time), so the drain is on time.
    const QDateTime serverNow = QDateTime::currentDateTimeUtc();
    RestartableCentral central;
    KioskUnderTest kiosk(serverNow.addDays(-1));
    ASSERT_TRUE(kiosk.enrol(central.port(), central.enrolmentCode()))
        << kiosk.lastEnrolMessage.en.toStdString();
    kiosk.connectTo(central.port());
    central.stop();

    // The engine's timer runs on real time; the simulated day is stepped by the delays the engine
    // itself chose after each failure, so every retry it would make in a day is made.
    const qint64 dayEnd = kiosk.clock.nowSecs() + 24 * 3600;
    const QDate bookedDay = kiosk.clock.nowUtc().toTimeZone(kiosk.zone).date().addDays(3);
    const QStringList bookedRooms{ QStringLiteral("room-dance"), QStringLiteral("room-table-tennis"),
        QStringLiteral("room-activity") };
    int bookings = 0, orders = 0, retries = 0;
    qint64 nextSale = kiosk.clock.nowSecs();
    std::chrono::milliseconds longest{ 0 };
    while (kiosk.clock.nowSecs() < dayEnd) {
        kiosk.addNotes(3);
        EXPECT_FALSE(kiosk.syncOnce()) << "the server is down";
        ++retries;
        const std::chrono::milliseconds delay = kiosk.engine->nextDelay();
        ASSERT_GE(delay, sync::SyncSchedule::kBackoffFloor) << "retry " << retries;
        ASSERT_LE(delay, sync::SyncSchedule::kBackoffCap) << "retry " << retries;
        longest = std::max(longest, delay);
        if (kiosk.clock.nowSecs() >= nextSale) { // a booking or an order every 90 minutes
            const QString resident = QStringLiteral("res-000%1").arg(1 + (bookings + orders) % 8);
            if ((bookings + orders) % 2 == 0) {
                const qint64 start
                    = QDateTime(bookedDay, QTime(9 + bookings / 3, 0), kiosk.zone).toSecsSinceEpoch();
                EXPECT_FALSE(kiosk.book(resident, bookedRooms[bookings % 3], start).isEmpty());
                ++bookings;
            } else {
                EXPECT_FALSE(kiosk.orderMeal(resident).isEmpty());
                ++orders;
            }
            nextSale += 90 * 60;
            // As the app does after a sale; while backing off it does not bring the retry forward.
            kiosk.engine->localChange();
            EXPECT_GE(kiosk.engine->nextDelay(), delay - std::chrono::seconds(1)) << "retry " << retries;
        }
        kiosk.clock.advanceSecs(
            std::min<qint64>((delay.count() + 999) / 1000, dayEnd - kiosk.clock.nowSecs()));
    }
    EXPECT_TRUE(kiosk.engine->offline());
    EXPECT_GT(longest, std::chrono::minutes(4))
        << "backing off up to the 5-minute cap (x 0.99, the test's dice)";
    EXPECT_GE(retries, 24 * 3600 / 300) << "and trying again all day at that pace";
    EXPECT_EQ(bookings, 8);
    EXPECT_EQ(orders, 8);
    std::printf("a day down: %d retries, %lld events waiting\n", retries,
        static_cast<long long>(kiosk.outboxCount("result IS NULL")));
    ASSERT_GT(kiosk.outboxCount("result IS NULL"), 500) << "more than one request's worth";
    EXPECT_EQ(central.store().eventCount(), 0);

    ASSERT_TRUE(central.start()) << "back on the same port";
    QElapsedTimer drain;
    drain.start();
    for (int i = 0; i < 5 && kiosk.outboxCount("result IS NULL") > 0; ++i)
        EXPECT_TRUE(kiosk.syncOnce()) << kiosk.engine->problem().en.toStdString();
    std::printf("drained %lld events in %lld ms\n", static_cast<long long>(kiosk.outboxCount()),
        static_cast<long long>(drain.elapsed()));
    EXPECT_EQ(kiosk.outboxCount("result IS NULL"), 0) << "nothing lost";
    EXPECT_EQ(kiosk.outboxCount("result = 'accepted'"), kiosk.outboxCount());
    EXPECT_FALSE(kiosk.engine->offline());
    EXPECT_EQ(central.store().eventCount(), kiosk.outboxCount()) << "nothing doubled";
    // In order: the server received them in the kiosk's sequence, as they were made over the day.
    auto q = kiosk.db->prepare("SELECT event_id, kind FROM outbox ORDER BY seq");
    qint64 lastSeq = 0, lastReceived = 0, firstOccurred = -1, lastOccurred = 0;
    int bookingEvents = 0, orderEvents = 0;
    while (q.step()) {
        const auto stored = central.store().event(q.text(0));
        ASSERT_TRUE(stored.has_value()) << q.text(0).toStdString();
        EXPECT_EQ(stored->kind, q.text(1));
        EXPECT_GT(stored->seq, lastSeq);
        EXPECT_GE(stored->receivedAtMs, lastReceived);
        EXPECT_GE(stored->occurredAtMs, lastOccurred);
        lastSeq = stored->seq;
        lastReceived = stored->receivedAtMs;
        lastOccurred = stored->occurredAtMs;
        if (firstOccurred < 0)
            firstOccurred = stored->occurredAtMs;
        if (stored->kind == u"booking.created")
            ++bookingEvents;
        if (stored->kind == u"meal_order.created")
            ++orderEvents;
    }
    EXPECT_EQ(bookingEvents, bookings);
    EXPECT_EQ(orderEvents, orders);
    EXPECT_GE(lastOccurred - firstOccurred, (24 * 3600 - 300) * 1000LL) << "made throughout the day";
}

TEST_F(SyncWithCentral, AClockTenMinutesOffLearnsTheOffsetAndStopsJudgingTickets)
{
    for (const int minutes : { 10, -10 }) {
        CentralProcess central;
        KioskUnderTest kiosk;
        enrolAndConnect(central, kiosk, central.port());
        kiosk.clock.advanceSecs(minutes * 60);
        kiosk.addNotes(2);
        ASSERT_TRUE(kiosk.syncOnce()) << "stale, then the offset taken and one retry";
        EXPECT_NEAR(static_cast<double>(kiosk.engine->clockOffsetMs()), -minutes * 60'000.0, 5'000.0);
        EXPECT_EQ(kiosk.outboxCount("result IS NULL"), 0);
        EXPECT_FALSE(clock_trust::localClockTrusted()) << "tickets are not judged by this clock";
        EXPECT_NEAR(
            static_cast<double>(sync::loadSyncState(*kiosk.db).clockOffsetMs), -minutes * 60'000.0, 5'000.0);
        clock_trust::setServerOffsetMs(0);
    }
}

TEST_F(SyncWithCentral, ForgedAndReplayedRepliesAreRefusedAndChangeNothing)
{
    CentralProcess central;
    LoopbackProxy proxy(central.port());
    KioskUnderTest kiosk;
    enrolAndConnect(central, kiosk, proxy.port());
    ASSERT_TRUE(kiosk.syncOnce()); // a reply to replay later
    const quint64 cursor = sync::loadSyncState(*kiosk.db).cursor;

    kiosk.addNotes(3);
    proxy.setMode(LoopbackProxy::Mode::Tamper);
    EXPECT_FALSE(kiosk.syncOnce());
    EXPECT_TRUE(kiosk.engine->problem().en.contains(QStringLiteral("signature")))
        << kiosk.engine->problem().en.toStdString();
    EXPECT_EQ(kiosk.outboxCount("result IS NULL"), 3) << "nothing of a forged reply is applied";

    proxy.setMode(LoopbackProxy::Mode::Forward);
    ASSERT_TRUE(kiosk.syncOnce()); // kept as the reply to replay
    kiosk.addNotes(2);
    proxy.setMode(LoopbackProxy::Mode::Replay);
    EXPECT_FALSE(kiosk.syncOnce());
    EXPECT_TRUE(kiosk.engine->problem().en.contains(QStringLiteral("signature")))
        << kiosk.engine->problem().en.toStdString();
    EXPECT_EQ(kiosk.outboxCount("result IS NULL"), 2) << "a replayed reply answers nothing";
    EXPECT_GE(sync::loadSyncState(*kiosk.db).cursor, cursor);
}

TEST_F(SyncWithCentral, ARoomRemovedAtTheCentralReachesTheKioskAsADeletion)
{
    TempDir content;
    copyDemoContent(content.path());
    CentralProcess central(content.path());
    KioskUnderTest kiosk;
    enrolAndConnect(central, kiosk, central.port());
    ASSERT_TRUE(kiosk.syncOnce());
    auto roomCount = [&kiosk](const char *id) {
        auto q = kiosk.db->prepare("SELECT count(*) FROM room WHERE id = ?");
        q.bind(1, id).step();
        return q.int64(0);
    };
    ASSERT_EQ(roomCount("room-party"), 1);

    QFile file(QDir(content.path()).filePath(QStringLiteral("rooms.json")));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    QJsonArray rooms = QJsonDocument::fromJson(file.readAll()).array();
    file.close();
    for (qsizetype i = 0; i < rooms.size(); ++i)
        if (rooms[i].toObject().value(QStringLiteral("id")).toString() == u"room-party")
            rooms.removeAt(i--);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QJsonDocument(rooms).toJson());
    file.close();
    const CommandRun imported = runCentral(central.db(), { QStringLiteral("import"), content.path() });
    ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();

    ASSERT_TRUE(kiosk.syncOnce());
    EXPECT_EQ(roomCount("room-party"), 0);
    EXPECT_EQ(roomCount("room-dance"), 1);
}

TEST_F(SyncWithCentral, AResidentAddedCentrallySignsInWithTheirPinAndARemovedOneCannot)
{
    TempDir content;
    copyDemoContent(content.path());
    editList(content.path(), "residents.json", [](QJsonArray &people) {
        people.append(QJsonObject{ { QStringLiteral("id"), QStringLiteral("res-0900") },
            { QStringLiteral("name"), QStringLiteral("钱秀兰") },
            { QStringLiteral("card"), QStringLiteral("3301059900") },
            { QStringLiteral("phone"), QStringLiteral("13800009900") },
            { QStringLiteral("pin"), QStringLiteral("246810") },
            { QStringLiteral("birth_date"), QStringLiteral("1941-06-02") } });
    });
    CentralProcess central(content.path());
    KioskUnderTest kiosk;
    enrolAndConnect(central, kiosk, central.port());
    auto signIn = [&kiosk](const char *pin) {
        return residents::identifyByPin(
            *kiosk.db, kiosk.clock, kiosk.zone, QStringLiteral("13800009900"), QString::fromLatin1(pin));
    };
    EXPECT_FALSE(signIn("246810").ok) << "not on this kiosk before a sync";
    ASSERT_TRUE(kiosk.syncOnce());
    const auto signedIn = signIn("246810");
    ASSERT_TRUE(signedIn.ok) << signedIn.reason.en.toStdString();
    EXPECT_EQ(signedIn.value.residentId, QStringLiteral("res-0900"));

    editList(content.path(), "residents.json", [](QJsonArray &people) {
        for (qsizetype i = 0; i < people.size(); ++i)
            if (people[i].toObject().value(QStringLiteral("id")).toString() == u"res-0900")
                people.removeAt(i--);
    });
    const CommandRun imported = runCentral(central.db(), { QStringLiteral("import"), content.path() });
    ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    EXPECT_TRUE(imported.out.contains(QStringLiteral("0 added, 0 changed, 1 removed")))
        << imported.out.toStdString();
    ASSERT_TRUE(kiosk.syncOnce());
    EXPECT_FALSE(signIn("246810").ok);
    EXPECT_FALSE(residents::identifyByCard(*kiosk.db, QStringLiteral("3301059900")).ok);
    auto named = kiosk.db->prepare("SELECT count(*) FROM resident WHERE id = 'res-0900' AND name <> ''");
    named.step();
    EXPECT_EQ(named.int64(0), 0) << "nothing left that names her";
}

TEST_F(SyncWithCentral, ADishRemovedAtTheCentralLeavesTheKiosksMenu)
{
    TempDir content;
    copyDemoContent(content.path());
    CentralProcess central(content.path());
    KioskUnderTest kiosk;
    enrolAndConnect(central, kiosk, central.port());
    ASSERT_TRUE(kiosk.syncOnce());
    const QDate tomorrow = kiosk.clock.nowUtc().toTimeZone(kiosk.zone).date().addDays(1);
    auto onMenu = [&](const char *dish) {
        for (const canteen::MenuOffer &o : canteen::menuFor(*kiosk.db, tomorrow, canteen::MealPeriod::Lunch))
            if (o.dishId == QLatin1String(dish))
                return true;
        return false;
    };
    ASSERT_TRUE(onMenu("dish-set-b"));

    QFile file(QDir(content.path()).filePath(QStringLiteral("canteen.json")));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    QJsonObject canteen = QJsonDocument::fromJson(file.readAll()).object();
    file.close();
    QJsonArray meals = canteen.value(QStringLiteral("menus")).toArray();
    for (qsizetype m = 0; m < meals.size(); ++m) {
        QJsonObject meal = meals[m].toObject();
        QJsonArray items = meal.value(QStringLiteral("items")).toArray();
        for (qsizetype i = 0; i < items.size(); ++i)
            if (items[i].toObject().value(QStringLiteral("dish_id")).toString() == u"dish-set-b")
                items.removeAt(i--);
        meal.insert(QStringLiteral("items"), items);
        meals[m] = meal;
    }
    canteen.insert(QStringLiteral("menus"), meals);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QJsonDocument(canteen).toJson());
    file.close();
    const CommandRun imported = runCentral(central.db(), { QStringLiteral("import"), content.path() });
    ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    EXPECT_TRUE(imported.out.contains(QStringLiteral("0 added, 1 changed, 0 removed")))
        << imported.out.toStdString();

    ASSERT_TRUE(kiosk.syncOnce()) << kiosk.engine->problem().en.toStdString();
    EXPECT_FALSE(onMenu("dish-set-b"));
    EXPECT_TRUE(onMenu("dish-set-a"));
}

TEST_F(SyncWithCentral, ARevokedKioskWipesItsResidentsAndGoesOutOfService)
{
    CentralProcess central;
    KioskUnderTest kiosk;
    enrolAndConnect(central, kiosk, central.port());
    kiosk.bookDance(QStringLiteral("res-0003"), 2);
    ASSERT_TRUE(kiosk.syncOnce());
    const QString id = sync::loadSyncState(*kiosk.db).kioskId;
    const CommandRun revoked = runCentral(central.db(), { QStringLiteral("revoke"), id });
    ASSERT_EQ(revoked.exitCode, 0) << revoked.err.toStdString();

    bool told = false;
    QObject::connect(kiosk.engine.get(), &sync::SyncEngine::revoked, [&told] { told = true; });
    EXPECT_FALSE(kiosk.syncOnce());
    EXPECT_TRUE(told);
    EXPECT_EQ(kiosk.engine->status(), sync::SyncEngine::Status::Revoked);
    auto q = kiosk.db->prepare(
        "SELECT count(*) FROM resident WHERE name <> '' OR card IS NOT NULL OR phone IS NOT "
        "NULL OR pin_hash IS NOT NULL");
    q.step();
    EXPECT_EQ(q.int64(0), 0);
    EXPECT_FALSE(sync::revokedReason(*kiosk.db).isEmpty()) << "out of service at the next start too";
}

TEST_F(SyncWithCentral, HttpsTrustsOnlyThePinnedCertificate)
{
    const QString cert = QStringLiteral(LINLI_TEST_DATA_DIR "/central/test_server.crt");
    const QString key = QStringLiteral(LINLI_TEST_DATA_DIR "/central/test_server.key");
    CentralProcess central({}, { QStringLiteral("--tls-cert"), cert, QStringLiteral("--tls-key"), key });
    const QString url = QStringLiteral("https://127.0.0.1:%1").arg(central.port());

    KioskUnderTest noCa;
    EXPECT_FALSE(noCa.enrolAt(url, central.enrolmentCode()));
    EXPECT_TRUE(noCa.lastEnrolMessage.en.contains(QStringLiteral("server_ca")))
        << noCa.lastEnrolMessage.en.toStdString();

    // The system's trust store (or any other CA) does not vouch for this server.
    KioskUnderTest otherCa;
    EXPECT_FALSE(
        otherCa.enrolAt(url, central.enrolmentCode(), QStringLiteral("/etc/ssl/certs/ca-certificates.crt")));
    EXPECT_TRUE(otherCa.lastEnrolMessage.en.contains(QStringLiteral("Cannot reach")))
        << otherCa.lastEnrolMessage.en.toStdString();

    KioskUnderTest kiosk;
    ASSERT_TRUE(kiosk.enrolAt(url, central.enrolmentCode(), cert)) << kiosk.lastEnrolMessage.en.toStdString();
    kiosk.connectToUrl(url, cert);
    kiosk.bookDance(QStringLiteral("res-0005"), 3);
    ASSERT_TRUE(kiosk.syncOnce()) << kiosk.engine->problem().en.toStdString();
    EXPECT_EQ(kiosk.outboxCount("result IS NULL"), 0);
    EXPECT_EQ(central.store().eventCount(), kiosk.outboxCount());
}

TEST_F(SyncWithCentral, PlainHttpToAnotherMachineIsRefused)
{
    KioskUnderTest kiosk;
    EXPECT_FALSE(kiosk.enrolAt(QStringLiteral("http://192.0.2.10:8765"), QStringLiteral("ABCDEFGHJKLM")));
    EXPECT_TRUE(kiosk.lastEnrolMessage.en.contains(QStringLiteral("only for loopback")))
        << kiosk.lastEnrolMessage.en.toStdString();
    EXPECT_FALSE(kiosk.lastEnrolMessage.zh.isEmpty());
}

// The fleet sets a hall's settings centrally (config.json); a kiosk takes them at its next start,
// over /etc/linli, under what staff changed at this kiosk, and never the ones that would move it
// to another server or data directory. A removed record gives the kiosk back its own.
TEST_F(SyncWithCentral, TheHallsSettingsFromTheCentralApplyAtTheNextStartUnderTheKiosksOwn)
{
    TempDir content;
    copyDemoContent(content.path());
    auto writeConfig = [&](const QByteArray &json) {
        QFile file(QDir(content.path()).filePath(QStringLiteral("config.json")));
        ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(json);
    };
    writeConfig(R"({"kiosk": {"idle_timeout_secs": 150, "language": "en"},
        "sync": {"interval_secs": 300, "server_url": "https://elsewhere.example"},
        "storage": {"data_dir": "/tmp/elsewhere"}})");
    CentralProcess central(content.path());
    KioskUnderTest kiosk;
    enrolAndConnect(central, kiosk, central.port());
    ASSERT_TRUE(kiosk.syncOnce());

    const QString dataDir = QFileInfo(kiosk.db->path()).absolutePath();
    {
        QFile local(config::overrideFileIn(dataDir));
        ASSERT_TRUE(local.open(QIODevice::WriteOnly));
        local.write("[kiosk]\nidle_timeout_secs=200\n");
    }
    const config::KioskConfig next
        = config::loadKioskConfig(QString(), config::overrideFileIn(dataDir)).config;
    EXPECT_EQ(next.idleTimeoutSecs, 200) << "staff's own setting at this kiosk wins";
    EXPECT_EQ(next.syncIntervalSecs, 300);
    EXPECT_EQ(next.startLanguage, Language::English);
    EXPECT_TRUE(next.syncServerUrl.isEmpty()) << "a hall's settings never move a kiosk to another server";
    EXPECT_TRUE(next.dataDir.isEmpty());

    writeConfig("[]");
    const CommandRun imported = runCentral(central.db(), { QStringLiteral("import"), content.path() });
    ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    ASSERT_TRUE(kiosk.syncOnce());
    const config::KioskConfig after
        = config::loadKioskConfig(QString(), config::overrideFileIn(dataDir)).config;
    EXPECT_EQ(after.syncIntervalSecs, 60);
    EXPECT_EQ(after.startLanguage, Language::Chinese);
}

} // namespace
} // namespace linli::test
