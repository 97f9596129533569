#include "camera_scanner.h"

#include "frame_decoder.h"
#include "tickets/tickets_log.h"

#include <cstring>
#include <QCamera>
#include <QDateTime>
#include <QImageReader>
#include <QMediaCaptureSession>
#include <QMediaDevices>
#include <QtConcurrent>
#include <QVideoFrame>
#include <QVideoSink>

namespace {
// The same code seen again within this long is the same person still holding it up.
constexpr qint64 kSameCodeMs = 5000;

// A recorded frame as the camera would deliver it, for the preview.
QVideoFrame videoFrameOf(const QImage &image)
{
    const QImage bgra = image.convertToFormat(QImage::Format_ARGB32); // B, G, R, A in memory
    QVideoFrame frame(QVideoFrameFormat(bgra.size(), QVideoFrameFormat::Format_BGRA8888));
    if (bgra.isNull() || !frame.map(QVideoFrame::WriteOnly))
        return {};
    for (int y = 0; y < bgra.height(); ++y)
        std::memcpy(
            frame.bits(0) + y * frame.bytesPerLine(0), bgra.constScanLine(y), size_t(bgra.width()) * 4);
    frame.unmap();
    return frame;
}
} // namespace

CameraScanner::CameraScanner(QObject *parent)
    : QObject(parent)
{
    connect(&m_decoding, &QFutureWatcher<std::optional<QString>>::finished, this, &CameraScanner::onDecoded);
    if (const QString recorded = qEnvironmentVariable("LINLI_CAMERA_FRAMES"); !recorded.isEmpty()) {
        m_recordedFrames = recorded.split(u':', Qt::SkipEmptyParts);
        m_recordedClock = new QTimer(this);
        m_recordedClock->setInterval(100);
        connect(m_recordedClock, &QTimer::timeout, this, &CameraScanner::playRecordedFrame);
        return;
    }
    const QCameraDevice device = QMediaDevices::defaultVideoInput();
    if (device.isNull())
        return;
    m_camera = new QCamera(device, this);
    m_session = new QMediaCaptureSession(this);
    m_sink = new QVideoSink(this);
    m_session->setCamera(m_camera);
    m_session->setVideoSink(m_sink);
    connect(m_sink, &QVideoSink::videoFrameChanged, this, &CameraScanner::onFrame);
}

CameraScanner::~CameraScanner()
{
    m_decoding.waitForFinished();
}

void CameraScanner::setActive(bool active)
{
    if (m_active == active)
        return;
    m_active = active;
    if (m_camera)
        active ? m_camera->start() : m_camera->stop();
    if (m_recordedClock)
        active ? m_recordedClock->start() : m_recordedClock->stop();
    emit activeChanged();
}

void CameraScanner::setPreview(QVideoSink *preview)
{
    if (m_preview == preview)
        return;
    m_preview = preview;
    emit previewChanged();
}

void CameraScanner::onFrame(const QVideoFrame &frame)
{
    if (m_active && m_preview)
        m_preview->setVideoFrame(frame);
    if (!m_active || m_decoding.isRunning())
        return;
    decode(frame.toImage()); // on the GUI thread: the frame is only mapped here
}

void CameraScanner::decode(const QImage &image)
{
    m_decoding.setFuture(QtConcurrent::run([image] { return decodeQrFrame(image); }));
}

void CameraScanner::playRecordedFrame()
{
    if (!m_active || m_decoding.isRunning())
        return;
    if (m_nextRecorded >= m_recordedFrames.size()) {
        m_recordedClock->stop(); // the recording is over
        return;
    }
    const QString file = m_recordedFrames.at(m_nextRecorded++);
    QImageReader reader(file);
    const QImage image = reader.read();
    if (image.isNull())
        qCWarning(lcTickets).noquote() << "recorded camera frame" << file << reader.errorString();
    else if (m_preview)
        m_preview->setVideoFrame(videoFrameOf(image));
    decode(image);
}

void CameraScanner::onDecoded()
{
    const std::optional<QString> text = m_decoding.result();
    if (!text)
        return;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const bool same = *text == m_lastText && now - m_lastSeenMs < kSameCodeMs;
    m_lastText = *text;
    m_lastSeenMs = now;
    if (!same)
        emit decoded(*text);
}
