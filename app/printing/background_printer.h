#pragma once

#include "printer.h"
#include "printing/printer_settings.h"
#include "receipt.h"

#include <QThread>

namespace linli::printing {

class PrintWorker;

// The kiosk's receipt printer on a thread of its own: the receipt is drawn (fonts, the QR
// code) and sent there, so the GUI thread neither draws nor waits. print() returns a job
// number at once; finished(job, result) follows exactly once per job, on the caller's thread,
// within the printer's timeout. A job asked for while one is printing finishes with Busy.
class BackgroundPrinter : public QObject {
    Q_OBJECT
public:
    explicit BackgroundPrinter(PrinterSettings settings, QObject *parent = nullptr);
    ~BackgroundPrinter() override;

    // False for [printer] backend = none: the screens offer no print button.
    bool configured() const { return m_settings.backend != PrinterBackend::None; }
    bool isPrinting() const { return m_job != 0; }
    int print(const ReceiptContent &content);

signals:
    void finished(int job, const linli::printing::PrintResult &result);

private:
    void onWorkerDone(const linli::printing::PrintResult &result);

    PrinterSettings m_settings;
    QThread m_thread;
    PrintWorker *m_worker = nullptr; // lives on m_thread, deleted when it ends
    int m_job = 0; // the one printing, 0 when idle
    int m_lastJob = 0;
};

} // namespace linli::printing
