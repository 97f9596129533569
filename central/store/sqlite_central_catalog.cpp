// SqliteCentralStore: the catalog and its change log, limited resources, escrow, admissions.
#include "store/sqlite_central_store.h"

namespace linli::central {

std::vector<CatalogRecord> SqliteCentralStore::catalog(const QString &hallId)
{
    auto q = m_db.prepare("SELECT collection, record_id, record FROM catalog_record "
                          "WHERE hall_id = ? AND deleted = 0 ORDER BY collection, record_id");
    q.bind(1, hallId);
    std::vector<CatalogRecord> out;
    while (q.step())
        out.push_back({ q.text(0), q.text(1), q.text(2).toUtf8() });
    return out;
}

std::optional<CatalogRecord> SqliteCentralStore::record(
    const QString &hallId, const QString &collection, const QString &id)
{
    auto q = m_db.prepareCached("SELECT record FROM catalog_record "
                                "WHERE hall_id = ? AND collection = ? AND record_id = ? AND deleted = 0");
    q.bind(1, hallId).bind(2, collection).bind(3, id);
    if (!q.step())
        return std::nullopt;
    return CatalogRecord{ collection, id, q.text(0).toUtf8() };
}

qint64 SqliteCentralStore::putRecord(const QString &hallId, const CatalogRecord &r, bool deleted)
{
    auto last = m_db.prepareCached("SELECT COALESCE(MAX(seq), 0) FROM change_log");
    last.step();
    const qint64 seq = last.int64(0) + 1;
    const QString json = deleted ? QString() : QString::fromUtf8(r.json);
    m_db.prepareCached("INSERT INTO change_log(seq, hall_id, collection, record_id, deleted, record) "
                       "VALUES (?, ?, ?, ?, ?, ?)")
        .bind(1, seq)
        .bind(2, hallId)
        .bind(3, r.collection)
        .bind(4, r.id)
        .bind(5, deleted)
        .bind(6, json)
        .run();
    m_db.prepareCached("INSERT INTO catalog_record(hall_id, collection, record_id, record, deleted, seq) "
                       "VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (hall_id, collection, record_id) "
                       "DO UPDATE SET record = ?4, deleted = ?5, seq = ?6")
        .bind(1, hallId)
        .bind(2, r.collection)
        .bind(3, r.id)
        .bind(4, json)
        .bind(5, deleted)
        .bind(6, seq)
        .run();
    return seq;
}

std::vector<CatalogChange> SqliteCentralStore::changesAfter(const QString &hallId, qint64 cursor, int limit)
{
    auto q = m_db.prepareCached("SELECT seq, collection, record_id, deleted, record FROM change_log "
                                "WHERE hall_id = ? AND seq > ? ORDER BY seq LIMIT ?");
    q.bind(1, hallId).bind(2, cursor).bind(3, limit);
    std::vector<CatalogChange> out;
    while (q.step())
        out.push_back({ q.int64(0), q.text(1), q.text(2), q.integer(3) != 0, q.text(4).toUtf8() });
    return out;
}

qint64 SqliteCentralStore::latestChangeSeq(const QString &hallId)
{
    auto q = m_db.prepareCached("SELECT coalesce(max(seq), 0) FROM change_log WHERE hall_id = ?");
    q.bind(1, hallId);
    q.step();
    return q.int64(0);
}

std::optional<int> SqliteCentralStore::quota(const QString &resource)
{
    auto q = m_db.prepareCached("SELECT quota FROM resource WHERE name = ?");
    q.bind(1, resource);
    return q.step() ? std::optional(q.integer(0)) : std::nullopt;
}

void SqliteCentralStore::setQuota(const QString &resource, const QString &hallId, int quota)
{
    m_db.prepareCached("INSERT INTO resource(name, hall_id, quota) VALUES (?1, ?2, ?3) "
                       "ON CONFLICT (name) DO UPDATE SET quota = ?3")
        .bind(1, resource)
        .bind(2, hallId)
        .bind(3, quota)
        .run();
}

std::vector<QString> SqliteCentralStore::resourcesOfHall(const QString &hallId)
{
    auto q = m_db.prepareCached("SELECT name FROM resource WHERE hall_id = ? ORDER BY name");
    q.bind(1, hallId);
    std::vector<QString> out;
    while (q.step())
        out.push_back(q.text(0));
    return out;
}

int SqliteCentralStore::sold(const QString &resource)
{
    auto q = m_db.prepareCached(
        "SELECT COALESCE(SUM(units), 0) FROM resource_use WHERE resource = ? AND released = 0");
    q.bind(1, resource);
    q.step();
    return q.integer(0);
}

std::vector<ResourceUse> SqliteCentralStore::usesOf(const QString &useId)
{
    auto q = m_db.prepareCached("SELECT resource, use_id, kiosk_id, units, released FROM resource_use WHERE "
                                "use_id = ? ORDER BY resource");
    q.bind(1, useId);
    std::vector<ResourceUse> out;
    while (q.step())
        out.push_back({ q.text(0), q.text(1), q.text(2), q.integer(3), q.integer(4) != 0 });
    return out;
}

void SqliteCentralStore::putUse(const ResourceUse &u)
{
    m_db.prepareCached("INSERT INTO resource_use(resource, use_id, kiosk_id, units, released) "
                       "VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (resource, use_id) "
                       "DO UPDATE SET kiosk_id = ?3, units = ?4, released = ?5")
        .bind(1, u.resource)
        .bind(2, u.useId)
        .bind(3, u.kioskId)
        .bind(4, u.units)
        .bind(5, u.released)
        .run();
}

std::optional<EscrowGrant> SqliteCentralStore::grant(const QString &kioskId, const QString &resource)
{
    auto q = m_db.prepareCached(
        "SELECT units, expires_at_ms FROM escrow_grant WHERE kiosk_id = ? AND resource = ?");
    q.bind(1, kioskId).bind(2, resource);
    if (!q.step())
        return std::nullopt;
    return EscrowGrant{ resource, q.integer(0), q.int64(1) };
}

void SqliteCentralStore::setGrant(const QString &kioskId, const EscrowGrant &g)
{
    m_db.prepareCached(
            "INSERT INTO escrow_grant(kiosk_id, resource, units, expires_at_ms) VALUES (?1, ?2, ?3, ?4) "
            "ON CONFLICT (kiosk_id, resource) DO UPDATE SET units = ?3, expires_at_ms = ?4")
        .bind(1, kioskId)
        .bind(2, g.resource)
        .bind(3, g.units)
        .bind(4, g.expiresAtMs)
        .run();
}

int SqliteCentralStore::outstandingOfOthers(const QString &resource, const QString &kioskId, qint64 nowMs)
{
    auto q = m_db.prepareCached(
        "SELECT COALESCE(SUM(g.units), 0) FROM escrow_grant g JOIN kiosk k ON k.id = g.kiosk_id "
        "WHERE g.resource = ? AND g.kiosk_id <> ? AND g.expires_at_ms > ? "
        "AND k.revoked_at_ms IS NULL");
    q.bind(1, resource).bind(2, kioskId).bind(3, nowMs);
    q.step();
    return q.integer(0);
}

std::vector<ResourceState> SqliteCentralStore::resourceStates(
    const QString &hallId, const QString &kioskId, qint64 nowMs)
{
    auto q = m_db.prepareCached(
        "SELECT r.name, r.quota, "
        "(SELECT COALESCE(SUM(u.units), 0) FROM resource_use u WHERE u.resource = r.name AND u.released = "
        "0), "
        "(SELECT COALESCE(SUM(g.units), 0) FROM escrow_grant g JOIN kiosk k ON k.id = g.kiosk_id "
        " WHERE g.resource = r.name AND g.kiosk_id <> ?2 AND g.expires_at_ms > ?3 "
        " AND k.revoked_at_ms IS NULL), "
        "mine.units, mine.expires_at_ms "
        "FROM resource r LEFT JOIN escrow_grant mine ON mine.kiosk_id = ?2 AND mine.resource = r.name "
        "WHERE r.hall_id = ?1 ORDER BY r.name");
    q.bind(1, hallId).bind(2, kioskId).bind(3, nowMs);
    std::vector<ResourceState> out;
    while (q.step()) {
        ResourceState s{ q.text(0), q.integer(1), q.integer(2), q.integer(3), std::nullopt };
        if (const auto units = q.optionalInt64(4))
            s.share = EscrowGrant{ s.resource, static_cast<int>(*units), q.int64(5) };
        out.push_back(std::move(s));
    }
    return out;
}

std::vector<QString> SqliteCentralStore::admitTicket(
    const QString &eventId, const QString &ticketId, const QString &kioskId, qint64 atMs)
{
    auto q = m_db.prepareCached(
        "SELECT DISTINCT kiosk_id FROM admission WHERE ticket_id = ? AND kiosk_id <> ? ORDER BY kiosk_id");
    q.bind(1, ticketId).bind(2, kioskId);
    std::vector<QString> others;
    while (q.step())
        others.push_back(q.text(0));
    m_db.prepareCached(
            "INSERT INTO admission(event_id, ticket_id, kiosk_id, admitted_at_ms) VALUES (?, ?, ?, ?)")
        .bind(1, eventId)
        .bind(2, ticketId)
        .bind(3, kioskId)
        .bind(4, atMs)
        .run();
    return others;
}

void SqliteCentralStore::addFlag(const QString &eventId, const Flag &f)
{
    m_db.prepare("INSERT INTO flag(event_id, at_ms, kind, subject, detail) VALUES (?, ?, ?, ?, ?)")
        .bind(1, eventId)
        .bind(2, f.atMs)
        .bind(3, f.kind)
        .bind(4, f.subject)
        .bind(5, f.detail)
        .run();
}

std::vector<Flag> SqliteCentralStore::flags()
{
    auto q = m_db.prepare("SELECT at_ms, kind, subject, detail FROM flag ORDER BY at_ms, event_id");
    std::vector<Flag> out;
    while (q.step())
        out.push_back({ q.int64(0), q.text(1), q.text(2), q.text(3) });
    return out;
}

} // namespace linli::central
