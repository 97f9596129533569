#include "camera_scanner.h"

#include "frame_decoder.h"

#include <QCamera>
#include <QDateTime>
#include <QMediaCaptureSession>
#include <QMediaDevices>
#include <QtConcurrent>
#include <QVideoFrame>
#include <QVideoSink>

namespace {
// The same code seen again within this long is the same person still holding it up.
constexpr qint64 kSameCodeMs = 5000;
} // namespace

CameraScanner::CameraScanner(QObject *parent)
    : QObject(parent)
{
    const QCameraDevice device = QMediaDevices::defaultVideoInput();
    if (device.isNull())
        return;
    m_camera = new QCamera(device, this);
    m_session = new QMediaCaptureSession(this);
    m_sink = new QVideoSink(this);
    m_session->setCamera(m_camera);
    m_session->setVideoSink(m_sink);
    connect(m_sink, &QVideoSink::videoFrameChanged, this, &CameraScanner::onFrame);
    connect(&m_decoding, &QFutureWatcher<std::optional<QString>>::finished, this, &CameraScanner::onDecoded);
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
    emit activeChanged();
}

void CameraScanner::onFrame(const QVideoFrame &frame)
{
    if (!m_active || m_decoding.isRunning())
        return;
    const QImage image = frame.toImage(); // on the GUI thread: the frame is only mapped here
    m_decoding.setFuture(QtConcurrent::run([image] { return decodeQrFrame(image); }));
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
