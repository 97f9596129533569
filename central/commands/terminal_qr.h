#pragma once

#include <QString>

namespace linli::central {

// The text as a QR code drawn with half-block characters (two modules per line), quiet zone
// included, for a terminal; empty if libqrencode fails.
QString terminalQr(const QString &text);

} // namespace linli::central
