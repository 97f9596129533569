#pragma once

#include "core/hall_time.h"
#include "core/outcome.h"
#include "tickets/ticket_store.h"
#include "tickets/verification.h"

#include <functional>
#include <optional>
#include <QJsonObject>
#include <vector>

namespace linli {
class Clock;
namespace storage {
class Database;
}
} // namespace linli

namespace linli::tickets {

class SigningKey;
struct TicketRequest;

using store::SourceKind;

struct TicketSource {
    SourceKind kind = SourceKind::Booking;
    QString id; // booking id, event_signup id or meal order id
};

// A ticket this kiosk issued, as the booked and ordered screens and My show it.
struct IssuedTicket {
    Ticket ticket;
    QString text; // what the QR code carries (qrMatrix(text) draws it)
    QString code; // the 10-character human code (spacedHumanCode for display)
    TicketSource source;
};

// The room, activity or canteen a ticket admits to, found by its tag among this hall's own.
struct TicketPlace {
    QString id; // empty when this kiosk does not know it (yet)
    LocalizedText name;
};

// Where tickets are checked: a room's door, the canteen's counter ...
struct CheckInPoint {
    QString placeId;
    LocalizedText placeName; // "at <place>" in "already used at 11:42 at <place>"
};

struct Admission {
    qint64 atUtc = 0;
    QString kioskId, placeId;
    LocalizedText placeName;
};

struct ScanResult {
    TicketStatus status = TicketStatus::NotATicket;
    LocalizedText message; // big and plain, for the resident and the staff
    std::optional<Ticket> ticket; // only once its signature checked
    std::optional<TicketPlace> place; // with the ticket
    std::optional<TicketSource> source; // when this kiosk issued it (a room's check-in)
    std::optional<Admission> firstUse; // AlreadyUsed: when and where
    bool accepted() const { return status == TicketStatus::Accepted; }
};

// Tickets for bookings, activity seats and meal orders: issued on request (once per source;
// asking again gives the same ticket), revoked when cancelled, checked in once. Commands never
// throw: storage failures come back as refusals or as StorageFailed. Queries throw
// storage::StorageError.
class TicketOffice {
public:
    TicketOffice(storage::Database &db, const Clock &clock, const SigningKey &key, QString kioskId);

    // The ticket of a booking, sign-up or order (the booked and ordered screens): the one
    // issued before, or a new one, with its outbox event; or why there is none.
    Result<IssuedTicket> ticketForBooking(const QString &bookingId);
    Result<IssuedTicket> ticketForSignUp(const QString &residentId, const QString &eventId);
    Result<IssuedTicket> ticketForMealOrder(const QString &orderId);

    // After a cancellation: the source's ticket no longer admits (here; elsewhere after sync).
    // Done too when it has no ticket or was revoked already.
    Outcome revokeBooking(const QString &bookingId);
    Outcome revokeSignUp(const QString &residentId, const QString &eventId);
    Outcome revokeMealOrder(const QString &orderId);
    // Revokes every ticket whose booking, sign-up or order was cancelled or rejected since
    // (a cancellation that did not revoke, staff rejecting a booking); for the scheduler.
    // Returns how many; 0 when storage failed (logged).
    int revokeCancelled();

    // My: the resident's tickets still to use (not revoked, not used, not over), soonest first.
    std::vector<IssuedTicket> liveTickets(const QString &residentId);
    std::optional<TicketPlace> placeOf(const Ticket &ticket);

    // A check-in: a scanned text, or a typed human code. Accepted records the admission and
    // its outbox event; any other result writes one outbox event (the failed scan) and nothing
    // else. The checks come in this order: the text, version, hall, key, signature, this
    // kiosk's clock, revoked, used before, not yet valid, expired.
    ScanResult checkIn(const QString &scanned, const CheckInPoint &where);
    ScanResult checkInCode(const QString &typedCode, const CheckInPoint &where);
    // Every check of checkIn, nothing written (a ticket shown to staff, a screen's state).
    ScanResult inspect(const QString &scanned);
    // A valid ticket shown at another door (inspect said so; not admitted): recorded like any
    // failed scan, one outbox event with result "wrong_place", nothing else. False when
    // storage failed (logged): the answer to the person stands either way.
    bool recordWrongPlace(const ScanResult &look, const CheckInPoint &where, qsizetype scannedLength);

private:
    using Reader = std::function<Result<TicketRequest>(const HallTime &time)>;
    Result<IssuedTicket> issue(const char *what, const Reader &read);
    std::optional<IssuedTicket> makeTicket(const TicketRequest &request, quint32 hall, qint64 now);
    Outcome revoke(SourceKind kind, const std::function<std::vector<QString>()> &sourceIds);
    // The checks of a check-in, read-only; throws storage::StorageError.
    ScanResult examine(const QString &scanned, qint64 now);
    // One check-in transaction: `check` examines; an accepted ticket is admitted, anything else
    // is recorded as a failed scan (of `scannedLength` characters).
    ScanResult checkInWith(const CheckInPoint &where, qsizetype scannedLength,
        const std::function<ScanResult(qint64 now)> &check);
    LocalizedText messageFor(const ScanResult &result, quint32 version, qint64 now, const QTimeZone &zone);
    // A check-in's outbox payload: the ticket's, the door's and this kiosk's.
    QJsonObject scanPayload(const ScanResult &r, const CheckInPoint &where) const;
    // The outbox event of a failed scan; inside the caller's transaction; throws StorageError.
    void writeFailedScan(const ScanResult &r, const QString &result, const CheckInPoint &where,
        qsizetype scannedLength, qint64 now);

    storage::Database &m_db;
    const Clock &m_clock;
    const SigningKey &m_key;
    QString m_kioskId;
};

} // namespace linli::tickets
