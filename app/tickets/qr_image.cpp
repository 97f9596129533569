#include "qr_image.h"

#include <algorithm>
#include <QPainter>

using linli::tickets::kQrQuietZoneModules;
using linli::tickets::QrMatrix;

int qrSideModules(const QrMatrix &matrix)
{
    return matrix.size + 2 * kQrQuietZoneModules;
}

int qrModuleSize(const QrMatrix &matrix, int sidePixels)
{
    return std::max(1, sidePixels / qrSideModules(matrix));
}

QImage qrImage(const QrMatrix &matrix, int moduleSize)
{
    const int side = qrSideModules(matrix) * moduleSize;
    QImage image(side, side, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing, false);
    for (int y = 0; y < matrix.size; ++y)
        for (int x = 0; x < matrix.size; ++x)
            if (matrix.dark(x, y))
                painter.fillRect((x + kQrQuietZoneModules) * moduleSize,
                    (y + kQrQuietZoneModules) * moduleSize, moduleSize, moduleSize, Qt::black);
    return image;
}
