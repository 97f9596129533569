#include "file_printer.h"

#include <QDateTime>
#include <QDir>
#include <QSaveFile>

namespace linli::printing {

FilePrinter::FilePrinter(QString directory, QObject *parent)
    : Printer(parent)
    , m_directory(std::move(directory))
{
}

void FilePrinter::start(const QImage &receipt)
{
    const QDir dir(m_directory);
    if (!dir.exists()) {
        finishSoon(PrintResult::failed(
            PrintFailure::PrinterAbsent, m_directory + QStringLiteral(": no such directory")));
        return;
    }
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
    QString path = dir.filePath(QStringLiteral("receipt-%1.png").arg(stamp));
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = dir.filePath(QStringLiteral("receipt-%1-%2.png").arg(stamp).arg(n));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !receipt.save(&file, "PNG") || !file.commit()) {
        finishSoon(
            PrintResult::failed(PrintFailure::WriteFailed, path + QStringLiteral(": ") + file.errorString()));
        return;
    }
    m_lastFile = path;
    finishSoon(PrintResult::ok());
}

} // namespace linli::printing
