#include "server/central_server.h"

#include "core/clock.h"
#include "server/body_limit.h"
#include "server/central_log.h"
#include "server/wire_errors.h"
#include "store/central_store.h"
#include "sync/enrolment.h"
#include "wire/wire.h"

#include <QFile>
#include <QHttpServer>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslServer>
#include <stdexcept>

namespace linli::central {

namespace {

using Status = QHttpServerResponse::StatusCode;

QHttpServerResponse reply(int status, QByteArray body)
{
    return QHttpServerResponse(QByteArray(wire::kContentType), std::move(body), static_cast<Status>(status));
}

QHttpServerResponse refuse(Refusal refusal, qint64 nowMs, const QString &detail = {})
{
    return reply(httpStatusOf(refusal), errorBody(refusal, nowMs, detail));
}

// A response bound to the request it answers (proto/README.md "Signatures").
QHttpServerResponse signedReply(
    int status, const QByteArray &body, const QByteArray &secret, const QByteArray &nonce, qint64 nowMs)
{
    QHttpServerResponse response = reply(status, body);
    response.setHeader(wire::kTimeHeader, QByteArray::number(nowMs));
    response.setHeader(wire::kSignatureHeader, wire::responseSignature(secret, status, nonce, nowMs, body));
    return response;
}

// The body size is judged before anything reads it: the declared length, then the actual one.
bool tooLarge(const QHttpServerRequest &request)
{
    bool declared = false;
    const qint64 length = request.value("Content-Length").toLongLong(&declared);
    return (declared && length > wire::kMaxRequestBytes) || request.body().size() > wire::kMaxRequestBytes;
}

template <typename Message> bool parse(Message &message, const QByteArray &body)
{
    return message.ParseFromArray(body.constData(), static_cast<int>(body.size()));
}

QByteArray serialized(const google::protobuf::MessageLite &message)
{
    const std::string bytes = message.SerializeAsString();
    return QByteArray(bytes.data(), static_cast<qsizetype>(bytes.size()));
}

} // namespace

CentralServer::CentralServer(CentralStore &store, const Clock &clock)
    : m_store(store)
    , m_clock(clock)
    , m_sync(store)
    , m_http(std::make_unique<QHttpServer>())
{
    m_http->route(QStringLiteral("/v1/enrol"), QHttpServerRequest::Method::Post,
        [this](const QHttpServerRequest &request) { return enrol(request); });
    m_http->route(QStringLiteral("/v1/sync"), QHttpServerRequest::Method::Post,
        [this](const QHttpServerRequest &request) { return sync(request); });
}

CentralServer::~CentralServer() = default;

quint16 CentralServer::listen(const QHostAddress &address, quint16 port, const std::optional<TlsFiles> &tls)
{
    if (tls) {
        QFile certFile(tls->certificate), keyFile(tls->key);
        if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly))
            throw std::runtime_error("cannot read the TLS certificate or key");
        const QSslCertificate certificate(certFile.readAll(), QSsl::Pem);
        const QByteArray keyPem = keyFile.readAll();
        QSslKey key(keyPem, QSsl::Ec, QSsl::Pem);
        if (key.isNull())
            key = QSslKey(keyPem, QSsl::Rsa, QSsl::Pem);
        if (certificate.isNull() || key.isNull())
            throw std::runtime_error("the TLS certificate or key is not valid PEM (RSA or EC)");
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setLocalCertificate(certificate);
        config.setPrivateKey(key);
        auto *server = new QSslServer(m_http.get());
        server->setSslConfiguration(config);
        QObject::connect(server, &QSslServer::startedEncryptionHandshake, server,
            [this](QSslSocket *socket) { guardBodyLimit(socket, m_clock); });
        return bound(server, address, port);
    }
    return bound(new GuardedTcpServer(m_clock, m_http.get()), address, port);
}

quint16 CentralServer::bound(QTcpServer *server, const QHostAddress &address, quint16 port)
{
    if (!server->listen(address, port))
        return 0;
    m_http->bind(server);
    return server->serverPort();
}

