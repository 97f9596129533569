#include "tcp_printer.h"

#include "mono_image.h"
#include "printing/escpos.h"

#include <QSignalBlocker>

namespace linli::printing {

TcpPrinter::TcpPrinter(QString host, quint16 port, int timeoutMs, QObject *parent)
    : Printer(parent)
    , m_host(std::move(host))
    , m_port(port)
{
    m_timeout.setSingleShot(true);
    m_timeout.setInterval(timeoutMs);
    connect(&m_timeout, &QTimer::timeout, this, [this] { end(PrintResult::failed(PrintFailure::TimedOut)); });
    connect(&m_socket, &QTcpSocket::connected, this, [this] { m_socket.write(m_job); });
    connect(&m_socket, &QTcpSocket::errorOccurred, this, &TcpPrinter::onError);
    connect(&m_socket, &QTcpSocket::readyRead, this, &TcpPrinter::onReadyRead);
}

void TcpPrinter::start(const QImage &receipt)
{
    m_job = receiptJob(toMonoRaster(receipt)) + paperStatusQuery();
    m_timeout.start();
    m_socket.connectToHost(m_host, m_port);
}

void TcpPrinter::onError(QAbstractSocket::SocketError error)
{
    const QString detail = QStringLiteral("%1:%2: %3").arg(m_host).arg(m_port).arg(m_socket.errorString());
    switch (error) {
    case QAbstractSocket::ConnectionRefusedError:
        end(PrintResult::failed(PrintFailure::ConnectionRefused, detail));
        break;
    case QAbstractSocket::HostNotFoundError:
    case QAbstractSocket::NetworkError:
        end(PrintResult::failed(PrintFailure::PrinterAbsent, detail));
        break;
    case QAbstractSocket::SocketTimeoutError:
        end(PrintResult::failed(PrintFailure::TimedOut, detail));
        break;
    default:
        end(PrintResult::failed(PrintFailure::WriteFailed, detail));
        break;
    }
}

void TcpPrinter::onReadyRead()
{
    // Anything but a status byte (a chatty printer's echo) is not an answer: wait on.
    for (const char byte : m_socket.readAll()) {
        if (const auto paperOut = paperOutFromStatus(byte)) {
            end(*paperOut ? PrintResult::failed(PrintFailure::OutOfPaper) : PrintResult::ok());
            return;
        }
    }
}

void TcpPrinter::end(const PrintResult &result)
{
    if (!isPrinting())
        return;
    m_timeout.stop();
    const QSignalBlocker quiet(m_socket); // abort() must not answer a second time
    m_socket.abort();
    m_job.clear();
    finish(result);
}

} // namespace linli::printing
