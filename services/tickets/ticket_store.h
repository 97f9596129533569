#pragma once

#include "core/localized_text.h"
#include "tickets/ticket_types.h"

#include <optional>
#include <QJsonObject>
#include <vector>

namespace linli::storage {
class Database;
}

// The SQL behind the TicketOffice (migration 0006), run inside the caller's transaction. Not
// for other callers. Every function throws storage::StorageError.
namespace linli::tickets::store {

enum class SourceKind { Booking, SignUp, MealOrder };
QString sourceName(SourceKind kind); // booking, signup, meal_order
std::optional<SourceKind> sourceFrom(const QString &name);

struct IssuedRow {
    QByteArray ticketId;
    QString code, text;
    SourceKind sourceKind = SourceKind::Booking;
    QString sourceId, residentId;
    qint64 issuedAtUtc = 0, validFromUtc = 0, validUntilUtc = 0;
};

std::optional<IssuedRow> issuedForSource(storage::Database &db, SourceKind kind, const QString &sourceId);
std::optional<IssuedRow> issuedByCode(storage::Database &db, const QString &code);
std::optional<IssuedRow> issuedById(storage::Database &db, const QByteArray &ticketId);
// The resident's tickets not revoked, not used and not over at `now`, soonest first.
std::vector<IssuedRow> liveFor(storage::Database &db, const QString &residentId, qint64 now);
bool codeTaken(storage::Database &db, const QString &code);
void insertIssued(storage::Database &db, const IssuedRow &row, TicketKind kind, quint32 keyId);

bool isRevoked(storage::Database &db, const QByteArray &ticketId);
// Records the revocation; false when it was revoked already.
bool insertRevocation(storage::Database &db, const QByteArray &ticketId, const QString &reason, qint64 now);
// Tickets whose booking, sign-up or order is cancelled or rejected but not revoked yet, and not
// over at `now`.
std::vector<IssuedRow> unrevokedOfCancelled(storage::Database &db, qint64 now);
// The resident's sign-ups for the event whose ticket is not revoked.
std::vector<QString> signUpsWithTickets(
    storage::Database &db, const QString &residentId, const QString &eventId);
// The stored name of why a source's ticket is revoked: cancelled, rejected or withdrawn (the
// source still stands, or is gone).
QString revocationReason(storage::Database &db, SourceKind kind, const QString &sourceId);

struct AdmissionRow {
    qint64 atUtc = 0;
    QString kioskId, placeId;
    LocalizedText placeName;
};
std::optional<AdmissionRow> admissionOf(storage::Database &db, const QByteArray &ticketId);
void insertAdmission(storage::Database &db, const Ticket &ticket, const AdmissionRow &row);

// The outbox payload naming a ticket (never the resident).
QJsonObject payloadOf(const Ticket &ticket);

} // namespace linli::tickets::store
