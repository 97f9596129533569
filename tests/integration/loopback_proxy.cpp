#include "loopback_proxy.h"

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
        connect(server, &QTcpSocket::readyRead, client, [this, client, server] {
            const QByteArray answer = server->readAll();
            if (m_mode == Mode::DropReplies) {
                // The server has answered, so it has committed: the kiosk never hears it.
                ++m_dropped;
                client->abort();
                client->deleteLater();
                return;
            }
            if (m_mode == Mode::Tamper) {
                QByteArray damaged = answer;
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
