// The round trip of generated tickets of every kind: all 10,000 signed, written as ticket
// text, read back and verified; and a sample of them (every 20th, 500, with the widest ticket
// there is) drawn as QR codes, saved as PNGs, loaded again and found by zxing-cpp's detector,
// as from a screenshot of the booked screen. Only a sample goes through the QR code: libqrencode
// spends about 0.7 ms choosing the mask of each version-8 code on this machine, and zxing and
// the PNG as much again, which is over 20 s for 10,000 in the dev build.
#define ZX_USE_UTF8 1
#include "generated_tickets.h"
#include "tickets/ticket_qr.h"
#include "tickets/verification.h"

#include <gtest/gtest.h>
#include <QBuffer>
#include <QElapsedTimer>
#include <QImage>
#include <ZXing/ReadBarcode.h>

using namespace linli::tickets;
using linli::tickets::test::TicketGenerator;

namespace {

constexpr int kTickets = 10000;
constexpr int kThroughQrEvery = 20;
constexpr int kPixelsPerModule = 4;

// The QR code as a screen or a receipt shows it: black on white, with its quiet zone.
QImage draw(const QrMatrix &qr)
{
    const int side = (qr.size + 2 * kQrQuietZoneModules) * kPixelsPerModule;
    QImage image(side, side, QImage::Format_Grayscale8);
    image.fill(255);
    for (int y = 0; y < qr.size; ++y) {
        for (int x = 0; x < qr.size; ++x) {
            if (!qr.dark(x, y))
                continue;
            for (int dy = 0; dy < kPixelsPerModule; ++dy) {
                uchar *row = image.scanLine((y + kQrQuietZoneModules) * kPixelsPerModule + dy);
                std::fill_n(row + (x + kQrQuietZoneModules) * kPixelsPerModule, kPixelsPerModule, uchar(0));
            }
        }
    }
    return image;
}

QImage throughPng(const QImage &image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    EXPECT_TRUE(image.save(&buffer, "PNG"));
    EXPECT_TRUE(bytes.startsWith("\x89PNG"));
    return QImage::fromData(bytes, "PNG").convertToFormat(QImage::Format_Grayscale8);
}

struct Read {
    QString text;
    QString level; // error correction level
};

Read readBack(const QImage &image)
{
    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormat::QRCode);
    const ZXing::Result result = ZXing::ReadBarcode({ image.constBits(), image.width(), image.height(),
                                                        ZXing::ImageFormat::Lum, int(image.bytesPerLine()) },
        hints);
    if (!result.isValid())
        return {};
    return { QString::fromStdString(result.text()), QString::fromStdString(result.ecLevel()) };
}

class RoundTrip : public ::testing::Test {
protected:
    RoundTrip()
        : key(SigningKey::fromSeed(QByteArray(32, '\x2a')))
    {
        context.hall = 0x1234abcd;
        context.publicKeyOf = [this](quint32 id) {
            return id == key.keyId() ? std::optional<QByteArray>(key.publicKey()) : std::nullopt;
        };
    }
    // The same 10,000 tickets every run; the first is the widest there can be.
    std::vector<Ticket> tickets() const
    {
        std::vector<Ticket> all{ TicketGenerator::widest(context.hall, key.keyId()) };
        TicketGenerator generator(2026, context.hall, key.keyId());
        while (all.size() < kTickets)
            all.push_back(generator.next());
        return all;
    }
    // Checks `text` as the signed `ticket`, at the start of its window.
    void expectChecks(const QString &text, const Ticket &ticket, std::size_t i)
    {
        context.nowUtc = ticket.validFromUtc;
        const Verification v = verifyTicketText(text, context);
        ASSERT_EQ(v.ticket, ticket) << i << ": the signature checks";
        // The widest ticket's times are in 2106, past any plausible clock.
        ASSERT_EQ(v.status, i == 0 ? TicketStatus::ClockWrong : TicketStatus::Accepted) << i;
    }

    SigningKey key;
    VerifyContext context;
};

} // namespace

TEST_F(RoundTrip, TenThousandTicketsSignedWrittenReadAndVerified)
{
    QElapsedTimer timer;
    timer.start();
    const std::vector<Ticket> all = tickets();
    for (std::size_t i = 0; i < all.size(); ++i) {
        const QString text = linli::tickets::test::signedText(all[i], key);
        ASSERT_LE(text.size(), kMaxTicketTextLength);
        expectChecks(text, all[i], i);
    }
    std::printf("%zu tickets signed, written and verified in %lld ms\n", all.size(),
        static_cast<long long>(timer.elapsed()));
}

TEST_F(RoundTrip, ASampleDrawnAsQrCodesSavedAsPngsAndReadByZxing)
{
    QElapsedTimer timer;
    timer.start();
    const std::vector<Ticket> all = tickets();
    int versions[kMaxQrVersion + 1] = {};
    int sampled = 0;
    for (std::size_t i = 0; i < all.size(); i += kThroughQrEvery) {
        const QString text = linli::tickets::test::signedText(all[i], key);
        const auto qr = qrMatrix(text);
        ASSERT_TRUE(qr) << i;
        ASSERT_LE(qr->version, kMaxQrVersion);
        ++versions[qr->version];
        const Read read = readBack(throughPng(draw(*qr)));
        ASSERT_EQ(read.text, text) << "ticket " << i << " did not read back from its PNG";
        ASSERT_EQ(read.level, QStringLiteral("M"));
        expectChecks(read.text, all[i], i);
        ++sampled;
    }
    EXPECT_EQ(sampled, kTickets / kThroughQrEvery);
    std::string histogram;
    for (int v = 1; v <= kMaxQrVersion; ++v)
        histogram += versions[v] ? " v" + std::to_string(v) + ":" + std::to_string(versions[v]) : "";
    std::printf("%d tickets through QR code, PNG and zxing-cpp in %lld ms; QR versions%s\n", sampled,
        static_cast<long long>(timer.elapsed()), histogram.c_str());
}
