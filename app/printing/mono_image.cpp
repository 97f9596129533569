#include "mono_image.h"

#include <cstring>

namespace linli::printing {
namespace {

QImage blankMono(int width, int height)
{
    QImage image(width, height, QImage::Format_Mono);
    image.setColorTable({ qRgb(255, 255, 255), qRgb(0, 0, 0) });
    image.fill(0);
    return image;
}

} // namespace

QImage thresholdToMono(const QImage &image)
{
    const QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
    QImage mono = blankMono(grey.width(), grey.height());
    for (int y = 0; y < grey.height(); ++y) {
        const uchar *in = grey.constScanLine(y);
        uchar *out = mono.scanLine(y);
        for (int x = 0; x < grey.width(); ++x) {
            if (in[x] < 128)
                out[x / 8] |= static_cast<uchar>(0x80 >> (x % 8));
        }
    }
    return mono;
}

MonoRaster toMonoRaster(const QImage &image)
{
    const QImage mono = thresholdToMono(image);
    MonoRaster raster;
    raster.widthBytes = (mono.width() + 7) / 8;
    raster.height = mono.height();
    raster.bits.reserve(qsizetype(raster.widthBytes) * raster.height);
    for (int y = 0; y < mono.height(); ++y) {
        QByteArray row(reinterpret_cast<const char *>(mono.constScanLine(y)), raster.widthBytes);
        if (const int spare = raster.widthBytes * 8 - mono.width(); spare > 0)
            row[raster.widthBytes - 1] = static_cast<char>(row.at(raster.widthBytes - 1) & (0xff << spare));
        raster.bits.append(row);
    }
    return raster;
}

QImage fromMonoRaster(const MonoRaster &raster)
{
    QImage image = blankMono(raster.widthDots(), raster.height);
    for (int y = 0; y < raster.height; ++y)
        std::memcpy(image.scanLine(y), raster.bits.constData() + qsizetype(y) * raster.widthBytes,
            static_cast<size_t>(raster.widthBytes));
    return image;
}

} // namespace linli::printing
