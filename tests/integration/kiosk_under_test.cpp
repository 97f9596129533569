#include "kiosk_under_test.h"

#include "../central/central_harness.h"
#include "canteen/menu.h"
#include "information/hall.h"
#include "store/sqlite_central_store.h"
#include "sync/enrolment.h"

#include <gtest/gtest.h>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>
#include <QUuid>

namespace linli::test {

KioskUnderTest::KioskUnderTest(const QDateTime &start)
    : clock(start)
{
    startup::DatabaseSetup setup;
    setup.dataDir = dir.path();
    setup.contentDir = QStringLiteral(LINLI_DEMO_DIR);
    setup.pinCost = residents::PinCost::Cheap;
    auto opened = startup::openKioskDatabase(setup, clock.nowUtc());
    if (!opened.ok())
        throw std::runtime_error(opened.outOfServiceReason.en.toStdString());
    db.emplace(std::move(*opened.database));
    key.emplace(std::move(*opened.ticketKey));
    zone = information::loadHall(*db)->timeZone;
    rooms.emplace(*db, clock, HallTime(zone));
    meals.emplace(*db, clock, HallTime(zone));
}

bool KioskUnderTest::enrol(quint16 port, const QString &code)
{
    return enrolAt(QStringLiteral("http://127.0.0.1:%1").arg(port), code);
}

bool KioskUnderTest::enrolAt(const QString &url, const QString &code, const QString &caFile)
{
    sync::EnrolRequestData request;
    request.url = url;
    request.caFile = caFile;
    request.code = code;
    request.dataDir = dir.path();
    request.ticketPublicKey = key->publicKey();
    request.softwareVersion = QStringLiteral("integration");
    const sync::EnrolOutcome outcome = sync::enrol(*db, request);
    lastEnrolMessage = outcome.message;
    return outcome.ok;
}

void KioskUnderTest::connectTo(quint16 port)
{
    connectToUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
}

void KioskUnderTest::connectToUrl(const QString &url, const QString &caFile)
{
    sync::EngineSettings settings;
    settings.dataDir = dir.path();
    settings.serverUrl = url;
    settings.caFile = caFile;
    settings.interval = std::chrono::seconds(3600); // the test says when
    settings.softwareVersion = QStringLiteral("integration");
    engine.reset();
    engine = std::make_unique<sync::SyncEngine>(*db, clock, settings, [] { return 0.99; });
}

bool KioskUnderTest::syncOnce(int timeoutMs)
{
    QEventLoop loop;
    bool ok = false;
    bool finished = false;
    auto c = QObject::connect(engine.get(), &sync::SyncEngine::exchangeFinished, &loop, [&](bool success) {
        ok = success;
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    engine->syncNow();
    if (!finished)
        loop.exec();
    QObject::disconnect(c);
    EXPECT_TRUE(finished) << "no answer within " << timeoutMs << " ms";
    return ok;
}

qint64 KioskUnderTest::outboxCount(const char *where)
{
    auto q = db->prepare(std::string("SELECT count(*) FROM outbox WHERE ") + where);
    q.step();
    return q.int64(0);
}

void KioskUnderTest::addNotes(int n)
{
    for (int i = 0; i < n; ++i)
        db->prepare(
              "INSERT INTO outbox(event_id, kind, occurred_at_utc, payload) VALUES (?, 'staff.note', ?, ?)")
            .bind(1, QUuid::createUuid().toString(QUuid::WithoutBraces))
            .bind(2, clock.nowSecs())
            .bind(3, QStringLiteral("{\"note\":%1}").arg(++m_notes))
            .run();
}

QString KioskUnderTest::bookDance(const QString &residentId, int hourOffset)
{
    const QDate tomorrow = clock.nowUtc().toTimeZone(zone).date().addDays(1);
    const qint64 start = QDateTime(tomorrow, QTime(10, 0), zone).toSecsSinceEpoch() + hourOffset * 3600LL;
    return book(residentId, QStringLiteral("room-dance"), start);
}

QString KioskUnderTest::book(const QString &residentId, const QString &roomId, qint64 startUtc)
{
    const auto booked = rooms->book(residentId, roomId, startUtc, 1);
    EXPECT_TRUE(booked.ok) << roomId.toStdString() << ": " << booked.reason.en.toStdString();
    return booked.value.id;
}

QString KioskUnderTest::orderMeal(const QString &residentId)
{
    const QDate today = clock.nowUtc().toTimeZone(zone).date();
    for (int day = 0; day < 7; ++day)
        for (const canteen::MealPeriod period : { canteen::MealPeriod::Lunch, canteen::MealPeriod::Dinner })
            for (const canteen::MenuOffer &offer : canteen::menuFor(*db, today.addDays(day), period)) {
                if (offer.orderByUtc <= clock.nowSecs() + 60 || offer.soldOut())
                    continue;
                canteen::OrderRequest request;
                request.residentId = residentId;
                request.offerId = offer.id;
                const auto ordered = meals->order(request);
                EXPECT_TRUE(ordered.ok) << offer.id.toStdString() << ": " << ordered.reason.en.toStdString();
                return ordered.value.id;
            }
    ADD_FAILURE() << "no meal open for orders in the week ahead";
    return {};
}

RestartableCentral::RestartableCentral()
    : m_db(m_dir.file(QStringLiteral("central.db")))
{
    const CommandRun imported
        = runCentral(m_db, { QStringLiteral("import"), QStringLiteral(LINLI_DEMO_DIR) });
    EXPECT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    EXPECT_TRUE(start());
}

RestartableCentral::~RestartableCentral()
{
    m_store.reset();
    stop();
}

QString RestartableCentral::enrolmentCode()
{
    const CommandRun r = runCentral(m_db,
        { QStringLiteral("enroll"), QStringLiteral("--hall"), QStringLiteral("hall-changzhengqiao"),
            QStringLiteral("--no-qr") });
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    return r.out.section(u'\n', 0, 0).trimmed();
}

void RestartableCentral::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.kill();
    m_process.waitForFinished(5000);
}

bool RestartableCentral::start()
{
    m_process.setProgram(QStringLiteral(LINLI_CENTRAL_BINARY));
    m_process.setArguments({ QStringLiteral("serve"), QStringLiteral("--listen"),
        QStringLiteral("127.0.0.1:%1").arg(m_port), QStringLiteral("--db"), m_db });
    // Its log goes to a file (an unread pipe would fill up and stall the server), kept across runs.
    m_process.setStandardErrorFile(m_dir.file(QStringLiteral("serve.log")), QIODevice::Append);
    m_process.start();
    QElapsedTimer timer;
    timer.start();
    while (!m_process.canReadLine() && m_process.state() != QProcess::NotRunning && timer.elapsed() < 20000)
        m_process.waitForReadyRead(100);
    const QByteArray first = m_process.readLine().trimmed(); // "listening on 127.0.0.1:41234"
    if (!first.startsWith("listening on 127.0.0.1:")) {
        ADD_FAILURE() << "linli-central serve said: " << first.toStdString();
        return false;
    }
    const auto port = static_cast<quint16>(first.mid(first.lastIndexOf(':') + 1).toUInt());
    if (m_port != 0 && port != m_port)
        return false;
    m_port = port;
    return true;
}

central::CentralStore &RestartableCentral::store()
{
    if (!m_store)
        m_store = std::make_unique<central::SqliteCentralStore>(m_db);
    return *m_store;
}

} // namespace linli::test
