#include "tickets/ticket_store.h"

#include "storage/database.h"

namespace linli::tickets::store {

namespace {

constexpr std::string_view kIssuedColumns
    = "ticket_id, code, ticket_text, source_kind, source_id, resident_id, "
      "issued_at_utc, valid_from_utc, valid_until_utc";

std::string issuedQuery(std::string_view where)
{
    return "SELECT " + std::string(kIssuedColumns) + " FROM issued_ticket t " + std::string(where);
}

IssuedRow issuedFrom(const storage::Statement &q)
{
    IssuedRow row;
    row.ticketId = q.blob(0);
    row.code = q.text(1);
    row.text = q.text(2);
    row.sourceKind = sourceFrom(q.text(3)).value_or(SourceKind::Booking);
    row.sourceId = q.text(4);
    row.residentId = q.text(5);
    row.issuedAtUtc = q.int64(6);
    row.validFromUtc = q.int64(7);
    row.validUntilUtc = q.int64(8);
    return row;
}

std::optional<IssuedRow> one(storage::Statement q)
{
    if (!q.step())
        return std::nullopt;
    return issuedFrom(q);
}

std::vector<IssuedRow> all(storage::Statement q)
{
    std::vector<IssuedRow> rows;
    while (q.step())
        rows.push_back(issuedFrom(q));
    return rows;
}

} // namespace

QString sourceName(SourceKind kind)
{
    switch (kind) {
    case SourceKind::Booking:
        return QStringLiteral("booking");
    case SourceKind::SignUp:
        return QStringLiteral("signup");
    case SourceKind::MealOrder:
        return QStringLiteral("meal_order");
    }
    return {};
}

std::optional<SourceKind> sourceFrom(const QString &name)
{
    for (SourceKind k : { SourceKind::Booking, SourceKind::SignUp, SourceKind::MealOrder }) {
        if (sourceName(k) == name)
            return k;
    }
    return std::nullopt;
}

std::optional<IssuedRow> issuedForSource(storage::Database &db, SourceKind kind, const QString &sourceId)
{
    auto q = db.prepare(issuedQuery("WHERE source_kind = ? AND source_id = ?"));
    q.bind(1, sourceName(kind)).bind(2, sourceId);
    return one(std::move(q));
}

std::optional<IssuedRow> issuedByCode(storage::Database &db, const QString &code)
{
    auto q = db.prepare(issuedQuery("WHERE code = ?"));
    q.bind(1, code);
    return one(std::move(q));
}

std::optional<IssuedRow> issuedById(storage::Database &db, const QByteArray &ticketId)
{
    auto q = db.prepare(issuedQuery("WHERE ticket_id = ?"));
    q.bindBlob(1, ticketId);
    return one(std::move(q));
}

std::vector<IssuedRow> liveFor(storage::Database &db, const QString &residentId, qint64 now)
{
    auto q = db.prepare(
        issuedQuery("WHERE resident_id = ? AND valid_until_utc >= ? "
                    "AND NOT EXISTS (SELECT 1 FROM ticket_revocation r WHERE r.ticket_id = t.ticket_id) "
                    "AND NOT EXISTS (SELECT 1 FROM ticket_admission a WHERE a.ticket_id = t.ticket_id) "
                    "ORDER BY valid_from_utc, valid_until_utc, issued_at_utc"));
    q.bind(1, residentId).bind(2, now);
    return all(std::move(q));
}

bool codeTaken(storage::Database &db, const QString &code)
{
    auto q = db.prepare("SELECT 1 FROM issued_ticket WHERE code = ?");
    q.bind(1, code);
    return q.step();
}

void insertIssued(storage::Database &db, const IssuedRow &row, TicketKind kind, quint32 keyId)
{
    db.prepare("INSERT INTO issued_ticket(ticket_id, code, ticket_text, kind, source_kind, source_id, "
               "resident_id, key_id, issued_at_utc, valid_from_utc, valid_until_utc) "
               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .bindBlob(1, row.ticketId)
        .bind(2, row.code)
        .bind(3, row.text)
        .bind(4, kindName(kind))
        .bind(5, sourceName(row.sourceKind))
        .bind(6, row.sourceId)
        .bind(7, row.residentId)
        .bind(8, static_cast<qint64>(keyId))
        .bind(9, row.issuedAtUtc)
        .bind(10, row.validFromUtc)
        .bind(11, row.validUntilUtc)
        .run();
}

bool isRevoked(storage::Database &db, const QByteArray &ticketId)
{
    auto q = db.prepare("SELECT 1 FROM ticket_revocation WHERE ticket_id = ?");
    q.bindBlob(1, ticketId);
    return q.step();
}

bool insertRevocation(storage::Database &db, const QByteArray &ticketId, const QString &reason, qint64 now)
{
    return db.prepare("INSERT OR IGNORE INTO ticket_revocation(ticket_id, revoked_at_utc, reason, origin) "
                      "VALUES (?, ?, ?, 'local')")
               .bindBlob(1, ticketId)
               .bind(2, now)
               .bind(3, reason)
               .run()
        > 0;
}

std::vector<IssuedRow> unrevokedOfCancelled(storage::Database &db, qint64 now)
{
    auto q = db.prepare(issuedQuery(
        "WHERE valid_until_utc >= ? "
        "AND NOT EXISTS (SELECT 1 FROM ticket_revocation r WHERE r.ticket_id = t.ticket_id) AND ("
        "(source_kind = 'booking' AND EXISTS (SELECT 1 FROM booking b WHERE b.id = t.source_id "
        "  AND b.status IN ('cancelled', 'rejected'))) OR "
        "(source_kind = 'signup' AND EXISTS (SELECT 1 FROM event_signup s WHERE s.id = t.source_id "
        "  AND s.status = 'cancelled')) OR "
        "(source_kind = 'meal_order' AND EXISTS (SELECT 1 FROM meal_order m WHERE m.id = t.source_id "
        "  AND m.status = 'cancelled')))"));
    q.bind(1, now);
    return all(std::move(q));
}

std::vector<QString> signUpsWithTickets(
    storage::Database &db, const QString &residentId, const QString &eventId)
{
    auto q = db.prepare("SELECT t.source_id FROM issued_ticket t JOIN event_signup s ON s.id = t.source_id "
                        "WHERE t.source_kind = 'signup' AND s.event_id = ? AND s.resident_id = ? "
                        "AND NOT EXISTS (SELECT 1 FROM ticket_revocation r WHERE r.ticket_id = t.ticket_id)");
    q.bind(1, eventId).bind(2, residentId);
    std::vector<QString> ids;
    while (q.step())
        ids.push_back(q.text(0));
    return ids;
}

QString revocationReason(storage::Database &db, SourceKind kind, const QString &sourceId)
{
    const char *sql = kind == SourceKind::Booking ? "SELECT status FROM booking WHERE id = ?"
        : kind == SourceKind::SignUp              ? "SELECT status FROM event_signup WHERE id = ?"
                                                  : "SELECT status FROM meal_order WHERE id = ?";
    auto q = db.prepare(sql);
    q.bind(1, sourceId);
    const QString status = q.step() ? q.text(0) : QString();
    if (status == u"cancelled" || status == u"rejected")
        return status;
    return QStringLiteral("withdrawn");
}

std::optional<AdmissionRow> admissionOf(storage::Database &db, const QByteArray &ticketId)
{
    auto q = db.prepare("SELECT admitted_at_utc, kiosk_id, place_id, place_zh, place_en FROM "
                        "ticket_admission WHERE ticket_id = ?");
    q.bindBlob(1, ticketId);
    if (!q.step())
        return std::nullopt;
    return AdmissionRow{ q.int64(0), q.text(1), q.text(2), { q.text(3), q.text(4) } };
}

void insertAdmission(storage::Database &db, const Ticket &ticket, const AdmissionRow &row)
{
    db.prepare("INSERT INTO ticket_admission(ticket_id, admitted_at_utc, kiosk_id, place_id, place_zh, "
               "place_en, key_id, kind, origin) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'local')")
        .bindBlob(1, ticket.ticketId)
        .bind(2, row.atUtc)
        .bind(3, row.kioskId)
        .bind(4, row.placeId)
        .bind(5, row.placeName.zh)
        .bind(6, row.placeName.en)
        .bind(7, static_cast<qint64>(ticket.keyId))
        .bind(8, kindName(ticket.kind))
        .run();
}

QJsonObject payloadOf(const Ticket &t)
{
    return QJsonObject{
        { QStringLiteral("ticket_id"), ticketIdText(t.ticketId) },
        { QStringLiteral("kind"), kindName(t.kind) },
        { QStringLiteral("key_id"), QStringLiteral("%1").arg(t.keyId, 8, 16, QLatin1Char('0')) },
        { QStringLiteral("valid_from_utc"), t.validFromUtc },
        { QStringLiteral("valid_until_utc"), t.validUntilUtc },
        { QStringLiteral("party_size"), t.partySize },
    };
}

} // namespace linli::tickets::store
