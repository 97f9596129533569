#include "sync/sync_exchange.h"

#include "storage/database.h"
#include "sync/outbox_results.h"
#include "sync/sync_error.h"
#include "wire/wire.h"

namespace linli::sync {

namespace {

BadResponse bad(const QString &zh, const QString &en)
{
    return BadResponse({ zh, en });
}

} // namespace

v1::SyncRequest buildSyncRequest(
    storage::Database &db, const QString &kioskId, quint64 cursor, const Health &health, bool confirmNow)
{
    v1::SyncRequest request;
    request.set_schema_version(wire::kSchemaVersion);
    request.set_kiosk_id(kioskId.toStdString());
    request.set_cursor(cursor);
    request.set_confirm_now(confirmNow);
    addUnansweredEvents(db, request, wire::kMaxEventsPerRequest);
    v1::KioskHealth *h = request.mutable_health();
    h->set_software_version(health.softwareVersion.toStdString());
    h->set_outbox_depth(outboxDepth(db));
    h->set_local_time_ms(health.localTimeMs);
    h->set_disk_free_bytes(health.diskFreeBytes);
    for (const QString &error : health.errors.mid(0, 5))
        h->add_errors(error.toUtf8().left(200).toStdString());
    return request;
}

SignedRequest signRequest(const QByteArray &body, const QByteArray &secret, const QString &kioskId,
    qint64 timeMs, const QByteArray &nonce)
{
    SignedRequest s;
    s.body = body;
    s.kioskId = kioskId.toUtf8();
    s.nonce = nonce;
    s.timeMs = timeMs;
    s.signature = wire::requestSignature(secret, "POST", "/v1/sync", timeMs, nonce, body);
    return s;
}

VerifiedReply verifyReply(const HttpReply &reply, const QByteArray &secret, const QByteArray &requestNonce)
{
    if (reply.status == 0)
        throw bad(QStringLiteral("无法连接中心服务器：%1").arg(reply.networkError),
            QStringLiteral("The central server is unreachable: %1").arg(reply.networkError));
    if (reply.tooLarge || reply.body.size() > wire::kMaxResponseBytes)
        throw bad(QStringLiteral("中心服务器的回复超过 %1 字节，已拒收。").arg(wire::kMaxResponseBytes),
            QStringLiteral("The server's reply is over %1 bytes; refused.").arg(wire::kMaxResponseBytes));
    if (reply.signatureHeader.isEmpty() || reply.timeHeader.isEmpty())
        throw bad(QStringLiteral("中心服务器的回复（HTTP %1）没有签名，已拒收。").arg(reply.status),
            QStringLiteral("The server's reply (HTTP %1) is unsigned; refused.").arg(reply.status));
    bool timeOk = false;
    const qint64 timeMs = reply.timeHeader.toLongLong(&timeOk);
    const QByteArray expected
        = wire::responseSignature(secret, reply.status, requestNonce, timeMs, reply.body);
    if (!timeOk || !wire::sameSignature(expected, reply.signatureHeader))
        throw bad(QStringLiteral("中心服务器的回复签名不符（伪造或重放），已拒收。"),
            QStringLiteral("The server's reply has a wrong signature (forged or replayed); refused."));
    VerifiedReply verified;
    verified.status = reply.status;
    const int size = static_cast<int>(reply.body.size());
    const bool parsed = reply.status == 200 ? verified.response.ParseFromArray(reply.body.constData(), size)
                                            : verified.error.ParseFromArray(reply.body.constData(), size);
    if (!parsed)
        throw bad(QStringLiteral("中心服务器的回复（HTTP %1）无法解析，已拒收。").arg(reply.status),
            QStringLiteral("The server's reply (HTTP %1) cannot be parsed; refused.").arg(reply.status));
    const quint32 version
        = reply.status == 200 ? verified.response.schema_version() : verified.error.schema_version();
    if (version != wire::kSchemaVersion)
        throw bad(QStringLiteral("中心服务器的回复版本 %1 不受支持（本终端支持 %2）。")
                      .arg(version)
                      .arg(wire::kSchemaVersion),
            QStringLiteral("The server's reply has schema version %1; this kiosk speaks %2.")
                .arg(version)
                .arg(wire::kSchemaVersion));
    if (reply.status == 200 && verified.response.changes_size() > wire::kMaxChangesPerResponse)
        throw bad(
            QStringLiteral("中心服务器的回复含有过多的变更（%1 条）。").arg(verified.response.changes_size()),
            QStringLiteral("The server's reply holds too many changes (%1).")
                .arg(verified.response.changes_size()));
    return verified;
}

QString unsignedErrorCode(const HttpReply &reply)
{
    v1::ErrorResponse error;
    if (reply.status < 400 || reply.body.size() > 64 * 1024
        || !error.ParseFromArray(reply.body.constData(), static_cast<int>(reply.body.size())))
        return {};
    return QString::fromStdString(error.code()).left(40);
}

} // namespace linli::sync
