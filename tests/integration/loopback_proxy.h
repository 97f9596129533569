#pragma once

#include <QHostAddress>
#include <QObject>
#include <QTcpServer>

class QTcpSocket;

namespace linli::test {

// A tiny TCP proxy on a loopback port in front of a real linli-central, to break the network
// the way it breaks: a reply lost after the server committed (the request goes through whole;
// whatever the server answers is thrown away and the kiosk's connection cut), a reply damaged or
// replayed. A server that is down is RestartableCentral (kiosk_under_test.h). Runs on the test's
// event loop.
class LoopbackProxy : public QObject {
public:
    // Forward: both ways (and the last reply is kept); DropReplies: the server's answer is
    // thrown away; Tamper: one byte of the answer's end flipped; Replay: the request goes
    // nowhere, the kept reply (signed for an earlier request) answers it.
    enum class Mode { Forward, DropReplies, Tamper, Replay };

    explicit LoopbackProxy(quint16 upstreamPort);
    quint16 port() const { return m_port; }
    void setMode(Mode mode) { m_mode = mode; }
    int droppedReplies() const { return m_dropped; }

private:
    void accept();
    quint16 m_upstream;
    quint16 m_port = 0;
    QTcpServer m_server;
    Mode m_mode = Mode::Forward;
    int m_dropped = 0;
    QByteArray m_lastReply;
};

} // namespace linli::test
