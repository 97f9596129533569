#pragma once

#include "printing/print_result.h"

#include <QImage>
#include <QObject>

namespace linli::printing {

// A receipt printer. print() returns at once; finished() follows exactly once per call, from
// the event loop, within the printer's timeout: the GUI thread never waits on a printer. A
// call while a receipt is still printing finishes with Busy and leaves that one alone.
class Printer : public QObject {
    Q_OBJECT
public:
    explicit Printer(QObject *parent = nullptr);

    void print(const QImage &receipt);
    bool isPrinting() const { return m_printing; }

signals:
    void finished(const linli::printing::PrintResult &result);

protected:
    // Starts the job; the backend calls finish() once, never from within start() itself.
    virtual void start(const QImage &receipt) = 0;
    void finish(const PrintResult &result);
    // finish() from the event loop: for answers known at once.
    void finishSoon(const PrintResult &result);

private:
    bool m_printing = false;
};

} // namespace linli::printing
