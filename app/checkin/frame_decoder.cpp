#include "frame_decoder.h"

#include <ZXing/ReadBarcode.h>

std::optional<QString> decodeQrFrame(const QImage &frame)
{
    if (frame.isNull())
        return std::nullopt;
    const QImage grey = frame.format() == QImage::Format_Grayscale8
        ? frame
        : frame.convertToFormat(QImage::Format_Grayscale8);
    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormat::QRCode);
    hints.setTryHarder(true); // a phone held at an angle, a glossy screen's low contrast
    hints.setTryRotate(true);
    const ZXing::Result result = ZXing::ReadBarcode(
        { grey.constBits(), grey.width(), grey.height(), ZXing::ImageFormat::Lum, int(grey.bytesPerLine()) },
        hints);
    if (!result.isValid())
        return std::nullopt;
    return QString::fromStdWString(result.text());
}
