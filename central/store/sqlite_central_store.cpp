#include "store/sqlite_central_store.h"

#include "storage/migrations.h"
#include "storage/storage_error.h"
#include "storage/transaction.h"

#include <algorithm>
#include <QDir>
#include <QFile>

namespace linli::central {

namespace {

// central/migrations/NNNN_name.sql, compiled in under :/linli-central/migrations.
std::vector<storage::Migration> centralMigrations()
{
    const QString dir = QStringLiteral(":/linli-central/migrations");
    std::vector<storage::Migration> out;
    for (const QString &name : QDir(dir).entryList(QDir::Files, QDir::Name)) {
        QFile file(dir + u'/' + name);
        if (!file.open(QIODevice::ReadOnly))
            throw storage::StorageError(storage::ErrorKind::Schema, 0, "cannot read " + name.toStdString());
        out.push_back({ name.left(4).toInt(), name.chopped(4), QString::fromUtf8(file.readAll()) });
    }
    return out;
}

QStringList errorLines(const QString &joined)
{
    return joined.isEmpty() ? QStringList() : joined.split(u'\n');
}

KioskRow kioskFrom(storage::Statement &q)
{
    KioskRow k;
    k.id = q.text(0);
    k.hallId = q.text(1);
    k.secret = q.blob(2);
    k.ticketPublicKey = q.blob(3);
    k.enrolledAtMs = q.int64(4);
    k.revokedAtMs = q.optionalInt64(5);
    k.lastSeenMs = q.optionalInt64(6);
    k.softwareVersion = q.text(7);
    k.outboxDepth = q.int64(8);
    k.clockOffsetMs = q.int64(9);
    k.diskFreeBytes = q.int64(10);
    k.errors = errorLines(q.text(11));
    return k;
}

constexpr const char *kEventColumns
    = "SELECT event_id, kiosk_id, seq, kind, occurred_at_ms, received_at_ms, payload, "
      "accepted, reason_code, reason_zh, reason_en FROM sync_event ";

StoredEvent eventFrom(storage::Statement &q)
{
    return StoredEvent{ q.text(0), q.text(1), q.int64(2), q.text(3), q.int64(4), q.int64(5),
        q.text(6).toUtf8(), q.integer(7) != 0, q.text(8), q.text(9), q.text(10) };
}

constexpr const char *kKioskColumns
    = "SELECT id, hall_id, secret, ticket_public_key, enrolled_at_ms, revoked_at_ms, last_seen_ms, "
      "software_version, outbox_depth, clock_offset_ms, disk_free_bytes, errors FROM kiosk ";

} // namespace

SqliteCentralStore::SqliteCentralStore(const QString &path)
    : m_db(storage::Database::open(path))
{
    storage::migrate(m_db, centralMigrations());
}

SqliteCentralStore::~SqliteCentralStore() = default;

void SqliteCentralStore::maintainInBackground()
{
    if (m_checkpointer)
        return;
    // The kiosk's checkpointer, tuned for a server that is seldom quiet: a pass from 100 pages
    // after a quarter second without a commit, and at 2,000 pages (8 MB) whatever the load. If
    // its own connection cannot be opened, SQLite's automatic checkpoint stays on.
    m_checkpointer = std::make_unique<storage::WalCheckpointer>(m_db,
        storage::CheckpointPolicy{
            .thresholdPages = 100, .quiet = std::chrono::milliseconds(250), .hardCapPages = 2000 });
}

void SqliteCentralStore::begin(Durability durability)
{
    // In WAL mode NORMAL skips the commit's fsync; the next FULL commit syncs earlier ones too.
    if (m_durability != durability)
        m_db.exec(
            durability == Durability::Durable ? "PRAGMA synchronous = FULL" : "PRAGMA synchronous = NORMAL");
    m_durability = durability;
    m_tx = std::make_unique<storage::Transaction>(m_db);
}

void SqliteCentralStore::commit()
{
    m_tx->commit();
    m_tx.reset();
}

void SqliteCentralStore::rollback() noexcept
{
    m_tx.reset(); // rolls back unless committed
}

void SqliteCentralStore::upsertHall(const QString &id, const QString &timezone)
{
    m_db.prepare(
            "INSERT INTO hall(id, timezone) VALUES (?1, ?2) ON CONFLICT (id) DO UPDATE SET timezone = ?2")
        .bind(1, id)
        .bind(2, timezone)
        .run();
}

std::optional<QString> SqliteCentralStore::hallTimeZone(const QString &id)
{
    auto q = m_db.prepareCached("SELECT timezone FROM hall WHERE id = ?");
    q.bind(1, id);
    return q.step() ? std::optional(q.text(0)) : std::nullopt;
}

void SqliteCentralStore::addEnrolmentCode(const QString &code, const QString &hallId, qint64 expiresAtMs)
{
    m_db.prepare("INSERT INTO enrolment_code(code, hall_id, expires_at_ms) VALUES (?, ?, ?)")
        .bind(1, code)
        .bind(2, hallId)
        .bind(3, expiresAtMs)
        .run();
}

std::optional<QString> SqliteCentralStore::takeEnrolmentCode(
    const QString &code, const QString &kioskId, qint64 nowMs)
{
    auto q = m_db.prepare(
        "SELECT hall_id FROM enrolment_code WHERE code = ? AND used_by IS NULL AND expires_at_ms > ?");
    q.bind(1, code).bind(2, nowMs);
    if (!q.step())
        return std::nullopt;
    const QString hall = q.text(0);
    m_db.prepare("UPDATE enrolment_code SET used_by = ?, used_at_ms = ? WHERE code = ?")
        .bind(1, kioskId)
        .bind(2, nowMs)
        .bind(3, code)
        .run();
    return hall;
}

void SqliteCentralStore::addKiosk(const KioskRow &k)
{
    m_db.prepare(
            "INSERT INTO kiosk(id, hall_id, secret, ticket_public_key, enrolled_at_ms, software_version) "
            "VALUES (?, ?, ?, ?, ?, ?)")
        .bind(1, k.id)
        .bind(2, k.hallId)
        .bindBlob(3, k.secret)
        .bindBlob(4, k.ticketPublicKey)
        .bind(5, k.enrolledAtMs)
        .bind(6, k.softwareVersion)
        .run();
}

std::optional<KioskRow> SqliteCentralStore::kiosk(const QString &id)
{
    auto q = m_db.prepareCached(std::string(kKioskColumns) + "WHERE id = ?");
    q.bind(1, id);
    return q.step() ? std::optional(kioskFrom(q)) : std::nullopt;
}

std::vector<KioskRow> SqliteCentralStore::kiosks()
{
    auto q = m_db.prepare(std::string(kKioskColumns) + "ORDER BY hall_id, id");
    std::vector<KioskRow> out;
    while (q.step())
        out.push_back(kioskFrom(q));
    return out;
}

int SqliteCentralStore::kioskCountInHall(const QString &hallId)
{
    auto q = m_db.prepareCached("SELECT count(*) FROM kiosk WHERE hall_id = ? AND revoked_at_ms IS NULL");
    q.bind(1, hallId);
    q.step();
    return q.integer(0);
}

bool SqliteCentralStore::revokeKiosk(const QString &id, qint64 nowMs)
{
    return m_db.prepare("UPDATE kiosk SET revoked_at_ms = ? WHERE id = ? AND revoked_at_ms IS NULL")
               .bind(1, nowMs)
               .bind(2, id)
               .run()
        > 0;
}

void SqliteCentralStore::recordContact(const QString &kioskId, const KioskContact &c)
{
    if (!c.hasHealth) {
        m_db.prepareCached("UPDATE kiosk SET last_seen_ms = ? WHERE id = ?")
            .bind(1, c.seenAtMs)
            .bind(2, kioskId)
            .run();
        return;
    }
    m_db.prepareCached("UPDATE kiosk SET last_seen_ms = ?, software_version = ?, outbox_depth = ?, "
                       "clock_offset_ms = ?, disk_free_bytes = ?, errors = ? WHERE id = ?")
        .bind(1, c.seenAtMs)
        .bind(2, c.softwareVersion)
        .bind(3, c.outboxDepth)
        .bind(4, c.clockOffsetMs)
        .bind(5, c.diskFreeBytes)
        .bind(6, c.errors.join(u'\n'))
        .bind(7, kioskId)
        .run();
}

bool SqliteCentralStore::rememberNonce(const QString &kioskId, const QString &nonce, qint64 nowMs)
{
    return m_db.prepareCached("INSERT INTO request_nonce(kiosk_id, nonce, seen_at_ms) VALUES (?, ?, ?) "
                              "ON CONFLICT (kiosk_id, nonce) DO NOTHING")
               .bind(1, kioskId)
               .bind(2, nonce)
               .bind(3, nowMs)
               .run()
        > 0;
}

void SqliteCentralStore::forgetNoncesBefore(qint64 ms)
{
    m_db.prepareCached("DELETE FROM request_nonce WHERE seen_at_ms < ?").bind(1, ms).run();
}

std::optional<StoredEvent> SqliteCentralStore::event(const QString &eventId)
{
    auto q = m_db.prepareCached(std::string(kEventColumns) + "WHERE event_id = ?");
    q.bind(1, eventId);
    return q.step() ? std::optional(eventFrom(q)) : std::nullopt;
}

void SqliteCentralStore::addEvent(const StoredEvent &e)
{
    m_db.prepareCached(
            "INSERT INTO sync_event(event_id, kiosk_id, seq, kind, occurred_at_ms, received_at_ms, "
            "payload, accepted, reason_code, reason_zh, reason_en) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .bind(1, e.eventId)
        .bind(2, e.kioskId)
        .bind(3, e.seq)
        .bind(4, e.kind)
        .bind(5, e.occurredAtMs)
        .bind(6, e.receivedAtMs)
        .bind(7, QString::fromUtf8(e.payload))
        .bind(8, e.accepted)
        .bind(9, e.reasonCode)
        .bind(10, e.reasonZh)
        .bind(11, e.reasonEn)
        .run();
}

qint64 SqliteCentralStore::eventCount()
{
    auto q = m_db.prepare("SELECT count(*) FROM sync_event");
    q.step();
    return q.int64(0);
}

std::vector<StoredEvent> SqliteCentralStore::recentEvents(int limit)
{
    auto q = m_db.prepare(
        std::string(kEventColumns) + "ORDER BY received_at_ms DESC, kiosk_id, seq DESC LIMIT ?");
    q.bind(1, std::max(limit, 0));
    std::vector<StoredEvent> out;
    while (q.step())
        out.push_back(eventFrom(q));
    return out;
}

std::vector<KindCount> SqliteCentralStore::eventCountsByKind()
{
    auto q = m_db.prepare("SELECT kind, sum(CASE WHEN accepted <> 0 THEN 1 ELSE 0 END), "
                          "sum(CASE WHEN accepted = 0 THEN 1 ELSE 0 END) FROM sync_event "
                          "GROUP BY kind ORDER BY kind");
    std::vector<KindCount> out;
    while (q.step())
        out.push_back({ q.text(0), q.int64(1), q.int64(2) });
    return out;
}

} // namespace linli::central
