#pragma once

#include "printer.h"

#include <memory>
#include <QSocketNotifier>
#include <QTimer>

namespace linli::printing {

// A receipt printer's device file (/dev/usb/lp0), opened non-blocking and written as it takes
// the bytes, so a stalled printer never holds the GUI thread. Missing (unplugged) is Absent; a
// printer that stops taking bytes until the timeout is TimedOut (usblp stalls without paper).
class DevicePrinter : public Printer {
    Q_OBJECT
public:
    DevicePrinter(QString path, int timeoutMs, QObject *parent = nullptr);
    ~DevicePrinter() override;

protected:
    void start(const QImage &receipt) override;

private:
    void writeSome();
    void end(const PrintResult &result);

    QString m_path;
    QTimer m_timeout;
    int m_fd = -1;
    std::unique_ptr<QSocketNotifier> m_writable;
    QByteArray m_job;
    qsizetype m_written = 0;
};

} // namespace linli::printing
