#pragma once

#include <QJsonObject>
#include <QString>

namespace linli::storage {
class Database;
}

namespace linli::booking {

// Appends one event for the central server, inside the caller's transaction, so the change
// and its event commit (or vanish) together. Returns the event's UUID (its idempotency key).
QString writeOutbox(
    storage::Database &db, const QString &kind, qint64 occurredAtUtc, const QJsonObject &payload);

// A fresh UUID without braces; ids born on this kiosk are globally unique.
QString newUuid();

} // namespace linli::booking
