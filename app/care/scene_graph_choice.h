#pragma once

#include <QString>

// Which Qt Quick scene graph the kiosk draws with. Where the only OpenGL is a software one
// (Mesa llvmpipe: no GPU driver, or a broken one) Qt Quick's own software renderer starts in
// half the time and memory, so "auto" picks it there.
struct SceneGraphChoice {
    bool software = false;
    QString why; // for the log and the status screen
};

// The rule, apart from probing: `setting` is auto | software | opengl; `renderer` is
// GL_RENDERER of a probe context ("software (…)" when plainly software without probing),
// empty when no OpenGL context could be made.
SceneGraphChoice decideSceneGraph(const QString &setting, const QString &renderer);

// Applies the choice before the first window exists, logs it and returns it. An environment
// that already says (QT_QUICK_BACKEND, QSG_RHI_BACKEND) or a headless platform is obeyed.
SceneGraphChoice chooseSceneGraph(const QString &setting);
