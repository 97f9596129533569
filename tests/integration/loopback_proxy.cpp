#include "loopback_proxy.h"

#include <memory>
#include <QTcpSocket>

namespace linli::test {

LoopbackProxy::LoopbackProxy(quint16 upstreamPort)
    : m_upstream(upstreamPort)
{
    connect(&m_server, &QTcpServer::newConnection, this, &LoopbackProxy::accept);
    m_server.listen(QHostAddress::LocalHost, 0);
    m_port = m_server.serverPort();
}

void LoopbackProxy::accept()
{
    // The mode is read when bytes move, not when the connection opens: the kiosk keeps its
    // connection alive from one sync to the next.
    while (QTcpSocket *client = m_server.nextPendingConnection()) {
        auto *server = new QTcpSocket(client);
        connect(client, &QTcpSocket::readyRead, server, [this, client, server] {
            if (m_mode == Mode::Replay) {
                client->readAll();
                client->write(m_lastReply);
                client->disconnectFromHost();
                return;
            }
            m_lastReply.clear(); // a new request: the reply to keep comes next
            if (server->state() == QAbstractSocket::ConnectedState)
                server->write(client->readAll());
        });
        connect(
            server, &QTcpSocket::connected, server, [client, server] { server->write(client->readAll()); });
        auto pending = std::make_shared<QByteArray>(); // a tampered answer, until it is whole
        connect(server, &QTcpSocket::readyRead, client, [this, client, server, pending] {
            const QByteArray answer = server->readAll();
            if (m_mode == Mode::DropReplies) {
                // The server has answered, so it has committed: the kiosk never hears it.
                ++m_dropped;
                client->abort();
                client->deleteLater();
                return;
            }
            if (m_mode == Mode::Tamper) {
                // The answer may come in pieces (headers, then body): only its body's last byte is
                // damaged, so the reply still parses and only its signature is wrong.
                *pending += answer;
                const qsizetype end = pending->indexOf("\r\n\r\n");
                const qsizetype at = pending->indexOf("Content-Length: ");
                if (end < 0 || at < 0)
                    return;
                const qsizetype length
                    = pending->mid(at + 16, pending->indexOf('\r', at) - at - 16).toLongLong();
                if (pending->size() < end + 4 + length)
                    return;
                QByteArray damaged = pending->left(end + 4 + length);
                pending->remove(0, damaged.size());
                damaged[damaged.size() - 1] = static_cast<char>(damaged.back() ^ 0x01);
                client->write(damaged);
                return;
            }
            m_lastReply += answer;
            client->write(answer);
        });
        connect(server, &QTcpSocket::disconnected, client, [client] { client->disconnectFromHost(); });
        connect(client, &QTcpSocket::disconnected, client, [client] { client->deleteLater(); });
        server->connectToHost(QHostAddress::LocalHost, m_upstream);
    }
}

} // namespace linli::test
