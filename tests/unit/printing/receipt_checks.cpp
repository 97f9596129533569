#include "receipt_checks.h"

#define ZX_USE_UTF8 1 // result.text() as UTF-8 (zxing-cpp 1.4)

#include <ZXing/ReadBarcode.h>

namespace linli::printing::test {

ReceiptContent sampleReceipt()
{
    ReceiptContent c;
    c.hallName = QStringLiteral("和平社区邻里服务中心");
    c.title = QStringLiteral("活动室预约");
    c.details = { QStringLiteral("地点：二楼舞蹈室"), QStringLiteral("时间：11月22日（周日）10:00–11:00"),
        QStringLiteral("人数：2 人") };
    // A ticket text of the widest kind's length (217 characters of the alphanumeric set).
    static const char alphanumeric[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";
    c.qrText = QStringLiteral("LT1:");
    for (int i = 0; i < 213; ++i)
        c.qrText += QLatin1Char(alphanumeric[(i * 13) % 45]);
    c.humanCode = QStringLiteral("ABCDEFGHJK");
    c.footer = QStringLiteral("请在开始前 15 分钟内到场，出示此码签到");
    return c;
}

namespace {

ZXing::Result decodeQr(const QImage &image)
{
    const QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormat::QRCode);
    return ZXing::ReadBarcode(
        { grey.constBits(), grey.width(), grey.height(), ZXing::ImageFormat::Lum, int(grey.bytesPerLine()) },
        hints);
}

} // namespace

QString readQr(const QImage &image)
{
    const ZXing::Result result = decodeQr(image);
    return result.isValid() ? QString::fromStdString(result.text()) : QString();
}

std::optional<QPoint> qrTopLeft(const QImage &image)
{
    const ZXing::Result result = decodeQr(image);
    if (!result.isValid())
        return std::nullopt;
    return QPoint(result.position().topLeft().x, result.position().topLeft().y);
}

std::optional<MonoRaster> rasterFromJob(const QByteArray &job)
{
    if (!job.startsWith(QByteArray("\x1b\x40", 2)))
        return std::nullopt;
    MonoRaster raster;
    qsizetype at = 2;
    while (job.mid(at, 4) == QByteArray("\x1d\x76\x30\x00", 4)) {
        if (at + 8 > job.size())
            return std::nullopt;
        const auto byte = [&](qsizetype i) { return int(static_cast<unsigned char>(job.at(at + i))); };
        const int widthBytes = byte(4) | byte(5) << 8;
        const int rows = byte(6) | byte(7) << 8;
        if ((raster.height > 0 && widthBytes != raster.widthBytes)
            || at + 8 + qsizetype(widthBytes) * rows > job.size())
            return std::nullopt;
        raster.widthBytes = widthBytes;
        raster.bits.append(job.mid(at + 8, qsizetype(widthBytes) * rows));
        raster.height += rows;
        at += 8 + qsizetype(widthBytes) * rows;
    }
    if (raster.height == 0 || job.mid(at, 3) != QByteArray("\x1b\x64\x04", 3))
        return std::nullopt;
    return raster;
}

} // namespace linli::printing::test
