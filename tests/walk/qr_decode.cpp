// qr_decode IMAGE... — prints the text of the QR code in each image, one a line, read as the
// check-in kiosk's camera reads a frame (decodeQrFrame, zxing-cpp); exit 1 if one has none.
// The ticket walk reads the screen's QR code and the printed receipt with it.
#include "frame_decoder.h"

#include <cstdio>
#include <QGuiApplication>
#include <QImage>

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    if (argc < 2) {
        std::fputs("usage: qr_decode IMAGE...\n", stderr);
        return 2;
    }
    int status = 0;
    for (int i = 1; i < argc; ++i) {
        const std::optional<QString> text = decodeQrFrame(QImage(QString::fromLocal8Bit(argv[i])));
        if (!text) {
            std::fprintf(stderr, "qr_decode: no QR code in %s\n", argv[i]);
            status = 1;
            continue;
        }
        std::printf("%s\n", qPrintable(*text));
    }
    return status;
}
