// The camera's decoding on recorded frames: ticket QR codes drawn from tickets::qrMatrix,
// degraded as a camera sees them, in a 1280×720 frame, read by the decoder the camera uses.
#include "../tickets/ticket_fixture.h"
#include "camera_frames.h"
#include "frame_decoder.h"

#include <QBuffer>

using namespace linli::checkin::test;
using namespace linli::tickets::test;

namespace {

// Saved and read back as PNG: the frames are recordings, not the drawing's own pixels.
QImage recorded(const QImage &frame)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    EXPECT_TRUE(frame.save(&buffer, "PNG"));
    return QImage::fromData(bytes, "PNG");
}

class FrameDecoderTest : public TicketFixture {
protected:
    FrameDecoderTest()
        : ticket(danceTicket())
        , code(drawQr(ticket.text))
    {
    }
    std::optional<QString> decode(const Degradation &d)
    {
        return decodeQrFrame(recorded(cameraFrame(code, d)));
    }

    linli::tickets::IssuedTicket ticket;
    QImage code;
};

} // namespace

TEST_F(FrameDecoderTest, ASharpCodeInTheFrameReadsAsItsTicketText)
{
    ASSERT_FALSE(code.isNull());
    EXPECT_EQ(decode({}), ticket.text);
}

TEST_F(FrameDecoderTest, ModerateDegradationsStillRead)
{
    struct Case {
        const char *what;
        Degradation d;
    };
    const Case cases[] = {
        { "blurred", { .blurPasses = 2 } },
        { "rotated 15°", { .rotateDegrees = 15 } },
        { "rotated -15° and smaller", { .scale = 0.8, .rotateDegrees = -15 } },
        { "low contrast", { .darkest = 90, .lightest = 170 } },
        { "small in the frame (3.3 px a module)", { .scale = 0.6 } },
        { "noisy", { .noise = 20 } },
        { "all of them, mildly",
            { .scale = 0.8,
                .rotateDegrees = 12,
                .blurPasses = 1,
                .darkest = 70,
                .lightest = 190,
                .noise = 10 } },
    };
    for (const Case &c : cases)
        EXPECT_EQ(decode(c.d), ticket.text) << c.what;
}

TEST_F(FrameDecoderTest, TheDecodedTextChecksTheTicketIn)
{
    const auto text = decode({ .rotateDegrees = 15, .blurPasses = 1 });
    ASSERT_TRUE(text);
    setNow("2026-11-23T14:52:00");
    EXPECT_EQ(office->checkIn(*text, danceDoor).status, linli::tickets::TicketStatus::Accepted);
}

TEST(FrameDecoder, GarbageFramesGiveNothing)
{
    QImage grey(1280, 720, QImage::Format_Grayscale8);
    grey.fill(128);
    EXPECT_FALSE(decodeQrFrame(grey));
    QRandomGenerator random(42);
    for (int y = 0; y < grey.height(); ++y)
        for (int x = 0; x < grey.width(); ++x)
            grey.scanLine(y)[x] = uchar(random.bounded(256));
    EXPECT_FALSE(decodeQrFrame(grey)) << "noise";
    EXPECT_FALSE(decodeQrFrame(QImage()));
    // A code washed out to nothing is not guessed at.
    EXPECT_FALSE(
        decodeQrFrame(cameraFrame(drawQr(QStringLiteral("LT1:ABC")), { .darkest = 127, .lightest = 129 })));
}
