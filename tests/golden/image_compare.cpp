#include "image_compare.h"

#include <algorithm>
#include <cstdlib>

namespace linli::golden {
namespace {

QImage normalised(const QImage &image)
{
    return image.convertToFormat(QImage::Format_ARGB32);
}

int channelDelta(QRgb a, QRgb b)
{
    return std::max({ std::abs(qRed(a) - qRed(b)), std::abs(qGreen(a) - qGreen(b)),
        std::abs(qBlue(a) - qBlue(b)), std::abs(qAlpha(a) - qAlpha(b)) });
}

} // namespace

Comparison compareImages(const QImage &reference, const QImage &actual, const Tolerance &tolerance)
{
    Comparison result;
    result.sameSize = !reference.isNull() && reference.size() == actual.size();
    if (!result.sameSize)
        return result;
    const QImage a = normalised(reference);
    const QImage b = normalised(actual);
    int left = a.width(), top = a.height(), right = -1, bottom = -1;
    for (int y = 0; y < a.height(); ++y) {
        const auto *rowA = reinterpret_cast<const QRgb *>(a.constScanLine(y));
        const auto *rowB = reinterpret_cast<const QRgb *>(b.constScanLine(y));
        for (int x = 0; x < a.width(); ++x) {
            if (rowA[x] == rowB[x])
                continue;
            const int delta = channelDelta(rowA[x], rowB[x]);
            result.largestChannelDelta = std::max(result.largestChannelDelta, delta);
            if (delta <= tolerance.fuzz) {
                ++result.noisyPixels;
                continue;
            }
            ++result.differingPixels;
            left = std::min(left, x);
            right = std::max(right, x);
            top = std::min(top, y);
            bottom = std::max(bottom, y);
        }
    }
    if (result.differingPixels > 0)
        result.bounds = QRect(QPoint(left, top), QPoint(right, bottom));
    result.matches = result.differingPixels <= tolerance.maxPixels;
    return result;
}

QImage diffImage(const QImage &reference, const QImage &actual, const Tolerance &tolerance)
{
    const QImage a = normalised(reference);
    const QImage b = normalised(actual);
    const int width = std::max(a.width(), b.width());
    const int height = std::max(a.height(), b.height());
    QImage diff(width, height, QImage::Format_RGB32);
    diff.fill(qRgb(255, 255, 255));
    const QRgb red = qRgb(255, 0, 0), yellow = qRgb(255, 200, 0), magenta = qRgb(255, 0, 255);
    int left = width, top = height, right = -1, bottom = -1;
    for (int y = 0; y < height; ++y) {
        auto *out = reinterpret_cast<QRgb *>(diff.scanLine(y));
        for (int x = 0; x < width; ++x) {
            const bool inA = x < a.width() && y < a.height();
            const bool inB = x < b.width() && y < b.height();
            if (!inA || !inB) { // outside one of them: a size change
                out[x] = red;
                continue;
            }
            const QRgb pa = a.pixel(x, y), pb = b.pixel(x, y);
            const int delta = channelDelta(pa, pb);
            if (delta > tolerance.fuzz) {
                out[x] = red;
                left = std::min(left, x);
                right = std::max(right, x);
                top = std::min(top, y);
                bottom = std::max(bottom, y);
            } else if (delta > 0) {
                out[x] = yellow;
            } else {
                const int grey = 185 + qGray(pa) * 70 / 255; // faded, so the red stands out
                out[x] = qRgb(grey, grey, grey);
            }
        }
    }
    if (right >= 0) {
        const QRect frame = QRect(QPoint(left, top), QPoint(right, bottom)).adjusted(-8, -8, 8, 8);
        for (int t = 0; t < 4; ++t) {
            const QRect r = frame.adjusted(-t, -t, t, t);
            for (int x = r.left(); x <= r.right(); ++x)
                for (int y : { r.top(), r.bottom() })
                    if (diff.rect().contains(x, y) && diff.pixel(x, y) != red)
                        diff.setPixel(x, y, magenta);
            for (int y = r.top(); y <= r.bottom(); ++y)
                for (int x : { r.left(), r.right() })
                    if (diff.rect().contains(x, y) && diff.pixel(x, y) != red)
                        diff.setPixel(x, y, magenta);
        }
    }
    return diff;
}

} // namespace linli::golden
