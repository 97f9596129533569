#pragma once

// Camera frames of ticket QR codes for the decoder's tests and benchmark: the code drawn as a
// screen shows it, then degraded as a camera sees it, placed in a 1280×720 frame.
#include "tickets/ticket_qr.h"

#include <QImage>
#include <QPainter>
#include <QRandomGenerator>
#include <QTransform>

namespace linli::checkin::test {

struct Degradation {
    double scale = 1.0; // of the code's side, relative to 400 px
    double rotateDegrees = 0;
    int blurPasses = 0; // 3×3 box blurs
    int darkest = 0, lightest = 255; // the contrast left
    int noise = 0; // ± grey levels of sensor noise
};

inline QImage drawQr(const QString &text, int pixelsPerModule = 8)
{
    const auto qr = tickets::qrMatrix(text);
    if (!qr)
        return {};
    const int side = (qr->size + 2 * tickets::kQrQuietZoneModules) * pixelsPerModule;
    QImage image(side, side, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    for (int y = 0; y < qr->size; ++y)
        for (int x = 0; x < qr->size; ++x)
            if (qr->dark(x, y))
                p.fillRect((x + tickets::kQrQuietZoneModules) * pixelsPerModule,
                    (y + tickets::kQrQuietZoneModules) * pixelsPerModule, pixelsPerModule, pixelsPerModule,
                    Qt::black);
    return image;
}

inline QImage boxBlur(const QImage &grey)
{
    QImage out = grey;
    for (int y = 1; y < grey.height() - 1; ++y) {
        uchar *o = out.scanLine(y);
        for (int x = 1; x < grey.width() - 1; ++x) {
            int sum = 0;
            for (int dy = -1; dy <= 1; ++dy) {
                const uchar *row = grey.constScanLine(y + dy);
                sum += row[x - 1] + row[x] + row[x + 1];
            }
            o[x] = uchar(sum / 9);
        }
    }
    return out;
}

// The code as the camera sees it: scaled, turned, on a grey desk in a 1280×720 frame, then
// blurred, its contrast squeezed and noise added.
inline QImage cameraFrame(const QImage &code, const Degradation &d, quint32 seed = 7)
{
    QImage frame(1280, 720, QImage::Format_RGB32);
    frame.fill(QColor(200, 200, 200));
    QPainter p(&frame);
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    const double side = 400 * d.scale;
    p.translate(640 + 120, 360 - 20); // not centred: a hand is never
    p.rotate(d.rotateDegrees);
    p.drawImage(QRectF(-side / 2, -side / 2, side, side), code);
    p.end();
    QImage grey = frame.convertToFormat(QImage::Format_Grayscale8);
    for (int i = 0; i < d.blurPasses; ++i)
        grey = boxBlur(grey);
    QRandomGenerator random(seed);
    for (int y = 0; y < grey.height(); ++y) {
        uchar *row = grey.scanLine(y);
        for (int x = 0; x < grey.width(); ++x) {
            int v = d.darkest + row[x] * (d.lightest - d.darkest) / 255;
            if (d.noise > 0)
                v += int(random.bounded(2 * d.noise + 1)) - d.noise;
            row[x] = uchar(std::clamp(v, 0, 255));
        }
    }
    return grey;
}

} // namespace linli::checkin::test
