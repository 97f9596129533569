// Outbox to SyncRequest: unanswered events in seq order, at most 500, with cursor and health.
#include "sync/outbox_results.h"
#include "sync_fixture.h"

namespace linli::sync::test {
namespace {

using SyncRequestTest = SyncFixture;

TEST_F(SyncRequestTest, CarriesTheOutboxInSeqOrderWithCursorAndHealth)
{
    const QString booking = bookDance();
    const QString order = orderLunch();
    const v1::SyncRequest r = request(42);
    EXPECT_EQ(r.schema_version(), 1u);
    EXPECT_EQ(r.kiosk_id(), "kiosk-test");
    EXPECT_EQ(r.cursor(), 42u);
    ASSERT_GE(r.events_size(), 2);
    for (int i = 1; i < r.events_size(); ++i)
        EXPECT_EQ(r.events(i).seq(), r.events(i - 1).seq() + 1) << "seq without gaps, in order";
    EXPECT_EQ(r.events(0).kind(), "booking.created");
    EXPECT_NE(r.events(0).payload().find(booking.toStdString()), std::string::npos);
    bool sawOrder = false;
    for (const auto &e : r.events())
        sawOrder = sawOrder
            || (e.kind() == "meal_order.created"
                && e.payload().find(order.toStdString()) != std::string::npos);
    EXPECT_TRUE(sawOrder);
    EXPECT_EQ(r.events(0).occurred_at_ms(), clock.nowUtc().toMSecsSinceEpoch());
    EXPECT_EQ(r.health().outbox_depth(), static_cast<quint64>(r.events_size()));
    EXPECT_EQ(r.health().software_version(), "test");
    EXPECT_EQ(r.health().disk_free_bytes(), 1234u);
    EXPECT_EQ(r.health().local_time_ms(), clock.nowUtc().toMSecsSinceEpoch());
}

TEST_F(SyncRequestTest, AnsweredEventsAreNotSentAgain)
{
    bookDance();
    orderLunch();
    const v1::SyncRequest first = request();
    v1::SyncResponse response = emptyResponse();
    addResult(response, first.events(0), true);
    applyResults(*db, first, response, clock.nowSecs());
    const v1::SyncRequest second = request();
    EXPECT_EQ(second.events_size(), first.events_size() - 1);
    EXPECT_EQ(second.events(0).event_id(), first.events(1).event_id());
    EXPECT_EQ(second.health().outbox_depth(), static_cast<quint64>(first.events_size() - 1));
}

TEST_F(SyncRequestTest, AtMost500EventsARequestTheRestNextTime)
{
    for (int i = 0; i < 620; ++i)
        db->prepare("INSERT INTO outbox(event_id, kind, occurred_at_utc, payload) VALUES (?, 'test.event', "
                    "1, '{}')")
            .bind(1, QStringLiteral("evt-%1").arg(i))
            .run();
    const v1::SyncRequest r = request();
    EXPECT_EQ(r.events_size(), wire::kMaxEventsPerRequest);
    EXPECT_EQ(r.health().outbox_depth(), 620u);
    EXPECT_EQ(r.events(0).event_id(), "evt-0");
    EXPECT_EQ(r.events(499).event_id(), "evt-499");
}

TEST_F(SyncRequestTest, SignatureCoversBodyTimeAndNonce)
{
    bookDance();
    const QByteArray body = QByteArray::fromStdString(request().SerializeAsString());
    const QByteArray nonce = wire::newNonce();
    const SignedRequest s = signRequest(body, kSecret, QStringLiteral("kiosk-test"), 1000, nonce);
    EXPECT_EQ(s.signature, wire::requestSignature(kSecret, "POST", "/v1/sync", 1000, nonce, body));
    EXPECT_NE(
        s.signature, signRequest(body + "x", kSecret, QStringLiteral("kiosk-test"), 1000, nonce).signature);
    EXPECT_NE(s.signature, signRequest(body, kSecret, QStringLiteral("kiosk-test"), 1001, nonce).signature);
    EXPECT_EQ(s.kioskId, "kiosk-test");
}

} // namespace
} // namespace linli::sync::test
