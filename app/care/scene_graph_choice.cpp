#include "scene_graph_choice.h"

#include "care/care_log.h"

#include <optional>
#include <QDir>
#include <QGuiApplication>
#include <QOffscreenSurface>
#include <QOpenGLContext>
#include <QOpenGLFunctions>
#include <QQuickWindow>

namespace {

bool isSoftwareRenderer(const QString &renderer)
{
    const QString r = renderer.toLower();
    return r.contains(u"llvmpipe") || r.contains(u"softpipe") || r.contains(u"swrast")
        || r.contains(u"software");
}

// Without a GPU render node (/dev/dri/renderD*) or with Mesa told to use software, OpenGL can
// only be a software one: said without loading the GL driver, which would cost the kiosk
// some 35 MiB and 25 ms for nothing (llvmpipe stays mapped after the probe).
std::optional<QString> softwareWithoutProbing()
{
    if (qEnvironmentVariableIntValue("LIBGL_ALWAYS_SOFTWARE") == 1)
        return QStringLiteral("software (LIBGL_ALWAYS_SOFTWARE=1)");
    if (QDir(QStringLiteral("/dev/dri")).entryList({ QStringLiteral("renderD*") }, QDir::System).isEmpty())
        return QStringLiteral("software (no GPU render node in /dev/dri)");
    return std::nullopt;
}

QString probeRenderer()
{
    if (const std::optional<QString> software = softwareWithoutProbing())
        return *software;
    QOpenGLContext context;
    if (!context.create())
        return {};
    QOffscreenSurface surface;
    surface.setFormat(context.format());
    surface.create();
    if (!surface.isValid() || !context.makeCurrent(&surface))
        return {};
    const auto *name = reinterpret_cast<const char *>(context.functions()->glGetString(GL_RENDERER));
    const QString renderer = name ? QString::fromLatin1(name) : QStringLiteral("unknown");
    context.doneCurrent();
    return renderer;
}

} // namespace

SceneGraphChoice decideSceneGraph(const QString &setting, const QString &renderer)
{
    if (setting == u"software")
        return { true, QStringLiteral("software scene graph (configured)") };
    if (setting == u"opengl")
        return { false, QStringLiteral("OpenGL scene graph (configured)") };
    if (renderer.isEmpty())
        return { true, QStringLiteral("software scene graph (no OpenGL available)") };
    if (renderer.startsWith(u"software ("))
        return { true, QStringLiteral("software scene graph %1").arg(renderer.mid(9)) };
    if (isSoftwareRenderer(renderer))
        return { true,
            QStringLiteral("software scene graph (the only OpenGL is software: %1)").arg(renderer) };
    return { false, QStringLiteral("OpenGL scene graph (hardware renderer %1)").arg(renderer) };
}

SceneGraphChoice chooseSceneGraph(const QString &setting)
{
    SceneGraphChoice choice;
    const QString platform = QGuiApplication::platformName();
    if (!qEnvironmentVariableIsEmpty("QT_QUICK_BACKEND") || !qEnvironmentVariableIsEmpty("QSG_RHI_BACKEND")) {
        choice = { qgetenv("QT_QUICK_BACKEND") == "software",
            QStringLiteral("%1 scene graph, as the environment says (QT_QUICK_BACKEND=%2 QSG_RHI_BACKEND=%3)")
                .arg(qgetenv("QT_QUICK_BACKEND") == "software" ? QStringLiteral("software")
                                                               : QStringLiteral("Qt's default"))
                .arg(qEnvironmentVariable("QT_QUICK_BACKEND"), qEnvironmentVariable("QSG_RHI_BACKEND")) };
    } else if (platform == u"offscreen" || platform == u"minimal" || platform == u"vnc") {
        choice = { true, QStringLiteral("software scene graph (headless platform %1)").arg(platform) };
    } else {
        choice = decideSceneGraph(setting, setting == u"auto" ? probeRenderer() : QString());
    }
    if (choice.software)
        QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
    qCInfo(lcCare).noquote() << "scene graph:" << choice.why;
    return choice;
}
