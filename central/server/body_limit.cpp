#include "server/body_limit.h"

#include "core/clock.h"
#include "server/wire_errors.h"
#include "wire/wire.h"

#include <QTcpSocket>

namespace linli::central {

namespace {

constexpr qsizetype kMaxHeaderBytes = 64 * 1024;

// Where the connection is in its stream of requests; fed every byte, in order, before the
// HTTP server reads it.
struct RequestBoundary {
    QByteArray head; // headers of the request being received
    qint64 bodyLeft = 0;
    bool refused = false;
};

// Content-Length of a header block, -1 when absent; chunked counts as too large.
qint64 declaredLength(const QByteArray &head, bool *chunked)
{
    qint64 length = -1;
    for (const QByteArray &line : head.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon < 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "content-length")
            length = value.toLongLong();
        else if (name == "transfer-encoding" && value.toLower().contains("chunked"))
            *chunked = true;
    }
    return length;
}

// True when the bytes complete a request whose body is too large.
bool tooLarge(RequestBoundary &b, QByteArray data)
{
    while (!data.isEmpty()) {
        if (b.bodyLeft > 0) {
            const qint64 taken = std::min<qint64>(b.bodyLeft, data.size());
            b.bodyLeft -= taken;
            data.remove(0, taken);
            continue;
        }
        b.head += data;
        data.clear();
        const qsizetype end = b.head.indexOf("\r\n\r\n");
        if (end < 0)
            return b.head.size() > kMaxHeaderBytes;
        bool chunked = false;
        const qint64 length = declaredLength(b.head.left(end), &chunked);
        if (chunked || length > wire::kMaxRequestBytes)
            return true;
        data = b.head.mid(end + 4);
        b.head.clear();
        b.bodyLeft = std::max<qint64>(length, 0);
    }
    return false;
}

} // namespace

void guardBodyLimit(QTcpSocket *socket, const Clock &clock)
{
    auto boundary = std::make_shared<RequestBoundary>();
    // Connected before the HTTP server's own slot, so this sees the bytes first.
    QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket, boundary, &clock] {
        if (boundary->refused) {
            socket->readAll(); // nothing more reaches the HTTP server
            return;
        }
        if (!tooLarge(*boundary, socket->peek(socket->bytesAvailable())))
            return;
        boundary->refused = true;
        socket->readAll();
        const QByteArray body = errorBody(Refusal::TooLarge, clock.nowUtc().toMSecsSinceEpoch());
        socket->write(
            "HTTP/1.1 413 Payload Too Large\r\nContent-Type: application/x-protobuf\r\nContent-Length: "
            + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
        socket->disconnectFromHost();
    });
}

void GuardedTcpServer::incomingConnection(qintptr descriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    guardBodyLimit(socket, m_clock);
    addPendingConnection(socket);
}

} // namespace linli::central
