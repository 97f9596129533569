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
    if (m_mode == Mode::AnnounceFirstFrame) {
        std::fputs("first-frame\n", stdout);
        std::fflush(stdout);
        QCoreApplication::exit(0);
        return;
    }
    // Parts of a screen built in the background (the search screen's keyboard) arrive
    // a few frames after the first; a screenshot shows the screen settled, as a resident sees it.
    if (!m_settled) {
        m_settled = true;
        QTimer::singleShot(1500, this, &ScreenCapture::finish);
        return;
    }
    const QImage image = m_window->grabWindow();
    if (image.isNull() || !image.save(m_file, "PNG")) {
        std::fprintf(stderr, "linli-kiosk: cannot save the screenshot to %s\n", qPrintable(m_file));
        QCoreApplication::exit(1);
        return;
    }
    std::fprintf(stdout, "saved %s (%dx%d)\n", qPrintable(m_file), image.width(), image.height());
    QCoreApplication::exit(0);
}
