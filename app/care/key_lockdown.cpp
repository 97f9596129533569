#include "key_lockdown.h"

#include "care/care_log.h"

#include <QCursor>
#include <QGuiApplication>
#include <QInputDevice>
#include <QKeyEvent>

namespace {

QString describe(const QKeyEvent &event)
{
    switch (event.key()) {
    case Qt::Key_Meta:
    case Qt::Key_Super_L:
    case Qt::Key_Super_R:
        return QStringLiteral("Super");
    case Qt::Key_Hyper_L:
    case Qt::Key_Hyper_R:
        return QStringLiteral("Hyper");
    default:
        return QKeySequence(event.keyCombination()).toString();
    }
}

} // namespace

KeyLockdown::KeyLockdown(QObject *parent)
    : QObject(parent)
{
}

bool KeyLockdown::isEscapeKey(const QKeyEvent &event)
{
    const int key = event.key();
    const Qt::KeyboardModifiers mods = event.modifiers();
    if (key == Qt::Key_Meta || key == Qt::Key_Super_L || key == Qt::Key_Super_R || key == Qt::Key_Hyper_L
        || key == Qt::Key_Hyper_R || key == Qt::Key_Menu || mods.testFlag(Qt::MetaModifier))
        return true;
    const bool function = key >= Qt::Key_F1 && key <= Qt::Key_F35;
    if (mods.testFlag(Qt::AltModifier) && (key == Qt::Key_F4 || key == Qt::Key_Tab || key == Qt::Key_Escape))
        return true;
    if (mods.testFlag(Qt::ControlModifier) && mods.testFlag(Qt::AltModifier)
        && (function || key == Qt::Key_Delete || key == Qt::Key_Backspace))
        return true;
    if (mods.testFlag(Qt::ControlModifier) && (key == Qt::Key_Q || key == Qt::Key_W))
        return true;
    return false;
}

bool KeyLockdown::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::KeyRelease:
    case QEvent::ShortcutOverride:
        if (isEscapeKey(*static_cast<QKeyEvent *>(event))) {
            if (event->type() == QEvent::KeyPress) {
                ++m_swallowed;
                qCInfo(lcCare).noquote()
                    << "lockdown: key swallowed" << describe(*static_cast<QKeyEvent *>(event));
            }
            return true;
        }
        if (event->type() == QEvent::KeyPress)
            qCDebug(lcCare) << "lockdown: key passed" << static_cast<QKeyEvent *>(event)->key()
                            << static_cast<QKeyEvent *>(event)->modifiers()
                            << static_cast<QKeyEvent *>(event)->nativeVirtualKey();
        break;
    case QEvent::ContextMenu:
        return true;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

bool hidePointerOnTouchScreens()
{
    for (const QInputDevice *device : QInputDevice::devices()) {
        if (device->type() == QInputDevice::DeviceType::TouchScreen) {
            QGuiApplication::setOverrideCursor(QCursor(Qt::BlankCursor));
            qCInfo(lcCare).noquote() << "touch screen" << device->name() << "found: pointer hidden";
            return true;
        }
    }
    return false;
}
