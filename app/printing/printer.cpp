#include "printer.h"

#include "printing/printing_log.h"

#include <QTimer>

namespace linli::printing {

Printer::Printer(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<PrintResult>();
}

void Printer::print(const QImage &receipt)
{
    if (m_printing) {
        QTimer::singleShot(0, this, [this] { emit finished(PrintResult::failed(PrintFailure::Busy)); });
        return;
    }
    m_printing = true;
    start(receipt);
}

void Printer::finish(const PrintResult &result)
{
    if (!m_printing)
        return;
    m_printing = false;
    if (result.printed())
        qCInfo(lcPrinting) << "receipt printed";
    else
        qCWarning(lcPrinting).noquote() << "receipt not printed:" << result.reason().en << result.detail;
    emit finished(result);
}

void Printer::finishSoon(const PrintResult &result)
{
    QTimer::singleShot(0, this, [this, result] { finish(result); });
}

} // namespace linli::printing
