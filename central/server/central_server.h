#pragma once

#include "sync/sync_service.h"

#include <memory>
#include <QHostAddress>
#include <QString>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponse;
class QTcpServer;

namespace linli {
class Clock;
}

namespace linli::central {

class CentralStore;

struct TlsFiles {
    QString certificate;
    QString key;
};

// POST /v1/enrol and POST /v1/sync (proto/README.md) on Qt HttpServer.
class CentralServer {
public:
    CentralServer(CentralStore &store, const Clock &clock);
    ~CentralServer();

    // Returns the port listened on (the actual one when `port` is 0), or 0 on failure. Throws
    // std::runtime_error when the TLS files cannot be read.
    quint16 listen(const QHostAddress &address, quint16 port, const std::optional<TlsFiles> &tls);

    QHttpServerResponse enrol(const QHttpServerRequest &request);
    QHttpServerResponse sync(const QHttpServerRequest &request);

private:
    quint16 bound(QTcpServer *server, const QHostAddress &address, quint16 port);

    CentralStore &m_store;
    const Clock &m_clock;
    SyncService m_sync;
    std::unique_ptr<QHttpServer> m_http;
};

} // namespace linli::central
