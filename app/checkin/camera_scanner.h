#pragma once

#include <memory>
#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QStringList>
#include <QTimer>
#include <QVideoSink>

class QCamera;
class QMediaCaptureSession;
class QVideoFrame;

// The kiosk's camera as a QR scanner: frames go to decodeQrFrame on a worker thread (one at a
// time; frames arriving meanwhile are dropped) and a code found is announced once, not again
// while the same code stays in view. No camera: available is false and the screen says so.
// Test aid (the ticket walk): LINLI_CAMERA_FRAMES, image files separated by ':', stands in
// for the camera: while active, one recorded frame every 100 ms, in order, through the same
// decoding on the same worker thread. Every frame, camera or recorded, is also shown in
// `preview` (a VideoOutput's sink), so a resident sees where to hold the code.
class CameraScanner : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(bool available READ available CONSTANT)
    Q_PROPERTY(bool active READ active WRITE setActive NOTIFY activeChanged)
    Q_PROPERTY(QVideoSink *preview READ preview WRITE setPreview NOTIFY previewChanged)

public:
    explicit CameraScanner(QObject *parent = nullptr);
    ~CameraScanner() override;

    bool available() const { return m_camera != nullptr || !m_recordedFrames.isEmpty(); }
    bool active() const { return m_active; }
    void setActive(bool active);
    QVideoSink *preview() const { return m_preview; }
    void setPreview(QVideoSink *preview);

signals:
    void activeChanged();
    void previewChanged();
    void decoded(const QString &text);

private:
    void onFrame(const QVideoFrame &frame);
    void decode(const QImage &image);
    void playRecordedFrame();
    void onDecoded();

    QCamera *m_camera = nullptr;
    QMediaCaptureSession *m_session = nullptr;
    QVideoSink *m_sink = nullptr;
    QPointer<QVideoSink> m_preview;
    QFutureWatcher<std::optional<QString>> m_decoding;
    QString m_lastText;
    qint64 m_lastSeenMs = 0;
    bool m_active = false;
    QStringList m_recordedFrames;
    QTimer *m_recordedClock = nullptr;
    qsizetype m_nextRecorded = 0;
};
