#pragma once

#include "core/localized_text.h"

#include <QMetaType>
#include <QString>

namespace linli::printing {

enum class PrintFailure {
    None,
    NotConfigured, // [printer] backend = none
    PrinterAbsent, // no such device, host unreachable
    ConnectionRefused, // nothing listens on the printer's port
    OutOfPaper, // the printer's status says so
    TimedOut, // no answer within the timeout
    WriteFailed, // the device or file refused the bytes
    Busy, // a receipt is still printing
};

// What one print job came to. A failed job never undoes what the receipt was for: the
// resident reads notice(), staff read the reason in the log.
struct PrintResult {
    PrintFailure failure = PrintFailure::None;
    QString detail; // the system's words (errno text, socket error), for the log

    bool printed() const { return failure == PrintFailure::None; }
    LocalizedText reason() const; // why, in both languages
    static PrintResult ok() { return {}; }
    static PrintResult failed(PrintFailure failure, QString detail = {})
    {
        return { failure, std::move(detail) };
    }
};

// What the resident is told when a receipt does not print.
LocalizedText printFailedNotice();

} // namespace linli::printing

Q_DECLARE_METATYPE(linli::printing::PrintResult)
