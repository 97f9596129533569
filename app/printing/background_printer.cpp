#include "background_printer.h"

#include "make_printer.h"

#include <QTimer>

namespace linli::printing {

// Owns the printer on the printing thread: draws each receipt and hands it to the printer.
class PrintWorker : public QObject {
    Q_OBJECT
public:
    explicit PrintWorker(PrinterSettings settings)
        : m_settings(std::move(settings))
    {
    }

    void print(const ReceiptContent &content)
    {
        if (!m_printer) { // made here, so its sockets and timers belong to this thread
            m_printer = makePrinter(m_settings, this);
            connect(m_printer.get(), &Printer::finished, this, &PrintWorker::done);
        }
        m_printer->print(renderReceipt(content, m_settings.paperDots));
    }

signals:
    void done(const linli::printing::PrintResult &result);

private:
    PrinterSettings m_settings;
    std::unique_ptr<Printer> m_printer;
};

BackgroundPrinter::BackgroundPrinter(PrinterSettings settings, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
{
    qRegisterMetaType<PrintResult>();
    m_thread.setObjectName(QStringLiteral("linli-printing"));
    m_worker = new PrintWorker(m_settings);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &PrintWorker::done, this, &BackgroundPrinter::onWorkerDone); // queued
    m_thread.start();
}

BackgroundPrinter::~BackgroundPrinter()
{
    m_thread.quit();
    m_thread.wait();
}

int BackgroundPrinter::print(const ReceiptContent &content)
{
    const int job = ++m_lastJob;
    if (m_job != 0) {
        QTimer::singleShot(
            0, this, [this, job] { emit finished(job, PrintResult::failed(PrintFailure::Busy)); });
        return job;
    }
    m_job = job;
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, content] { worker->print(content); });
    return job;
}

void BackgroundPrinter::onWorkerDone(const PrintResult &result)
{
    const int job = m_job;
    m_job = 0;
    if (job != 0)
        emit finished(job, result);
}

} // namespace linli::printing

#include "background_printer.moc"
