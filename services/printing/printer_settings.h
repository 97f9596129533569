#pragma once

#include "printing/escpos.h"

#include <QString>

namespace linli::printing {

enum class PrinterBackend { None, File, Tcp, Device };

// The [printer] section of the kiosk's INI, validated by config::loadKioskConfig.
struct PrinterSettings {
    PrinterBackend backend = PrinterBackend::None;
    QString target; // file: a directory for PNGs; tcp: host[:port]; device: /dev/usb/lp0
    int paperDots = kPaperDots80mm; // 576 (80 mm) or 384 (58 mm)
    int timeoutMs = 5000; // [1000, 60000]
};

inline constexpr quint16 kRawPrintPort = 9100;

// "host:port" or "host" (port 9100); false when the text names no host or a bad port.
bool parseTcpTarget(const QString &target, QString *host, quint16 *port);

} // namespace linli::printing
