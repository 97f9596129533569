#pragma once

#include <QObject>
#include <QTimer>

// Tells systemd (Type=notify) that the kiosk is up, and keeps telling it the GUI thread is
// alive: WATCHDOG=1 from a timer on the GUI thread at half of WATCHDOG_USEC, so a hung screen
// stops the pings and systemd restarts it like a crash. Without NOTIFY_SOCKET (a developer's
// run, tests) every call is a no-op.
class SystemdWatchdog : public QObject {
    Q_OBJECT

public:
    explicit SystemdWatchdog(QObject *parent = nullptr);
    bool watchdogEnabled() const { return m_pings.isActive(); }
    int pingIntervalMs() const { return m_pings.interval(); }

public slots:
    // READY=1 once, when the first screen is on the glass (Kiosk::screenReady).
    void notifyReady();
    void notifyStopping();

private:
    void ping();

    QTimer m_pings;
    bool m_ready = false;
};
