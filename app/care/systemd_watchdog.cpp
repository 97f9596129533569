#include "systemd_watchdog.h"

#include "care/care_log.h"

#include <QThread>
#include <systemd/sd-daemon.h>

SystemdWatchdog::SystemdWatchdog(QObject *parent)
    : QObject(parent)
{
    // WATCHDOG_USEC read directly, not through sd_watchdog_enabled(): under cage the kiosk is
    // the compositor's child, and WATCHDOG_PID names cage (NotifyAccess=all accepts our pings).
    bool ok = false;
    const qulonglong usec = qEnvironmentVariable("WATCHDOG_USEC").toULongLong(&ok);
    if (ok && usec > 0 && !qEnvironmentVariableIsEmpty("NOTIFY_SOCKET")) {
        m_pings.setInterval(static_cast<int>(std::clamp<qulonglong>(usec / 2000, 1, 3600 * 1000)));
        connect(&m_pings, &QTimer::timeout, this, &SystemdWatchdog::ping);
        m_pings.start();
        qCInfo(lcCare) << "systemd watchdog: ping every" << m_pings.interval() << "ms";
    }
}

void SystemdWatchdog::notifyReady()
{
    if (m_ready)
        return;
    m_ready = true;
    sd_notify(0, "READY=1\nSTATUS=home screen up");
    // Test aid: a GUI thread that hangs after start-up, to show the watchdog catching it.
    const int freezeAfterMs = qEnvironmentVariableIntValue("LINLI_TEST_FREEZE_GUI_AFTER_MS");
    if (freezeAfterMs > 0) {
        QTimer::singleShot(freezeAfterMs, this, [] {
            qCWarning(lcCare) << "test aid: the GUI thread now hangs (LINLI_TEST_FREEZE_GUI_AFTER_MS)";
            QThread::sleep(3600);
        });
    }
}

void SystemdWatchdog::notifyStopping()
{
    sd_notify(0, "STOPPING=1");
}

void SystemdWatchdog::ping()
{
    sd_notify(0, "WATCHDOG=1");
}
