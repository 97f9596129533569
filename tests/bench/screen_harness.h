#pragma once

#include "core/clock.h"
#include "core/scheduler.h"
#include "language_controller.h"
#include "resident_session.h"
#include "startup/kiosk_database.h"

#include <memory>
#include <QQmlApplicationEngine>
#include <QTemporaryDir>

class Kiosk;
class QQuickWindow;

// The kiosk's window on a fresh database loaded from a content folder, at 2026-11-22T02:00Z,
// in Chinese, shown at 1080x1920 (offscreen, software renderer: set up by the caller's main).
// Measures what a tap costs: from the navigation call Main.qml's go() makes to the first frame
// of the new screen on the glass (frameSwapped).
class ScreenHarness {
public:
    explicit ScreenHarness(const QString &contentDir);
    ~ScreenHarness();

    // Milliseconds from go(route) to the new screen's first frame; then back home.
    double openMs(const QString &route);
    // A resident card read at the kiosk (as on the USB reader): the screens show their prices.
    void identifyCard(const QString &card);

private:
    void waitForFrame(); // the next frame on the glass, or 2 s (which then shows in the figures)

    QTemporaryDir m_dir;
    linli::ManualClock m_clock;
    linli::startup::KioskDatabase m_db;
    LanguageController m_language;
    std::unique_ptr<linli::Scheduler> m_scheduler;
    std::unique_ptr<ResidentSession> m_session;
    std::unique_ptr<Kiosk> m_kiosk;
    QQmlApplicationEngine m_engine;
    QQuickWindow *m_window = nullptr;
};