QHttpServerResponse CentralServer::enrol(const QHttpServerRequest &request)
{
    const qint64 now = m_clock.nowUtc().toMSecsSinceEpoch();
    if (tooLarge(request))
        return refuse(Refusal::TooLarge, now);
    v1::EnrolRequest message;
    if (!parse(message, request.body()))
        return refuse(Refusal::BadRequest, now, QStringLiteral("not an EnrolRequest"));
    if (message.schema_version() != wire::kSchemaVersion)
        return refuse(Refusal::UnsupportedVersion, now,
            QStringLiteral("schema_version %1").arg(message.schema_version()));
    if (message.ticket_public_key().size() != 32)
        return refuse(Refusal::BadRequest, now, QStringLiteral("ticket_public_key must be 32 bytes"));
    try {
        const auto response = enrolKiosk(m_store, message, now);
        if (!response)
            return refuse(Refusal::BadCode, now);
        qCInfo(lcCentral) << "enrolled" << response->kiosk_id().c_str() << "in"
                          << response->hall_id().c_str();
        return reply(200, serialized(*response));
    } catch (const std::exception &e) {
        qCWarning(lcCentral) << "enrolment failed:" << e.what();
        return refuse(Refusal::Internal, now);
    }
}

QHttpServerResponse CentralServer::sync(const QHttpServerRequest &request)
{
    const qint64 now = m_clock.nowUtc().toMSecsSinceEpoch();
    if (tooLarge(request))
        return refuse(Refusal::TooLarge, now);
    const QByteArray kioskId = request.value(wire::kKioskHeader);
    const QByteArray timeText = request.value(wire::kTimeHeader);
    const QByteArray nonce = request.value(wire::kNonceHeader);
    const QByteArray signature = request.value(wire::kSignatureHeader);
    bool timeOk = false;
    const qint64 sentAt = timeText.toLongLong(&timeOk);
    if (kioskId.isEmpty() || !timeOk || !wire::isWellFormedNonce(nonce) || signature.isEmpty())
        return refuse(Refusal::Unsigned, now);

    std::optional<KioskRow> kiosk;
    // Once the kiosk is known every answer is signed for it, refusals included.
    auto answer = [&](Refusal r, const QString &detail = {}) {
        return kiosk ? signedReply(httpStatusOf(r), errorBody(r, now, detail), kiosk->secret, nonce, now)
                     : refuse(r, now, detail);
    };
    try {
        kiosk = m_store.kiosk(QString::fromUtf8(kioskId));
        if (!kiosk)
            return refuse(Refusal::UnknownKiosk, now);
        const QByteArray body = request.body();
        const QByteArray expected
            = wire::requestSignature(kiosk->secret, "POST", "/v1/sync", sentAt, nonce, body);
        if (!wire::sameSignature(expected, signature))
            return answer(Refusal::BadSignature);
        if (kiosk->revokedAtMs)
            return answer(Refusal::Revoked);
        if (std::abs(sentAt - now) > wire::kAllowedSkewMs)
            return answer(Refusal::Stale);

        v1::SyncRequest message;
        if (!parse(message, body))
            return answer(Refusal::BadRequest, QStringLiteral("not a SyncRequest"));
        if (message.schema_version() != wire::kSchemaVersion)
            return answer(Refusal::UnsupportedVersion,
                QStringLiteral("schema_version %1").arg(message.schema_version()));
        if (QByteArray::fromStdString(message.kiosk_id()) != kioskId)
            return answer(Refusal::BadRequest, QStringLiteral("kiosk_id differs from X-Linli-Kiosk"));
        if (message.events_size() > wire::kMaxEventsPerRequest)
            return answer(
                Refusal::BadRequest, QStringLiteral("more than %1 events").arg(wire::kMaxEventsPerRequest));
        for (const v1::OutboxEvent &e : message.events())
            if (e.event_id().empty() || e.event_id().size() > 100 || e.kind().empty()
                || e.kind().size() > 100)
                return answer(
                    Refusal::BadRequest, QStringLiteral("an event without a usable event_id or kind"));

        const auto response = m_sync.sync(*kiosk, message, QString::fromLatin1(nonce), now);
        if (!response)
            return answer(Refusal::Replayed);
        return signedReply(200, serialized(*response), kiosk->secret, nonce, now);
    } catch (const std::exception &e) {
        qCWarning(lcCentral) << "sync failed:" << e.what();
        return answer(Refusal::Internal);
    }
}

} // namespace linli::central
