// The ESC/POS bytes of a receipt, exactly, for a raster small enough to write out by hand.
#include "printing/escpos.h"
#include "printing/print_result.h"

#include <gtest/gtest.h>

using namespace linli::printing;

namespace {

// 16 dots wide, 3 rows: a diagonal of black dots from the top left and a full last row.
MonoRaster tinyRaster()
{
    return { 2, 3, QByteArray("\x80\x00\x40\x00\xff\xff", 6) };
}

} // namespace

TEST(EscPos, RasterBandIsGsV0WithLittleEndianWidthInBytesAndHeight)
{
    EXPECT_EQ(rasterBand(tinyRaster(), 0, 3),
        QByteArray("\x1d\x76\x30\x00\x02\x00\x03\x00\x80\x00\x40\x00\xff\xff", 14));
    EXPECT_EQ(rasterBand(tinyRaster(), 2, 1), QByteArray("\x1d\x76\x30\x00\x02\x00\x01\x00\xff\xff", 10));
}

TEST(EscPos, ReceiptJobInitialisesSendsBandsFeedsAndCuts)
{
    const QByteArray expected = QByteArray("\x1b\x40", 2) // ESC @
        + QByteArray("\x1d\x76\x30\x00\x02\x00\x02\x00\x80\x00\x40\x00", 12) // rows 0-1
        + QByteArray("\x1d\x76\x30\x00\x02\x00\x01\x00\xff\xff", 10) // row 2
        + QByteArray("\x1b\x64\x04", 3) // ESC d 4
        + QByteArray("\x1d\x56\x01", 3); // GS V 1
    EXPECT_EQ(receiptJob(tinyRaster(), 2), expected);
}

TEST(EscPos, LargeHeightsAreWrittenLittleEndian)
{
    MonoRaster tall{ 72, 300, QByteArray(72 * 300, '\0') };
    const QByteArray band = rasterBand(tall, 0, 300);
    EXPECT_EQ(band.mid(4, 4), QByteArray("\x48\x00\x2c\x01", 4)); // 72 bytes = 576 dots, 300 rows
    EXPECT_EQ(band.size(), 8 + 72 * 300);
}

TEST(EscPos, DarkReadsMostSignificantBitFirst)
{
    const MonoRaster raster = tinyRaster();
    EXPECT_TRUE(raster.dark(0, 0));
    EXPECT_FALSE(raster.dark(1, 0));
    EXPECT_TRUE(raster.dark(1, 1));
    EXPECT_TRUE(raster.dark(15, 2));
    EXPECT_EQ(raster.widthDots(), 16);
}

TEST(EscPos, PaperStatusByteIsRead)
{
    EXPECT_EQ(paperStatusQuery(), QByteArray("\x10\x04\x04", 3));
    EXPECT_EQ(paperOutFromStatus(0x12), std::optional<bool>(false)); // paper present
    EXPECT_EQ(paperOutFromStatus(0x72), std::optional<bool>(true)); // paper end sensor
    EXPECT_EQ(paperOutFromStatus(0x1e), std::optional<bool>(false)); // near end only: still prints
    EXPECT_EQ(paperOutFromStatus('A'), std::nullopt); // not a status byte
}

TEST(PrintResult, EveryFailureHasWordsInBothLanguagesAndTheNoticeSaysTheBookingStands)
{
    for (PrintFailure f : { PrintFailure::NotConfigured, PrintFailure::PrinterAbsent,
             PrintFailure::ConnectionRefused, PrintFailure::OutOfPaper, PrintFailure::TimedOut,
             PrintFailure::WriteFailed, PrintFailure::Busy }) {
        const PrintResult result = PrintResult::failed(f);
        EXPECT_FALSE(result.printed());
        EXPECT_FALSE(result.reason().zh.isEmpty());
        EXPECT_FALSE(result.reason().en.isEmpty());
    }
    EXPECT_TRUE(PrintResult::ok().printed());
    EXPECT_EQ(printFailedNotice().zh, QStringLiteral("打印失败，您的预约/订餐仍然有效"));
    EXPECT_EQ(printFailedNotice().en, QStringLiteral("Printing failed — your booking stands"));
}
