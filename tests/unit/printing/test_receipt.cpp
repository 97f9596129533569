// The receipt as drawn: one 1-bit image the printer's width, its QR code readable, its Chinese
// drawn from a CJK font; and the raster a printer gets from it.
#include "mono_image.h"
#include "receipt.h"
#include "receipt_checks.h"
#include "tickets/ticket_qr.h"

#include <gtest/gtest.h>
#include <QFontInfo>
#include <QRawFont>

using namespace linli::printing;

namespace {

// Black dots in rows [top, bottom).
int darkDots(const QImage &mono, int top, int bottom)
{
    int count = 0;
    for (int y = top; y < bottom; ++y)
        for (int x = 0; x < mono.width(); ++x)
            count += mono.pixelIndex(x, y);
    return count;
}

} // namespace

TEST(Receipt, IsOneBitAtThePrintersWidthAndItsQrCodeReads)
{
    for (const int dots : { kPaperDots80mm, kPaperDots58mm }) {
        const QImage receipt = renderReceipt(test::sampleReceipt(), dots);
        EXPECT_EQ(receipt.format(), QImage::Format_Mono);
        EXPECT_EQ(receipt.width(), dots);
        EXPECT_GT(receipt.height(), dots) << "a receipt is longer than wide";
        EXPECT_EQ(test::readQr(receipt), test::sampleReceipt().qrText) << dots << " dots";
    }
}

TEST(Receipt, QrModulesAreWholeDotsLargeEnoughToScanWithTheirQuietZone)
{
    const auto qr = linli::tickets::qrMatrix(test::sampleReceipt().qrText);
    ASSERT_TRUE(qr);
    for (const int dots : { kPaperDots80mm, kPaperDots58mm }) {
        const QImage receipt = renderReceipt(test::sampleReceipt(), dots);
        const auto found = test::qrTopLeft(receipt);
        ASSERT_TRUE(found) << dots;
        // The finder pattern's outer corner: the first black dot on the diagonals from a little up
        // and left of zxing's corner (inside the quiet zone).
        QPoint corner(-1, -1);
        for (int d = 0; d < 48 && corner.x() < 0; ++d)
            for (int i = 0; i <= d && corner.x() < 0; ++i) {
                const QPoint p = *found + QPoint(-12 + i, -12 + d - i);
                if (receipt.rect().contains(p) && receipt.pixelIndex(p))
                    corner = p;
            }
        ASSERT_GE(corner.x(), 0);
        int run = 0;
        while (receipt.pixelIndex(corner.x() + run, corner.y()))
            ++run;
        ASSERT_EQ(run % 7, 0) << "finder pattern " << run << " dots wide";
        const int module = run / 7;
        EXPECT_GE(module, 6) << dots;
        EXPECT_LE(module, 8) << dots;
        // Every module a whole block of dots of its colour, and the quiet zone white.
        const int quiet = linli::tickets::kQrQuietZoneModules;
        int wrongDots = 0;
        for (int my = -quiet; my < qr->size + quiet; ++my)
            for (int mx = -quiet; mx < qr->size + quiet; ++mx) {
                const bool dark = mx >= 0 && my >= 0 && mx < qr->size && my < qr->size && qr->dark(mx, my);
                for (int y = 0; y < module; ++y)
                    for (int x = 0; x < module; ++x)
                        wrongDots
                            += receipt.pixelIndex(corner.x() + mx * module + x, corner.y() + my * module + y)
                            != int(dark);
            }
        EXPECT_EQ(wrongDots, 0) << dots;
    }
}

TEST(Receipt, ChineseIsDrawnFromACjkFontAboveTheCode)
{
    QFont font(receiptFontFamily());
    EXPECT_EQ(QFontInfo(font).family(), receiptFontFamily()) << "fonts-noto-cjk is not installed";
    const QRawFont raw = QRawFont::fromFont(font);
    for (const QChar c : test::sampleReceipt().hallName + test::sampleReceipt().title)
        EXPECT_TRUE(raw.supportsCharacter(c)) << "no glyph for U+" << std::hex << int(c.unicode());

    // The hall name and title make black dots in the top of the receipt; without them it is
    // the same height less their lines, and blank there.
    ReceiptContent content = test::sampleReceipt();
    const QImage withText = renderReceipt(content, kPaperDots80mm);
    content.hallName.clear();
    content.title.clear();
    const QImage without = renderReceipt(content, kPaperDots80mm);
    EXPECT_GT(withText.height(), without.height() + 60);
    EXPECT_GT(darkDots(withText, 0, 60), 500);
    EXPECT_GT(darkDots(withText, 60, 140), 1000);
}

TEST(Receipt, AnUnencodableTextStillPrintsTheHumanCode)
{
    ReceiptContent content = test::sampleReceipt();
    content.qrText = QStringLiteral("lower case is not alphanumeric mode");
    const QImage receipt = renderReceipt(content, kPaperDots80mm);
    EXPECT_EQ(test::readQr(receipt), QString());
    EXPECT_GT(darkDots(receipt, 0, receipt.height()), 3000);
}

TEST(MonoImage, RasterRoundTripsAndPadsToWholeBytes)
{
    QImage image(13, 2, QImage::Format_Grayscale8);
    image.fill(Qt::white);
    image.setPixel(0, 0, qRgb(0, 0, 0));
    image.setPixel(12, 1, qRgb(40, 40, 40)); // dark grey burns
    image.setPixel(5, 1, qRgb(200, 200, 200)); // light grey does not
    const MonoRaster raster = toMonoRaster(image);
    EXPECT_EQ(raster.widthBytes, 2);
    EXPECT_EQ(raster.bits, QByteArray("\x80\x00\x00\x08", 4));
    const QImage back = fromMonoRaster(raster);
    EXPECT_EQ(back.width(), 16);
    EXPECT_EQ(back.pixelIndex(0, 0), 1);
    EXPECT_EQ(back.pixelIndex(12, 1), 1);
    EXPECT_EQ(back.pixelIndex(5, 1), 0);
}

TEST(MonoImage, TheReceiptsRasterIsItsImage)
{
    const QImage receipt = renderReceipt(test::sampleReceipt(), kPaperDots80mm);
    const MonoRaster raster = toMonoRaster(receipt);
    EXPECT_EQ(raster.widthDots(), kPaperDots80mm);
    EXPECT_EQ(fromMonoRaster(raster), receipt);
    const auto parsed = test::rasterFromJob(receiptJob(raster));
    ASSERT_TRUE(parsed);
    EXPECT_EQ(parsed->bits, raster.bits);
}
