#include <QQmlEngine>
#include <QQmlExtensionPlugin>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(Linli_BackendPlugin)
Q_IMPORT_QML_PLUGIN(LinliPlugin)
Q_IMPORT_QML_PLUGIN(Linli_TestSupportPlugin)

// The modules are linked in statically; their qmldir files live in the resources.
class Setup : public QObject {
    Q_OBJECT
public slots:
    void qmlEngineAvailable(QQmlEngine *engine) { engine->addImportPath(QStringLiteral("qrc:/")); }
};

QUICK_TEST_MAIN_WITH_SETUP(linli_qml, Setup)

#include "main.moc"
