#include "systemd_watchdog.h"

#include "care/care_log.h"

#include <QThread>
#include <systemd/sd-daemon.h>

SystemdWatchdog::SystemdWatchdog(QObject *parent)
    : QObject(parent)
{
    uint64_t usec = 0;
    if (sd_watchdog_enabled(0, &usec) > 0 && usec > 0) {
        m_pings.setInterval(static_cast<int>(std::max<uint64_t>(usec / 2000, 1)));
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
