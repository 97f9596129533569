#pragma once

#include "care/care_settings.h"
#include "care/crash_record.h"
#include "care/nightly_care.h"
#include "scene_graph_choice.h"
#include "startup/kiosk_database.h"
#include "systemd_watchdog.h"

#include <memory>
#include <optional>
#include <QTimeZone>

class Kiosk;
class KeyLockdown;
namespace linli {
class Clock;
class Scheduler;
} // namespace linli

// Everything that keeps an unattended kiosk alive, wired by main() in three calls:
//   KioskCare care(configFile);          // after QGuiApplication: scene graph, lockdown
//   care.openDatabase(setup, now, db);   // instead of openKioskDatabase: restore, crash loop
//   care.start(kiosk, db, clock, zone, scheduler); // nightly window, systemd readiness/watchdog
// Its destructor marks a clean exit, so only crashes count.
class KioskCare {
public:
    explicit KioskCare(const QString &configFile);
    ~KioskCare();
    KioskCare(const KioskCare &) = delete;
    KioskCare &operator=(const KioskCare &) = delete;

    // Opens the database; a corrupt one is replaced by the newest good backup (the outbox
    // kept). Counts a crash if the last run did not exit cleanly; past the limit the kiosk
    // starts out of service, with the hall's phone number, instead of crashing again.
    linli::startup::KioskDatabase openDatabase(
        const linli::startup::DatabaseSetup &setup, const QDateTime &nowUtc);
    void start(Kiosk &kiosk, linli::storage::Database *db, const linli::Clock &clock, const QTimeZone &zone,
        linli::Scheduler &scheduler);

    const linli::care::CareSettings &settings() const { return m_settings; }
    const SceneGraphChoice &sceneGraph() const { return m_sceneGraph; }

private:
    linli::care::CareSettings m_settings;
    SceneGraphChoice m_sceneGraph;
    QString m_dataDir;
    std::optional<linli::care::CrashRecord> m_crashes;
    std::unique_ptr<linli::care::NightlyCare> m_nightly;
    SystemdWatchdog m_watchdog;
    KeyLockdown *m_lockdown = nullptr;
};
