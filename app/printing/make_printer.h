#pragma once

#include "printer.h"
#include "printing/printer_settings.h"

#include <memory>

namespace linli::printing {

// The printer the [printer] section names; with none, one whose every job finishes with
// NotConfigured, so callers need no special case.
std::unique_ptr<Printer> makePrinter(const PrinterSettings &settings, QObject *parent = nullptr);

} // namespace linli::printing
