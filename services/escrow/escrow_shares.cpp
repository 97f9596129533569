#include "escrow/escrow_shares.h"

#include "storage/database.h"

namespace linli::escrow {

bool sharesBind(storage::Database &db)
{
    auto q = db.prepare("SELECT kiosk_id <> '' AND revoked = 0 FROM sync_state WHERE id = 1");
    return q.step() && q.integer(0) == 1;
}

int unitsLeft(storage::Database &db, const QString &resource, qint64 nowMs)
{
    auto q = db.prepare("SELECT units FROM escrow_share WHERE resource = ? AND expires_at_ms > ?");
    q.bind(1, resource).bind(2, nowMs);
    return q.step() ? q.integer(0) : 0;
}

Cover cover(
    storage::Database &db, const QString &eventId, const QStringList &resources, int units, qint64 nowMs)
{
    if (resources.isEmpty() || !sharesBind(db))
        return Cover::Unbound;
    for (const QString &r : resources)
        if (unitsLeft(db, r, nowMs) < units)
            return Cover::Server;
    auto take = db.prepare("UPDATE escrow_share SET units = units - ? WHERE resource = ?");
    auto use = db.prepare("INSERT INTO escrow_use(event_id, resource, units) VALUES (?, ?, ?)");
    for (const QString &r : resources) {
        take.bind(1, units).bind(2, r);
        take.run();
        take.reset();
        use.bind(1, eventId).bind(2, r).bind(3, units);
        use.run();
        use.reset();
    }
    return Cover::Share;
}

void applyGrants(storage::Database &db, const std::vector<Share> &grants, qint64 lastSentSeq)
{
    auto sinceSent = db.prepare(
        "SELECT coalesce(sum(u.units), 0) FROM escrow_use u JOIN outbox o ON o.event_id = u.event_id "
        "WHERE u.resource = ? AND o.seq > ?");
    auto write = db.prepare(
        "INSERT INTO escrow_share(resource, units, expires_at_ms) VALUES (?, ?, ?) "
        "ON CONFLICT(resource) DO UPDATE SET units = excluded.units, expires_at_ms = excluded.expires_at_ms");
    for (const Share &g : grants) {
        sinceSent.bind(1, g.resource).bind(2, lastSentSeq);
        sinceSent.step();
        const qint64 spentSince = sinceSent.int64(0);
        sinceSent.reset();
        write.bind(1, g.resource)
            .bind(2, static_cast<qint64>(std::max<qint64>(0, g.units - spentSince)))
            .bind(3, g.expiresAtMs);
        write.run();
        write.reset();
    }
    db.prepare("DELETE FROM escrow_use WHERE event_id IN (SELECT event_id FROM outbox WHERE seq <= ?)")
        .bind(1, lastSentSeq)
        .run();
    db.prepare("DELETE FROM escrow_share WHERE units = 0").run();
}

} // namespace linli::escrow
