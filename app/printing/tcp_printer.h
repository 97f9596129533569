#pragma once

#include "printer.h"

#include <QTcpSocket>
#include <QTimer>

namespace linli::printing {

// A network receipt printer's raw port (9100): connects, sends the ESC/POS job and then
// DLE EOT 4; the printer's status byte answers whether it has paper, and its arrival that
// the job arrived. No answer within the timeout is a failure, whatever the socket buffered.
class TcpPrinter : public Printer {
    Q_OBJECT
public:
    TcpPrinter(QString host, quint16 port, int timeoutMs, QObject *parent = nullptr);

protected:
    void start(const QImage &receipt) override;

private:
    void onError(QAbstractSocket::SocketError error);
    void onReadyRead();
    void end(const PrintResult &result);

    QString m_host;
    quint16 m_port;
    QTcpSocket m_socket;
    QTimer m_timeout;
    QByteArray m_job;
};

} // namespace linli::printing
