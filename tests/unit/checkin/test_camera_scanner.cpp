// The camera scanner on recorded frames (LINLI_CAMERA_FRAMES): the code is read off the worker
// thread and every frame reaches the preview the resident looks at.
#include "../tickets/ticket_fixture.h"
#include "camera_frames.h"
#include "camera_scanner.h"
#include "support/temp_dir.h"

#include <QSignalSpy>
#include <QVideoFrame>
#include <QVideoSink>

using namespace linli::checkin::test;
using namespace linli::tickets::test;

namespace {

class CameraScannerTest : public TicketFixture {
protected:
    void TearDown() override { qunsetenv("LINLI_CAMERA_FRAMES"); }
    QString save(const QImage &frame, const QString &name)
    {
        const QString file = dir.path() + u'/' + name;
        EXPECT_TRUE(frame.save(file));
        return file;
    }
    linli::test::TempDir dir;
};

TEST_F(CameraScannerTest, ReadsTheCodeAndShowsEveryFrameInThePreview)
{
    const auto ticket = danceTicket();
    QImage empty(1280, 720, QImage::Format_RGB32);
    empty.fill(QColor(125, 122, 116));
    Degradation tilted;
    tilted.rotateDegrees = 9;
    const QString frames = save(empty, QStringLiteral("empty.png")) + u':'
        + save(cameraFrame(drawQr(ticket.text), tilted), QStringLiteral("code.png"));
    qputenv("LINLI_CAMERA_FRAMES", frames.toUtf8());

    CameraScanner scanner;
    QVideoSink preview;
    scanner.setPreview(&preview);
    QSignalSpy decoded(&scanner, &CameraScanner::decoded);
    QSignalSpy shown(&preview, &QVideoSink::videoFrameChanged);
    ASSERT_TRUE(scanner.available());
    scanner.setActive(true);

    ASSERT_TRUE(decoded.wait(5000));
    EXPECT_EQ(decoded.takeFirst().at(0).toString(), ticket.text);
    ASSERT_EQ(shown.count(), 2); // the empty counter, then the code
    EXPECT_EQ(preview.videoFrame().size(), QSize(1280, 720));
    // Read the frame's own bytes (toImage needs a GUI application): the code's frame, not the
    // empty counter, is what the resident sees last.
    QVideoFrame last = preview.videoFrame();
    ASSERT_TRUE(last.map(QVideoFrame::ReadOnly));
    const uchar *centre = last.bits(0) + 360 * last.bytesPerLine(0) + 640 * 4;
    EXPECT_NE(QColor(centre[2], centre[1], centre[0]), QColor(125, 122, 116));
    last.unmap();
}

TEST_F(CameraScannerTest, AnInactiveScannerShowsAndReadsNothing)
{
    qputenv("LINLI_CAMERA_FRAMES",
        save(cameraFrame(drawQr(danceTicket().text), {}), QStringLiteral("c.png")).toUtf8());
    CameraScanner scanner;
    QVideoSink preview;
    scanner.setPreview(&preview);
    QSignalSpy decoded(&scanner, &CameraScanner::decoded);
    QSignalSpy shown(&preview, &QVideoSink::videoFrameChanged);
    EXPECT_FALSE(decoded.wait(400));
    EXPECT_EQ(shown.count(), 0);
}

} // namespace
