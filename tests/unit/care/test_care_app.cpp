// app/care: the keys that would leave the kiosk never reach its window; the scene graph rule.
#include "key_lockdown.h"
#include "scene_graph_choice.h"

#include <gtest/gtest.h>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QWindow>

namespace {

class KeyRecorder : public QWindow {
public:
    QList<QKeyCombination> pressed;
    int menus = 0;

protected:
    bool event(QEvent *event) override
    {
        if (event->type() == QEvent::ContextMenu)
            ++menus;
        return QWindow::event(event);
    }
    void keyPressEvent(QKeyEvent *event) override { pressed << event->keyCombination(); }
};

void press(QWindow &window, Qt::Key key, Qt::KeyboardModifiers modifiers)
{
    QKeyEvent event(QEvent::KeyPress, key, modifiers);
    QCoreApplication::sendEvent(&window, &event);
}

} // namespace

TEST(KeyLockdown, EscapeKeysNeverReachTheWindowOrdinaryKeysDo)
{
    KeyRecorder window;
    KeyLockdown lockdown;
    qApp->installEventFilter(&lockdown);
    press(window, Qt::Key_F4, Qt::AltModifier);
    press(window, Qt::Key_Q, Qt::ControlModifier);
    press(window, Qt::Key_W, Qt::ControlModifier);
    press(window, Qt::Key_F2, Qt::ControlModifier | Qt::AltModifier);
    press(window, Qt::Key_Super_L, Qt::NoModifier);
    press(window, Qt::Key_D, Qt::MetaModifier);
    press(window, Qt::Key_Tab, Qt::AltModifier);
    EXPECT_TRUE(window.pressed.isEmpty());
    EXPECT_EQ(lockdown.swallowed(), 7);
    // A resident's typing, the scanner's digits and Enter pass.
    press(window, Qt::Key_A, Qt::NoModifier);
    press(window, Qt::Key_3, Qt::NoModifier);
    press(window, Qt::Key_Return, Qt::NoModifier);
    press(window, Qt::Key_F4, Qt::NoModifier);
    EXPECT_EQ(window.pressed.size(), 4);
    qApp->removeEventFilter(&lockdown);
    press(window, Qt::Key_Q, Qt::ControlModifier);
    EXPECT_EQ(window.pressed.size(), 5);
}

TEST(KeyLockdown, ContextMenusAreSwallowed)
{
    KeyRecorder window;
    KeyLockdown lockdown;
    qApp->installEventFilter(&lockdown);
    QContextMenuEvent menu(QContextMenuEvent::Mouse, QPoint(10, 10), QPoint(10, 10));
    QCoreApplication::sendEvent(&window, &menu);
    EXPECT_EQ(window.menus, 0);
    qApp->removeEventFilter(&lockdown);
    QCoreApplication::sendEvent(&window, &menu);
    EXPECT_EQ(window.menus, 1);
}

TEST(SceneGraphChoice, SoftwareWhereTheOnlyOpenGlIsSoftware)
{
    EXPECT_TRUE(decideSceneGraph(QStringLiteral("auto"), QStringLiteral("llvmpipe (LLVM 15.0.6, 256 bits)"))
                    .software);
    EXPECT_TRUE(decideSceneGraph(QStringLiteral("auto"), QStringLiteral("Software Rasterizer")).software);
    EXPECT_TRUE(decideSceneGraph(QStringLiteral("auto"), QString()).software); // no OpenGL at all
    EXPECT_TRUE(
        decideSceneGraph(QStringLiteral("auto"), QStringLiteral("software (no GPU render node in /dev/dri)"))
            .software);
    EXPECT_FALSE(
        decideSceneGraph(QStringLiteral("auto"), QStringLiteral("Mesa Intel(R) UHD Graphics 620")).software);
    EXPECT_TRUE(decideSceneGraph(QStringLiteral("auto"), QStringLiteral("llvmpipe"))
                    .why.contains(QStringLiteral("llvmpipe")));
}

TEST(SceneGraphChoice, ConfigurationWins)
{
    EXPECT_FALSE(decideSceneGraph(QStringLiteral("opengl"), QStringLiteral("llvmpipe")).software);
    EXPECT_TRUE(decideSceneGraph(QStringLiteral("software"), QStringLiteral("Mesa Intel(R) UHD Graphics 620"))
                    .software);
}
