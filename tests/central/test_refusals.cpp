#include "central_harness.h"
#include "store/central_store.h"
#include "wire/wire.h"

#include <gtest/gtest.h>
#include <QElapsedTimer>
#include <QTcpSocket>

using namespace linli;
using namespace linli::test;

namespace {

// A kiosk with one event to push, and what the server held before each refused attempt.
class CentralRefusals : public ::testing::Test {
protected:
    CentralProcess central;
    TestKiosk kiosk{ central };
    v1::OutboxEvent audit = kiosk.event(QStringLiteral("voucher.used"), R"({"note": "x"})");
    QByteArray body = serialized(kiosk.request({ audit }));

    // The refusal carries the code, words in both languages and the server's time, and nothing
    // was stored.
    void expectRefused(const HttpReply &reply, int status, const char *code)
    {
        EXPECT_EQ(reply.status, status);
        const v1::ErrorResponse e = reply.error();
        EXPECT_EQ(e.code(), code);
        EXPECT_FALSE(e.message_zh().empty());
        EXPECT_FALSE(e.message_en().empty());
        EXPECT_NEAR(e.server_time_ms(), nowMs(), 60000);
        EXPECT_EQ(central.store().eventCount(), 0) << code;
        EXPECT_FALSE(central.store().kiosk(kiosk.id())->lastSeenMs.has_value()) << code;
    }
};

} // namespace

TEST_F(CentralRefusals, GarbageIsABadRequest)
{
    expectRefused(kiosk.send("\x0a\xff\xff\xff\xff\xff this is not protobuf"), 400, "bad_request");
    EXPECT_TRUE(kiosk.lastResponseSigned());
}

TEST_F(CentralRefusals, ATruncatedBodyIsRefused)
{
    // Cut inside the event's length-delimited field: signed as sent, it does not parse; signed
    // before it was cut, the signature no longer matches.
    const QByteArray cut = body.left(body.size() - 20);
    v1::SyncRequest probe;
    ASSERT_FALSE(probe.ParseFromArray(cut.constData(), static_cast<int>(cut.size())));
    expectRefused(kiosk.send(cut), 400, "bad_request");

    const QByteArray nonce = wire::newNonce();
    const qint64 time = nowMs();
    const HttpReply reply = post(central.port(), "/v1/sync", cut,
        { { wire::kKioskHeader, kiosk.id().toUtf8() }, { wire::kTimeHeader, QByteArray::number(time) },
            { wire::kNonceHeader, nonce },
            { wire::kSignatureHeader,
                wire::requestSignature(kiosk.secret(), "POST", "/v1/sync", time, nonce, body) } });
    expectRefused(reply, 401, "bad_signature");
}

TEST_F(CentralRefusals, AnOversizedBodyIsRefusedBeforeItIsRead)
{
    expectRefused(kiosk.send(QByteArray(wire::kMaxRequestBytes + 1, 'x')), 413, "too_large");
}

TEST_F(CentralRefusals, AnUnknownSchemaVersionIsRefused)
{
    v1::SyncRequest future = kiosk.request({ audit });
    future.set_schema_version(2);
    expectRefused(kiosk.send(serialized(future)), 400, "unsupported_version");
}

TEST_F(CentralRefusals, AnUnsignedRequestIsRefused)
{
    expectRefused(post(central.port(), "/v1/sync", body), 401, "unsigned");
    expectRefused(post(central.port(), "/v1/sync", body, { { wire::kKioskHeader, kiosk.id().toUtf8() } }),
        401, "unsigned");
}

TEST_F(CentralRefusals, AWrongSignatureIsRefused)
{
    const QByteArray nonce = wire::newNonce();
    const qint64 time = nowMs();
    QByteArray otherSecret = kiosk.secret();
    otherSecret[0] = static_cast<char>(otherSecret[0] ^ 1);
    const HttpReply reply = post(central.port(), "/v1/sync", body,
        { { wire::kKioskHeader, kiosk.id().toUtf8() }, { wire::kTimeHeader, QByteArray::number(time) },
            { wire::kNonceHeader, nonce },
            { wire::kSignatureHeader,
                wire::requestSignature(otherSecret, "POST", "/v1/sync", time, nonce, body) } });
    expectRefused(reply, 401, "bad_signature");
}

