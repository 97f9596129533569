#pragma once

#include <QTcpServer>

class QTcpSocket;

namespace linli {
class Clock;
}

namespace linli::central {

// Qt HttpServer 6.4 buffers a whole request body before a route sees it. This watches each
// connection's bytes before the HTTP server reads them and answers 413 too_large (then closes)
// as soon as a request's headers declare a body over the contract's limit, or a chunked one
// (kiosks always send Content-Length), so an oversized body is never read into memory.
void guardBodyLimit(QTcpSocket *socket, const Clock &clock);

// A plain TCP server whose connections are guarded before the HTTP server gets them.
class GuardedTcpServer final : public QTcpServer {
    Q_OBJECT
public:
    GuardedTcpServer(const Clock &clock, QObject *parent = nullptr)
        : QTcpServer(parent)
        , m_clock(clock)
    {
    }

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    const Clock &m_clock;
};

} // namespace linli::central
