#include "central_harness.h"
#include "store/central_store.h"
#include "wire/wire.h"

#include <gtest/gtest.h>
#include <QTcpSocket>

using namespace linli;
using namespace linli::test;

namespace {

QByteArray auditPayload(int n)
{
    return QStringLiteral(R"({"note": "audit %1"})").arg(n).toUtf8();
}

} // namespace

TEST(CentralPush, EventsGetResultsInTheRequestsOrderAndTheResponseIsSigned)
{
    CentralProcess central;
    TestKiosk kiosk(central);
    const auto a = kiosk.event(QStringLiteral("voucher.used"), auditPayload(1));
    const auto b = kiosk.event(QStringLiteral("booking.checked_in"), auditPayload(2));
    const v1::SyncResponse r = kiosk.sync(kiosk.request({ a, b }));
    ASSERT_EQ(r.results_size(), 2);
    EXPECT_EQ(r.results(0).event_id(), a.event_id());
    EXPECT_EQ(r.results(1).event_id(), b.event_id());
    EXPECT_EQ(r.results(0).status(), v1::EventResult::STATUS_ACCEPTED);
    EXPECT_EQ(r.results(1).status(), v1::EventResult::STATUS_ACCEPTED);
    EXPECT_NEAR(r.server_time_ms(), nowMs(), 60000);
    EXPECT_EQ(central.store().eventCount(), 2);
    const auto stored = central.store().event(QString::fromStdString(a.event_id()));
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->kioskId, kiosk.id());
    EXPECT_EQ(stored->payload, auditPayload(1));
}

TEST(CentralPush, AResentEventGetsItsStoredResultAndStaysOneRecord)
{
    CentralProcess central;
    TestKiosk kiosk(central);
    const auto signup = kiosk.event(QStringLiteral("event.signed_up"),
        R"({"signup_id": "s-1", "event_id": "evt-nowhere", "resident_id": "res-0001", "status": "confirmed"})");
    const v1::SyncResponse first = kiosk.sync(kiosk.request({ signup }));
    ASSERT_EQ(first.results_size(), 1);
    EXPECT_EQ(first.results(0).status(), v1::EventResult::STATUS_REJECTED);
    EXPECT_EQ(first.results(0).reason_code(), "unknown_event");
    EXPECT_FALSE(first.results(0).reason_zh().empty());
    EXPECT_FALSE(first.results(0).reason_en().empty());
    for (int i = 0; i < 3; ++i) { // the reply was lost: the kiosk sends it again
        const v1::SyncResponse again = kiosk.sync(kiosk.request({ signup }));
        ASSERT_EQ(again.results_size(), 1);
        EXPECT_EQ(again.results(0).SerializeAsString(), first.results(0).SerializeAsString());
    }
    EXPECT_EQ(central.store().eventCount(), 1);
}

TEST(CentralPush, DuplicatedAndReorderedDeliveriesApplyEachEventOnce)
{
    CentralProcess central;
    TestKiosk kiosk(central);
    const auto seat = [&](const char *signup) {
        return kiosk.event(QStringLiteral("event.signed_up"),
            QStringLiteral(
                R"({"signup_id": "%1", "event_id": "evt-health-check-today", "resident_id": "res-0001", "status": "confirmed"})")
                .arg(QLatin1String(signup))
                .toUtf8());
    };
    const auto s1 = seat("s-1"), s2 = seat("s-2");
    const auto cancel1 = kiosk.event(QStringLiteral("event.cancelled"),
        R"({"signup_id": "s-1", "event_id": "evt-health-check-today", "resident_id": "res-0001", "status": "cancelled"})");
    // The later request arrives first, and one event comes twice within a request.
    const v1::SyncResponse later = kiosk.sync(kiosk.request({ cancel1, s2, s2 }));
    ASSERT_EQ(later.results_size(), 3);
    EXPECT_EQ(later.results(1).SerializeAsString(), later.results(2).SerializeAsString());
    const v1::SyncResponse earlier = kiosk.sync(kiosk.request({ s2, s1 }));
    ASSERT_EQ(earlier.results_size(), 2);
    EXPECT_EQ(earlier.results(0).event_id(), s2.event_id());
    EXPECT_EQ(earlier.results(1).event_id(), s1.event_id());
    for (const auto &r : earlier.results())
        EXPECT_EQ(r.status(), v1::EventResult::STATUS_ACCEPTED);
    EXPECT_EQ(central.store().eventCount(), 3);
    // s-1 was cancelled before its sign-up arrived: only s-2 holds a seat.
    EXPECT_EQ(central.store().sold(QStringLiteral("event:evt-health-check-today")), 1);
}

TEST(CentralPush, HealthReachesStatus)
{
    CentralProcess central;
    TestKiosk kiosk(central);
    v1::SyncRequest r = kiosk.request();
    r.mutable_health()->set_software_version("1.2.3");
    r.mutable_health()->set_outbox_depth(17);
    r.mutable_health()->set_local_time_ms(nowMs() - 90'000);
    r.mutable_health()->add_errors("printer: paper out");
    kiosk.sync(r);
    const auto row = central.store().kiosk(kiosk.id());
    ASSERT_TRUE(row);
    EXPECT_EQ(row->outboxDepth, 17);
    EXPECT_NEAR(row->clockOffsetMs, 90'000, 30'000);
    const CommandRun status = runCentral(central.db(), { QStringLiteral("status") });
    EXPECT_EQ(status.exitCode, 0);
    EXPECT_TRUE(status.out.contains(kiosk.id())) << status.out.toStdString();
    EXPECT_TRUE(status.out.contains(QStringLiteral("1.2.3")));
    EXPECT_TRUE(status.out.contains(QStringLiteral("printer: paper out")));
}

TEST(CentralPush, AKioskThatHangsUpBeforeReadingTheReplyStillGetsOneRecord)
{
    CentralProcess central;
    TestKiosk kiosk(central);
    const auto order = kiosk.event(QStringLiteral("meal_order.created"),
        R"({"order_id": "o-1", "dish_id": "dish-set-a", "meal_date": "2027-03-02", "period": "lunch", "quantity": 1})");
    const QByteArray body = serialized(kiosk.request({ order }));
    for (int i = 0; i < 100; ++i) { // the request goes out, the connection drops before the answer
        QTcpSocket socket;
        socket.connectToHost(QStringLiteral("127.0.0.1"), central.port());
        ASSERT_TRUE(socket.waitForConnected(5000));
        const qint64 time = nowMs();
        const QByteArray nonce = wire::newNonce();
        socket.write("POST /v1/sync HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: "
            + QByteArray::number(body.size()) + "\r\n" + wire::kKioskHeader + ": " + kiosk.id().toUtf8()
            + "\r\n" + wire::kTimeHeader + ": " + QByteArray::number(time) + "\r\n" + wire::kNonceHeader
            + ": " + nonce + "\r\n" + wire::kSignatureHeader + ": "
            + wire::requestSignature(kiosk.secret(), "POST", "/v1/sync", time, nonce, body) + "\r\n\r\n"
            + body);
        socket.waitForBytesWritten(1000);
        socket.abort();
    }
    EXPECT_EQ(central.store().eventCount(), 1); // the server took it while the kiosk was gone
    const v1::SyncResponse r = kiosk.sync(kiosk.request({ order }));
    ASSERT_EQ(r.results_size(), 1);
    EXPECT_EQ(r.results(0).status(), v1::EventResult::STATUS_ACCEPTED);
    EXPECT_EQ(central.store().eventCount(), 1);
    EXPECT_TRUE(central.running());
}
