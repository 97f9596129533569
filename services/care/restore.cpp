#include "care/restore.h"

#include "care/backups.h"
#include "care/care_log.h"
#include "storage/database.h"
#include "storage/storage_error.h"

#include <QFile>
#include <QFileInfo>

namespace linli::care {
namespace {

const QStringList kSidecars = { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") };

// Copies the outbox rows of the damaged file that `into` lacks (event_id is the key).
int carryOverOutbox(const QString &damagedPath, storage::Database &into)
{
    storage::OpenOptions options;
    options.createIfMissing = false;
    auto damaged = storage::Database::open(damagedPath, options);
    auto rows = damaged.prepare(
        "SELECT event_id, kind, occurred_at_utc, payload, sent_at_utc FROM outbox ORDER BY seq");
    auto insert
        = into.prepare("INSERT OR IGNORE INTO outbox(event_id, kind, occurred_at_utc, payload, sent_at_utc) "
                       "VALUES (?, ?, ?, ?, ?)");
    int kept = 0;
    into.exec("BEGIN IMMEDIATE");
    try {
        while (rows.step()) {
            insert.bind(1, rows.text(0))
                .bind(2, rows.text(1))
                .bind(3, rows.int64(2))
                .bind(4, rows.text(3))
                .bind(5, rows.optionalInt64(4));
            kept += insert.run();
            insert.reset();
        }
        into.exec("COMMIT");
    } catch (...) {
        into.exec("ROLLBACK");
        throw;
    }
    return kept;
}

} // namespace

bool databaseIsCorrupt(const QString &databasePath)
{
    if (!QFileInfo::exists(databasePath))
        return false;
    try {
        storage::OpenOptions options;
        options.createIfMissing = false;
        auto db = storage::Database::open(databasePath, options);
        db.quickCheck();
        return false;
    } catch (const storage::StorageError &error) {
        return error.kind() == storage::ErrorKind::Corrupt;
    }
}

RestoreReport restoreNewestBackup(
    const QString &databasePath, const QString &backupDir, const QDateTime &nowUtc)
{
    RestoreReport report;
    const std::optional<QString> backup = newestGoodBackup(backupDir);
    if (!backup) {
        qCCritical(lcCare).noquote() << "database corrupt and no usable backup in" << backupDir;
        return report;
    }
    report.corruptCopy = databasePath + QStringLiteral(".corrupt-")
        + nowUtc.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    for (const QString &sidecar : kSidecars) {
        QFile::remove(report.corruptCopy + sidecar);
        if (QFileInfo::exists(databasePath + sidecar)
            && !QFile::rename(databasePath + sidecar, report.corruptCopy + sidecar)) {
            qCCritical(lcCare).noquote()
                << "cannot move the corrupt database aside:" << databasePath + sidecar;
            return report;
        }
    }
    if (!QFile::copy(*backup, databasePath)) {
        qCCritical(lcCare).noquote() << "cannot copy the backup" << *backup << "to" << databasePath;
        return report;
    }
    QFile(databasePath).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    report.restored = true;
    report.backupUsed = *backup;
    try {
        auto restored = storage::Database::open(databasePath);
        report.outboxRowsKept = carryOverOutbox(report.corruptCopy, restored);
    } catch (const storage::StorageError &error) {
        report.outboxUnreadable = true;
        qCWarning(lcCare).noquote() << "the damaged database's outbox could not be read:" << error.what();
    }
    const QString name = QFileInfo(*backup).fileName();
    report.note
        = { QStringLiteral("数据库已损坏，已从备份 %1 恢复；未同步的记录保留了 %2 条。损坏的文件保存在 %3。")
                  .arg(name)
                  .arg(report.outboxRowsKept)
                  .arg(report.corruptCopy),
              QStringLiteral("The database was damaged and has been restored from the backup %1; %2 unsynced "
                             "records were kept. The damaged file is kept at %3.")
                  .arg(name)
                  .arg(report.outboxRowsKept)
                  .arg(report.corruptCopy) };
    qCWarning(lcCare).noquote() << report.note.en;
    return report;
}

} // namespace linli::care
