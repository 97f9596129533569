#pragma once

#include "printing/escpos.h"
#include "receipt.h"

#include <optional>
#include <QImage>
#include <QString>

namespace linli::printing::test {

// A ticket's receipt as the booked screen will ask for it, with a real signed ticket's text.
ReceiptContent sampleReceipt();

// The QR code zxing-cpp finds in an image, or an empty string.
QString readQr(const QImage &image);

// Where zxing-cpp found the QR code's top-left corner, if it found one.
std::optional<QPoint> qrTopLeft(const QImage &image);

// What a printer makes of the bytes: ESC @, then GS v 0 bands of one width stacked into one
// raster, until the feed. nullopt when the bytes are not that.
std::optional<MonoRaster> rasterFromJob(const QByteArray &job);

} // namespace linli::printing::test
