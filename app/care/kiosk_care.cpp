#include "kiosk_care.h"

#include "care/care_log.h"
#include "care/care_status.h"
#include "care/crash_loop.h"
#include "care/restore.h"
#include "core/clock.h"
#include "core/scheduler.h"
#include "key_lockdown.h"
#include "kiosk.h"
#include "termination.h"

#include <QDir>
#include <QGuiApplication>

KioskCare::KioskCare(const QString &configFile)
    : m_settings(linli::care::loadCareSettings(configFile).settings)
    , m_sceneGraph(chooseSceneGraph(m_settings.sceneGraph))
{
    quitOnTerminationSignals();
    if (m_settings.lockdown) {
        m_lockdown = new KeyLockdown(qApp);
        qApp->installEventFilter(m_lockdown);
        hidePointerOnTouchScreens();
    } else {
        qCInfo(lcCare) << "lockdown off ([care] lockdown=off): desktop keys work";
    }
}

KioskCare::~KioskCare()
{
    m_watchdog.notifyStopping();
    if (m_crashes)
        m_crashes->noteCleanExit();
}

linli::startup::KioskDatabase KioskCare::openDatabase(
    const linli::startup::DatabaseSetup &setup, const QDateTime &nowUtc)
{
    using namespace linli::care;
    m_dataDir = setup.dataDir;
    const QString path = QDir(setup.dataDir).filePath(linli::startup::databaseFileName());
    if (databaseIsCorrupt(path)) {
        const RestoreReport restored = restoreNewestBackup(path, backupDirFor(setup.dataDir), nowUtc);
        if (restored.restored)
            CareStatus(setup.dataDir).record(QStringLiteral("restore"), restored.note.en, nowUtc);
    }
    linli::startup::KioskDatabase kioskDb = linli::startup::openKioskDatabase(setup, nowUtc);
    m_crashes.emplace(setup.dataDir);
    m_crashes->noteStart(nowUtc);
    if (!kioskDb.ok())
        return kioskDb;
    try {
        reportCrashes(*kioskDb.database, *m_crashes, nowUtc);
    } catch (const std::exception &error) {
        qCWarning(lcCare) << "crashes not queued for sync:" << error.what();
    }
    const int recent = m_crashes->crashesWithin(nowUtc, m_settings.crashWindowSecs);
    if (recent >= m_settings.crashLimit) {
        QString phone;
        auto hall = kioskDb.database->prepare("SELECT phone FROM hall LIMIT 1");
        if (hall.step())
            phone = hall.text(0);
        kioskDb.outOfServiceReason = crashLoopReason(recent, m_settings.crashWindowSecs, phone);
        qCCritical(lcCare).noquote() << "crash loop:" << kioskDb.outOfServiceReason.en;
    }
    return kioskDb;
}

void KioskCare::start(Kiosk &kiosk, linli::storage::Database *db, const linli::Clock &clock,
    const QTimeZone &zone, linli::Scheduler &scheduler)
{
    QObject::connect(&kiosk, &Kiosk::screenReady, &m_watchdog, &SystemdWatchdog::notifyReady);
    if (!m_dataDir.isEmpty())
        linli::care::CareStatus(m_dataDir).record(
            QStringLiteral("scene_graph"), m_sceneGraph.why, clock.nowUtc());
    if (!db || kiosk.outOfService())
        return;
    m_nightly = std::make_unique<linli::care::NightlyCare>(*db, clock, zone, m_dataDir, m_settings);
    m_nightly->schedule(scheduler);
}
