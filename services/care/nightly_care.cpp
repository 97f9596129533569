#include "care/nightly_care.h"

#include "care/backups.h"
#include "care/care_log.h"
#include "care/care_status.h"
#include "care/retention.h"
#include "core/clock.h"
#include "core/scheduler.h"
#include "storage/database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace linli::care {

QString backupDirFor(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("backups"));
}

NightlyCare::NightlyCare(
    storage::Database &db, const Clock &clock, QTimeZone zone, QString dataDir, CareSettings settings)
    : m_db(db)
    , m_clock(clock)
    , m_zone(std::move(zone))
    , m_dataDir(std::move(dataDir))
    , m_settings(std::move(settings))
{
    // A restart inside the window must not run it twice.
    const QString last = CareStatus(m_dataDir).read().value(QStringLiteral("nightly_day")).toString();
    if (!last.isEmpty())
        m_lastRunDay = QDate::fromString(last, Qt::ISODate);
}

QString NightlyCare::backupDir() const
{
    return backupDirFor(m_dataDir);
}

void NightlyCare::schedule(Scheduler &scheduler)
{
    scheduler.every(QStringLiteral("nightly-care"), std::chrono::minutes(1), [this] { runIfDue(); });
}

bool NightlyCare::runIfDue()
{
    const QDateTime local = m_clock.nowUtc().toTimeZone(m_zone);
    if (local.time().hour() != m_settings.nightlyHour || m_lastRunDay == local.date())
        return false;
    m_lastRunDay = local.date();
    runNow();
    CareStatus(m_dataDir).record(
        QStringLiteral("nightly_day"), local.date().toString(Qt::ISODate), m_clock.nowUtc());
    return true;
}

NightlyReport NightlyCare::runNow()
{
    NightlyReport report;
    const QDateTime now = m_clock.nowUtc();
    auto attempt = [&report](const char *job, auto &&run) {
        try {
            run();
        } catch (const std::exception &error) {
            report.failures << QStringLiteral("%1: %2").arg(
                QLatin1String(job), QString::fromUtf8(error.what()));
            qCWarning(lcCare).noquote() << "nightly" << job << "failed:" << error.what();
        }
    };
    attempt("checkpoint", [this] { m_db.exec("PRAGMA wal_checkpoint(TRUNCATE)"); });
    attempt("integrity_check", [&] {
        report.integrityProblems = integrityProblems(m_db);
        report.integrityOk = report.integrityProblems.isEmpty();
        if (!report.integrityOk)
            qCCritical(lcCare).noquote() << "integrity_check:" << report.integrityProblems;
    });
    // A damaged database is not copied over the good backups: yesterday's stays the newest.
    if (report.integrityOk) {
        attempt("backup", [&] { report.backupPath = writeBackup(m_db, backupDir(), now); });
        attempt("prune", [&] {
            report.backupsDeleted = int(pruneBackups(backupDir(), now, m_settings.backupKeepDays).size());
        });
    }
    attempt("logs", [&] { report.logsRotated = rotateLogs(); });
    attempt("retention",
        [&] { report.recordsPurged = purgePersonalData(m_db, now, m_settings.retentionDays).total(); });

    CareStatus status(m_dataDir);
    status.record(QStringLiteral("integrity"),
        report.integrityOk ? QStringLiteral("ok") : report.integrityProblems, now);
    if (!report.backupPath.isEmpty())
        status.record(QStringLiteral("backup"), QFileInfo(report.backupPath).fileName(), now);
    status.record(QStringLiteral("nightly_failures"), report.failures.join(u"\n"), now);
    qCInfo(lcCare).noquote() << "nightly window done:"
                             << (report.failures.isEmpty() ? QStringLiteral("all jobs ok")
                                                           : report.failures.join(u"; "));
    return report;
}

// Copies each non-empty *.log to *.log.YYYYMMDD and empties it (the writer keeps its file
// open), then deletes rotated copies older than settings.logKeepDays.
int NightlyCare::rotateLogs()
{
    if (m_settings.logDir.isEmpty())
        return 0;
    const QDir dir(m_settings.logDir);
    const QDate today = m_clock.nowUtc().toTimeZone(m_zone).date();
    int rotated = 0;
    for (const QFileInfo &log : dir.entryInfoList({ QStringLiteral("*.log") }, QDir::Files)) {
        if (log.size() == 0)
            continue;
        const QString copy = log.filePath() + u'.' + today.toString(QStringLiteral("yyyyMMdd"));
        QFile::remove(copy);
        if (QFile::copy(log.filePath(), copy) && QFile(log.filePath()).resize(0))
            ++rotated;
    }
    for (const QFileInfo &old : dir.entryInfoList({ QStringLiteral("*.log.*") }, QDir::Files)) {
        const QDate day = QDate::fromString(old.suffix(), QStringLiteral("yyyyMMdd"));
        if (day.isValid() && day.daysTo(today) > m_settings.logKeepDays)
            QFile::remove(old.filePath());
    }
    return rotated;
}

} // namespace linli::care
