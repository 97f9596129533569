#include "kiosk_window.h"

#include "kiosk.h"
#include "language_controller.h"

#include <QFont>
#include <QQmlApplicationEngine>
#include <QQuickWindow>

namespace linli::bench {

int OffscreenGui::prepare(int &argc)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
    return argc;
}

OffscreenGui::OffscreenGui(int &argc, char **argv)
    : m_prepared(prepare(argc))
    , m_app(argc, argv)
{
    QGuiApplication::setFont(QFont(QStringLiteral("Noto Sans CJK SC")));
}

QQuickWindow *showKioskWindow(QQmlApplicationEngine &engine, LanguageController &language, Kiosk &kiosk)
{
    language.attach(&engine);
    engine.addImportPath(QStringLiteral("qrc:/"));
    engine.setInitialProperties({ { QStringLiteral("kiosk"), QVariant::fromValue(&kiosk) } });
    engine.load(QUrl(QStringLiteral("qrc:/Linli/common/Main.qml")));
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().value(0));
    if (!window)
        qFatal("the QML did not load");
    window->resize(1080, 1920);
    window->show();
    return window;
}

} // namespace linli::bench
