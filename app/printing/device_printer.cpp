#include "device_printer.h"

#include "mono_image.h"
#include "printing/escpos.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <QFile>
#include <unistd.h>

namespace linli::printing {
namespace {

QString systemError(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

} // namespace

DevicePrinter::DevicePrinter(QString path, int timeoutMs, QObject *parent)
    : Printer(parent)
    , m_path(std::move(path))
{
    m_timeout.setSingleShot(true);
    m_timeout.setInterval(timeoutMs);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        end(PrintResult::failed(PrintFailure::TimedOut,
            QStringLiteral("%1: %2 of %3 bytes taken").arg(m_path).arg(m_written).arg(m_job.size())));
    });
}

DevicePrinter::~DevicePrinter()
{
    m_writable.reset();
    if (m_fd >= 0)
        ::close(m_fd);
}

void DevicePrinter::start(const QImage &receipt)
{
    m_fd = ::open(QFile::encodeName(m_path).constData(), O_WRONLY | O_NONBLOCK | O_CLOEXEC);
    if (m_fd < 0) {
        const int error = errno;
        // No file, no device behind it, or (a FIFO) nobody reading: the printer is not there.
        const bool absent = error == ENOENT || error == ENODEV || error == ENXIO;
        finishSoon(PrintResult::failed(absent ? PrintFailure::PrinterAbsent : PrintFailure::WriteFailed,
            m_path + QStringLiteral(": ") + systemError(error)));
        return;
    }
    m_job = receiptJob(toMonoRaster(receipt));
    m_written = 0;
    m_timeout.start();
    m_writable = std::make_unique<QSocketNotifier>(m_fd, QSocketNotifier::Write);
    connect(m_writable.get(), &QSocketNotifier::activated, this, &DevicePrinter::writeSome);
}

void DevicePrinter::writeSome()
{
    while (m_written < m_job.size()) {
        const ssize_t n = ::write(m_fd, m_job.constData() + m_written, size_t(m_job.size() - m_written));
        if (n > 0) {
            m_written += n;
            continue;
        }
        const int error = errno;
        if (n < 0 && (error == EAGAIN || error == EINTR))
            return; // the notifier calls again when the printer takes more
        end(PrintResult::failed(error == ENODEV ? PrintFailure::PrinterAbsent : PrintFailure::WriteFailed,
            m_path + QStringLiteral(": ") + systemError(error)));
        return;
    }
    end(PrintResult::ok());
}

void DevicePrinter::end(const PrintResult &result)
{
    if (!isPrinting())
        return;
    m_timeout.stop();
    m_writable.reset();
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
    m_job.clear();
    finish(result);
}

} // namespace linli::printing
