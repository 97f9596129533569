#pragma once

#include "care/care_settings.h"

#include <optional>
#include <QDate>
#include <QJsonObject>
#include <QTimeZone>

namespace linli {
class Clock;
class Scheduler;
} // namespace linli
namespace linli::storage {
class Database;
}

namespace linli::care {

struct NightlyReport {
    bool integrityOk = false;
    QString integrityProblems;
    QString backupPath; // empty when the backup failed
    int backupsDeleted = 0;
    int logsRotated = 0;
    int recordsPurged = 0;
    QStringList failures; // each job that failed, with why; the others still ran
};

// The nightly window: WAL checkpoint, integrity_check, a VACUUM INTO backup (kept
// settings.backupKeepDays), log rotation and the retention purge; each job's failure is
// logged and does not stop the others. Runs once per hall day, in the hour settings.nightlyHour.
class NightlyCare {
public:
    NightlyCare(
        storage::Database &db, const Clock &clock, QTimeZone zone, QString dataDir, CareSettings settings);

    // Checks every minute, on the scheduler's clock, whether tonight's window has come.
    void schedule(Scheduler &scheduler);
    // Runs the window if it is due now and has not run this hall day; returns whether it ran.
    bool runIfDue();
    // Runs every job now (staff "run now", tests).
    NightlyReport runNow();

    QString backupDir() const;

private:
    int rotateLogs();

    storage::Database &m_db;
    const Clock &m_clock;
    QTimeZone m_zone;
    QString m_dataDir;
    CareSettings m_settings;
    std::optional<QDate> m_lastRunDay;
};

// <dataDir>/backups
QString backupDirFor(const QString &dataDir);

} // namespace linli::care
