#pragma once

#include <QImage>
#include <QObject>
#include <QString>

class QQuickWindow;

// Waits until the requested screen has been drawn, then saves it as a PNG (--screenshot)
// or announces the first frame (--exit-after-first-frame), and quits the application. A
// screenshot waits for the screen to settle: two grabs a moment apart that are the same to the
// pixel (the keyboard lays its keys out over several frames, later on a busy machine).
class ScreenCapture : public QObject {
    Q_OBJECT
public:
    enum class Mode { SavePng, AnnounceFirstFrame };
    ScreenCapture(QQuickWindow *window, Mode mode, QString file, QObject *parent = nullptr);

    void onScreenReady();

private:
    void finish();
    void grabWhenSettled();

    QQuickWindow *m_window;
    Mode m_mode;
    QString m_file;
    bool m_armed = false;
    bool m_finished = false; // queued swaps already on their way call finish() once more
    QImage m_previous;
    int m_grabs = 0;
};
