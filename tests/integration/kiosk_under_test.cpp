#include "kiosk_under_test.h"

#include "information/hall.h"
#include "sync/enrolment.h"

#include <gtest/gtest.h>
#include <QEventLoop>
#include <QTimer>
#include <QUuid>

namespace linli::test {

KioskUnderTest::KioskUnderTest()
    : clock(QDateTime::currentDateTimeUtc())
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
    const auto booked = rooms->book(residentId, QStringLiteral("room-dance"), start, 1);
    EXPECT_TRUE(booked.ok) << booked.reason.en.toStdString();
    return booked.value.id;
}

} // namespace linli::test
