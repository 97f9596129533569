#pragma once

#include <QGuiApplication>

class Kiosk;
class LanguageController;
class QQmlApplicationEngine;
class QQuickWindow;

namespace linli::bench {

// The GUI the screen benchmarks measure on: offscreen, Qt Quick's software renderer, the
// kiosk's CJK font. Sets the platform and renderer before the application object exists.
class OffscreenGui {
public:
    OffscreenGui(int &argc, char **argv);

private:
    static int prepare(int &argc);
    int m_prepared;
    QGuiApplication m_app;
};

// The kiosk's window (Main.qml) on `kiosk`, as linli-kiosk shows it, at 1080x1920 and shown;
// never null (a QML that does not load ends the benchmark).
QQuickWindow *showKioskWindow(QQmlApplicationEngine &engine, LanguageController &language, Kiosk &kiosk);

} // namespace linli::bench
