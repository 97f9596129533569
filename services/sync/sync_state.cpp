#include "sync/sync_state.h"

#include "storage/database.h"

namespace linli::sync {

SyncState loadSyncState(storage::Database &db)
{
    auto q = db.prepare("SELECT kiosk_id, hall_id, server_url, cursor, clock_offset_ms, last_success_utc, "
                        "last_failure_utc, last_error, revoked FROM sync_state WHERE id = 1");
    SyncState s;
    if (!q.step())
        return s;
    s.kioskId = q.text(0);
    s.hallId = q.text(1);
    s.serverUrl = q.text(2);
    s.cursor = static_cast<quint64>(q.int64(3));
    s.clockOffsetMs = q.int64(4);
    s.lastSuccessUtc = q.optionalInt64(5);
    s.lastFailureUtc = q.optionalInt64(6);
    s.lastError = q.text(7);
    s.revoked = q.int64(8) != 0;
    return s;
}

void saveEnrolment(storage::Database &db, const QString &kioskId, const QString &hallId, const QString &url)
{
    db.prepare("UPDATE sync_state SET kiosk_id = ?, hall_id = ?, server_url = ?, cursor = 0, revoked = 0, "
               "last_error = '' WHERE id = 1")
        .bind(1, kioskId)
        .bind(2, hallId)
        .bind(3, url)
        .run();
}

void saveCursor(storage::Database &db, quint64 cursor)
{
    db.prepare("UPDATE sync_state SET cursor = ? WHERE id = 1").bind(1, static_cast<qint64>(cursor)).run();
}

void saveClockOffset(storage::Database &db, qint64 offsetMs)
{
    db.prepare("UPDATE sync_state SET clock_offset_ms = ? WHERE id = 1").bind(1, offsetMs).run();
}

void recordSuccess(storage::Database &db, qint64 nowUtc)
{
    db.prepare("UPDATE sync_state SET last_success_utc = ?, last_error = '' WHERE id = 1")
        .bind(1, nowUtc)
        .run();
}

void recordFailure(storage::Database &db, qint64 nowUtc, const QString &error)
{
    db.prepare("UPDATE sync_state SET last_failure_utc = ?, last_error = ? WHERE id = 1")
        .bind(1, nowUtc)
        .bind(2, error.left(500))
        .run();
}

void markRevoked(storage::Database &db)
{
    db.exec("UPDATE sync_state SET revoked = 1 WHERE id = 1");
}

LocalizedText revokedReason(storage::Database &db)
{
    try {
        if (!loadSyncState(db).revoked)
            return {};
    } catch (const std::exception &) {
        return {}; // the database's own trouble is reported where it is opened
    }
    return {
        QStringLiteral(
            "本终端已被中心服务器停用，居民资料已清除。请工作人员重新登记本终端（linli-kiosk --enroll）。"),
        QStringLiteral(
            "The central server revoked this kiosk and residents' data was wiped. Staff must enrol it again "
            "(linli-kiosk --enroll).")
    };
}

} // namespace linli::sync
