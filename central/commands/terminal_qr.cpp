#include "commands/terminal_qr.h"

#include <qrencode.h>

namespace linli::central {

QString terminalQr(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    QRcode *qr = QRcode_encodeString(utf8.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1);
    if (!qr)
        return {};
    const int quiet = 2;
    const int size = qr->width + 2 * quiet;
    auto dark = [&](int x, int y) {
        x -= quiet;
        y -= quiet;
        return x >= 0 && y >= 0 && x < qr->width && y < qr->width && (qr->data[y * qr->width + x] & 1);
    };
    // Light modules are drawn as blocks, so the code reads on a dark terminal background.
    QString out;
    for (int y = 0; y < size; y += 2) {
        for (int x = 0; x < size; ++x) {
            const bool top = !dark(x, y), bottom = !dark(x, y + 1) && y + 1 < size;
            out += top && bottom ? QChar(0x2588) : top ? QChar(0x2580) : bottom ? QChar(0x2584) : QChar(u' ');
        }
        out += u'\n';
    }
    QRcode_free(qr);
    return out;
}

} // namespace linli::central
