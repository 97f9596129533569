#pragma once

#include <QObject>
#include <QString>

class QQuickWindow;

// Waits until the requested screen has been drawn, then saves it as a PNG (--screenshot)
// or announces the first frame (--exit-after-first-frame), and quits the application.
class ScreenCapture : public QObject {
    Q_OBJECT
public:
    enum class Mode { SavePng, AnnounceFirstFrame };
    ScreenCapture(QQuickWindow *window, Mode mode, QString file, QObject *parent = nullptr);

    void onScreenReady();

private:
    void finish();

    QQuickWindow *m_window;
    Mode m_mode;
    QString m_file;
    bool m_armed = false;
    bool m_settled = false; // the settling wait is over (see onScreenReady)
};
