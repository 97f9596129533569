#pragma once

#include "maintenance/staff.h"

#include <QJsonObject>
#include <vector>

namespace linli::storage {
class Database;
}

namespace linli::maintenance {

struct AuditEntry {
    QString staffId;
    qint64 atUtc = 0;
    QString action; // "canteen.offer_quota", "booking.approve", "booking.reject", …
    QString subject; // the offer's or booking's id
    QJsonObject before, after;
};

// Records one staff change, inside the caller's transaction so the change and its record commit
// together; the same entry goes to the outbox (kind "staff.audit") so it syncs.
void recordAudit(storage::Database &db, const StaffMember &who, qint64 atUtc, const QString &action,
    const QString &subject, const QJsonObject &before, const QJsonObject &after);

// The newest entries first. Throws storage::StorageError.
std::vector<AuditEntry> recentAudit(storage::Database &db, int limit = 50);

} // namespace linli::maintenance
