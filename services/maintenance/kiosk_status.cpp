#include "maintenance/kiosk_status.h"

#include "care/care_status.h"
#include "maintenance/maintenance_log.h"
#include "storage/database.h"
#include "storage/storage_error.h"
#include "sync/sync_state.h"

#include <QFile>
#include <QJsonObject>
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

qint64 utcSecs(const QJsonObject &status, const QString &key)
{
    const QDateTime at
        = QDateTime::fromString(status.value(key + QStringLiteral("_at_utc")).toString(), Qt::ISODate);
    return at.isValid() ? at.toSecsSinceEpoch() : 0;
}

void readCareStatus(KioskStatus &s, const QString &dataDir)
{
    const QJsonObject care = care::CareStatus(dataDir).read();
    s.integrityCheckedUtc = utcSecs(care, QStringLiteral("integrity"));
    const QString integrity = care.value(u"integrity").toString();
    s.integrityOk = integrity == u"ok";
    if (!s.integrityOk)
        s.integrityProblems = integrity;
    s.nightlyFailures = care.value(u"nightly_failures").toString();
    s.restoredUtc = utcSecs(care, QStringLiteral("restore"));
    s.restoreNote = care.value(u"restore").toString();
    s.sceneGraph = care.value(u"scene_graph").toString();
}

} // namespace

KioskStatus readKioskStatus(storage::Database *db, const QString &dataDir)
{
    KioskStatus s;
    s.memoryBytes = residentSetBytes();
    const QStorageInfo disk(dataDir);
    if (disk.isValid())
        s.diskFreeBytes = disk.bytesAvailable();
    if (!dataDir.isEmpty())
        readCareStatus(s, dataDir);
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
        const sync::SyncState sync = sync::loadSyncState(*db);
        s.enrolled = sync.enrolled();
        s.lastSyncUtc = sync.lastSuccessUtc.value_or(0);
        s.lastSyncFailureUtc = sync.lastFailureUtc.value_or(0);
        s.lastSyncError = sync.lastError;
    } catch (const storage::StorageError &e) {
        qCWarning(lcMaintenance) << "status read failed:" << e.what();
    }
    return s;
}

} // namespace linli::maintenance
