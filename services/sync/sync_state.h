#pragma once

#include "core/localized_text.h"

#include <optional>
#include <QString>

namespace linli::storage {
class Database;
}

// The kiosk's one row of sync state (table sync_state, migration 0007). Every function throws
// storage::StorageError; writers run inside the caller's transaction when there is one.
namespace linli::sync {

struct SyncState {
    QString kioskId, hallId, serverUrl; // from enrolment; kioskId empty: not enrolled
    quint64 cursor = 0; // the last change applied
    qint64 clockOffsetMs = 0; // server minus local
    std::optional<qint64> lastSuccessUtc, lastFailureUtc;
    QString lastError;
    bool revoked = false;
    bool enrolled() const { return !kioskId.isEmpty(); }
};

SyncState loadSyncState(storage::Database &db);
// A new enrolment starts over: cursor 0, not revoked.
void saveEnrolment(storage::Database &db, const QString &kioskId, const QString &hallId, const QString &url);
void saveCursor(storage::Database &db, quint64 cursor);
void saveClockOffset(storage::Database &db, qint64 offsetMs);
void recordSuccess(storage::Database &db, qint64 nowUtc);
void recordFailure(storage::Database &db, qint64 nowUtc, const QString &error);
void markRevoked(storage::Database &db);
// Why a kiosk the server revoked stays out of service (empty when it was not); never throws.
LocalizedText revokedReason(storage::Database &db);

} // namespace linli::sync
