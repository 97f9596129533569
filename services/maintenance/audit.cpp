#include "maintenance/audit.h"

#include "booking/outbox.h"
#include "storage/database.h"

#include <QJsonDocument>

namespace linli::maintenance {

namespace {

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace

void recordAudit(storage::Database &db, const StaffMember &who, qint64 atUtc, const QString &action,
    const QString &subject, const QJsonObject &before, const QJsonObject &after)
{
    db.prepare("INSERT INTO staff_audit(staff_id, at_utc, action, subject, before, after) "
               "VALUES (?, ?, ?, ?, ?, ?)")
        .bind(1, who.id)
        .bind(2, atUtc)
        .bind(3, action)
        .bind(4, subject)
        .bind(5, compact(before))
        .bind(6, compact(after))
        .run();
    booking::writeOutbox(db, QStringLiteral("staff.audit"), atUtc,
        { { QStringLiteral("staff_id"), who.id }, { QStringLiteral("role"), roleName(who.role) },
            { QStringLiteral("action"), action }, { QStringLiteral("subject"), subject },
            { QStringLiteral("before"), before }, { QStringLiteral("after"), after } });
}

std::vector<AuditEntry> recentAudit(storage::Database &db, int limit)
{
    auto q = db.prepare(
        "SELECT staff_id, at_utc, action, subject, before, after FROM staff_audit ORDER BY seq DESC LIMIT ?");
    q.bind(1, limit);
    std::vector<AuditEntry> rows;
    while (q.step())
        rows.push_back({ q.text(0), q.int64(1), q.text(2), q.text(3),
            QJsonDocument::fromJson(q.text(4).toUtf8()).object(),
            QJsonDocument::fromJson(q.text(5).toUtf8()).object() });
    return rows;
}

} // namespace linli::maintenance
