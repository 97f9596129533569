#include "screen_capture.h"

#include <cstdio>
#include <QCoreApplication>
#include <QImage>
#include <QQuickWindow>
#include <QTimer>

ScreenCapture::ScreenCapture(QQuickWindow *window, Mode mode, QString file, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_mode(mode)
    , m_file(std::move(file))
{
    // A screen that never becomes ready must not hang a test run.
    QTimer::singleShot(30000, this, [] {
        std::fprintf(stderr, "linli-kiosk: the screen was not ready within 30 s\n");
        QCoreApplication::exit(3);
    });
}

void ScreenCapture::onScreenReady()
{
    if (m_armed)
        return;
    m_armed = true;
    // The page is in the scene; the frame after the next swap shows it.
    connect(m_window, &QQuickWindow::frameSwapped, this, &ScreenCapture::finish, Qt::QueuedConnection);
    m_window->update();
}

void ScreenCapture::finish()
{
    disconnect(m_window, &QQuickWindow::frameSwapped, this, &ScreenCapture::finish);
    if (m_finished)
        return;
    m_finished = true;
    if (m_mode == Mode::AnnounceFirstFrame) {
        std::fputs("first-frame\n", stdout);
        std::fflush(stdout);
        QCoreApplication::exit(0);
        return;
    }
    grabWhenSettled();
}

void ScreenCapture::grabWhenSettled()
{
    constexpr int kIntervalMs = 250, kMaxGrabs = 40; // ten seconds, then the screen as it is
    QImage image = m_window->grabWindow();
    const bool settled = !image.isNull() && image == m_previous;
    if (!settled && ++m_grabs < kMaxGrabs) {
        m_previous = std::move(image);
        QTimer::singleShot(kIntervalMs, this, &ScreenCapture::grabWhenSettled);
        return;
    }
    if (image.isNull() || !image.save(m_file, "PNG")) {
        std::fprintf(stderr, "linli-kiosk: cannot save the screenshot to %s\n", qPrintable(m_file));
        QCoreApplication::exit(1);
        return;
    }
    std::fprintf(stdout, "saved %s (%dx%d)\n", qPrintable(m_file), image.width(), image.height());
    QCoreApplication::exit(0);
}
