#pragma once

#include <QObject>

class QKeyEvent;

// Installed on the application: the desktop's ways out (Alt+F4, Ctrl+Q, Ctrl+W, Ctrl+Alt+Fn to
// another console, Super/Meta, Alt+Tab) and context menus never reach the kiosk's windows.
// Off in development through the [care] lockdown setting.
class KeyLockdown : public QObject {
    Q_OBJECT

public:
    explicit KeyLockdown(QObject *parent = nullptr);
    static bool isEscapeKey(const QKeyEvent &event);
    int swallowed() const { return m_swallowed; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    int m_swallowed = 0;
};

// Hides the pointer when a touch screen is attached (residents touch; an arrow only confuses).
// Returns whether it did.
bool hidePointerOnTouchScreens();
