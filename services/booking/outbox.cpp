#include "booking/outbox.h"

#include "storage/database.h"

#include <QJsonDocument>
#include <QUuid>

namespace linli::booking {

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString writeOutbox(
    storage::Database &db, const QString &kind, qint64 occurredAtUtc, const QJsonObject &payload)
{
    const QString id = newUuid();
    db.prepare("INSERT INTO outbox(event_id, kind, occurred_at_utc, payload) VALUES (?, ?, ?, ?)")
        .bind(1, id)
        .bind(2, kind)
        .bind(3, occurredAtUtc)
        .bind(4, QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)))
        .run();
    return id;
}

} // namespace linli::booking