TEST_F(CentralRefusals, AStaleRequestIsRefusedAndTellsTheServersTime)
{
    expectRefused(kiosk.send(body, nowMs() - 6 * 60 * 1000), 401, "stale");
    EXPECT_TRUE(kiosk.lastResponseSigned());
    expectRefused(kiosk.send(body, nowMs() + 10 * 60 * 1000), 401, "stale");
}

TEST_F(CentralRefusals, AReplayedRequestIsRefused)
{
    const QByteArray nonce = wire::newNonce();
    const qint64 time = nowMs();
    ASSERT_EQ(kiosk.send(body, time, nonce).status, 200);
    const qint64 events = central.store().eventCount();
    const HttpReply replay = kiosk.send(body, time, nonce);
    EXPECT_EQ(replay.status, 401);
    EXPECT_EQ(replay.error().code(), "replayed");
    EXPECT_TRUE(kiosk.lastResponseSigned());
    EXPECT_EQ(central.store().eventCount(), events);
}

TEST_F(CentralRefusals, AnUnknownKioskIsRefused)
{
    const QByteArray nonce = wire::newNonce();
    const qint64 time = nowMs();
    const HttpReply reply = post(central.port(), "/v1/sync", body,
        { { wire::kKioskHeader, "kiosk-nobody" }, { wire::kTimeHeader, QByteArray::number(time) },
            { wire::kNonceHeader, nonce },
            { wire::kSignatureHeader,
                wire::requestSignature(kiosk.secret(), "POST", "/v1/sync", time, nonce, body) } });
    expectRefused(reply, 401, "unknown_kiosk");
}

TEST_F(CentralRefusals, AnotherKiosksIdInTheBodyIsRefused)
{
    v1::SyncRequest other = kiosk.request({ audit });
    other.set_kiosk_id("kiosk-someone-else");
    expectRefused(kiosk.send(serialized(other)), 400, "bad_request");
}

TEST_F(CentralRefusals, MoreThan500EventsAreRefused)
{
    QList<v1::OutboxEvent> many;
    for (int i = 0; i < wire::kMaxEventsPerRequest + 1; ++i)
        many << kiosk.event(QStringLiteral("voucher.used"), "{}");
    expectRefused(kiosk.send(serialized(kiosk.request(many))), 400, "bad_request");
}

TEST_F(CentralRefusals, ARevokedKioskIsToldSoInASignedAnswer)
{
    const CommandRun revoked = runCentral(central.db(), { QStringLiteral("revoke"), kiosk.id() });
    ASSERT_EQ(revoked.exitCode, 0) << revoked.err.toStdString();
    const HttpReply reply = kiosk.send(body);
    expectRefused(reply, 403, "revoked");
    EXPECT_TRUE(kiosk.lastResponseSigned());
    const CommandRun status = runCentral(central.db(), { QStringLiteral("status") });
    EXPECT_TRUE(status.out.contains(QStringLiteral("revoked")));
    EXPECT_EQ(runCentral(central.db(), { QStringLiteral("revoke"), kiosk.id() }).exitCode, 1);
}

TEST_F(CentralRefusals, OtherPathsAndMethodsAreNotFound)
{
    EXPECT_EQ(post(central.port(), "/v1/nothing", body).status, 404);
}

TEST_F(CentralRefusals, ADeclaredOversizedBodyIsRefusedBeforeItIsSent)
{
    // Only the headers go out: the answer must come without the server waiting for 5 MB.
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), central.port());
    ASSERT_TRUE(socket.waitForConnected(5000));
    socket.write("POST /v1/sync HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-protobuf\r\n"
                 "Content-Length: 5000000\r\n\r\n");
    QByteArray in;
    QElapsedTimer timer;
    timer.start();
    while (!in.contains("\r\n\r\n") && timer.elapsed() < 5000) {
        socket.waitForReadyRead(50);
        in += socket.readAll();
    }
    EXPECT_TRUE(in.startsWith("HTTP/1.1 413")) << in.toStdString();
    EXPECT_EQ(central.store().eventCount(), 0);

    // The connection's other requests are not fooled by a body that looks like headers.
    const QByteArray tricky = "\r\n\r\nPOST /v1/sync HTTP/1.1\r\nContent-Length: 9999999\r\n\r\n";
    EXPECT_EQ(kiosk.send(tricky).status, 400);
}
