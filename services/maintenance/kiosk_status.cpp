#include "maintenance/kiosk_status.h"

#include "maintenance/maintenance_log.h"
#include "storage/database.h"
#include "storage/storage_error.h"

#include <QFile>
#include <QStorageInfo>

namespace linli::maintenance {

namespace {

qint64 residentSetBytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:")) {
            const QList<QByteArray> parts = line.simplified().split(' ');
            return parts.size() >= 2 ? parts.at(1).toLongLong() * 1024 : -1;
        }
    }
    return -1;
}

} // namespace

KioskStatus readKioskStatus(storage::Database *db, const QString &dataDir)
{
    KioskStatus s;
    s.memoryBytes = residentSetBytes();
    const QStorageInfo disk(dataDir);
    if (disk.isValid())
        s.diskFreeBytes = disk.bytesAvailable();
    if (!db)
        return s;
    try {
        auto q = db->prepare(
            "SELECT count(*), coalesce(min(occurred_at_utc), 0) FROM outbox WHERE sent_at_utc IS NULL");
        q.step();
        s.outboxWaiting = q.int64(0);
        s.oldestWaitingUtc = q.int64(1);
        auto size = db->prepare("SELECT page_count * page_size FROM pragma_page_count(), pragma_page_size()");
        size.step();
        s.databaseBytes = size.int64(0);
        auto check = db->prepare("PRAGMA quick_check");
        s.databaseOk = check.step() && check.text(0) == u"ok";
    } catch (const storage::StorageError &e) {
        qCWarning(lcMaintenance) << "status read failed:" << e.what();
    }
    return s;
}

} // namespace linli::maintenance
