#pragma once

#include "tickets/ticket_types.h"

#include <functional>
#include <optional>
#include <QString>

namespace linli::tickets {

// What checking a ticket comes to: one status per case, each with its own message
// (reasons.h). verifyTicketText gives those up to Expired; the TicketOffice adds the rest.
enum class TicketStatus {
    Accepted, // signed by a key of this hall, in its window; from a check-in: not revoked, not
              // used before, and now admitted (recorded)
    NotATicket, // not a Linli ticket at all
    Damaged, // a Linli ticket that does not read
    UnsupportedVersion,
    OtherHall,
    UnknownKey,
    BadSignature,
    ClockWrong, // this kiosk's clock is implausible, or behind the ticket's issue time
    NotYetValid,
    Expired,
    Revoked, // its booking or order was cancelled
    AlreadyUsed,
    CodeMistyped, // a typed code that is not a code
    CodeUnknown, // a code that names no ticket this kiosk knows
    StorageFailed, // the admission could not be recorded: not admitted
};

// Before this (2025-01-01 UTC) no ticket was ever issued: a clock showing it is unset or off.
inline constexpr qint64 kEarliestPlausibleUtc = 1735689600;
// After this (2100-01-01 UTC) neither: the times of a ticket end in 2106.
inline constexpr qint64 kLatestPlausibleUtc = 4102444800;
// Kiosks' clocks may differ this much; a ticket issued further in this kiosk's future means
// one of them is wrong.
inline constexpr qint64 kClockToleranceSecs = 300;

// False for a clock that cannot be right (before the software existed, far in the future) and
// while the last sync found it more than 5 minutes from the server's (core/clock_trust.h).
bool clockPlausible(qint64 nowUtc);
// The name outbox events give a status: accepted, not_a_ticket, damaged ...
QString statusName(TicketStatus status);

struct VerifyContext {
    quint32 hall = 0; // placeTag(PlaceKind::Hall, this hall's id)
    qint64 nowUtc = 0;
    // The public key of a key id among this hall's kiosks, or nullopt.
    std::function<std::optional<QByteArray>(quint32 keyId)> publicKeyOf;
};

struct Verification {
    TicketStatus status = TicketStatus::NotATicket;
    quint32 version = 0; // for UnsupportedVersion
    // The ticket once its signature checked (Accepted, ClockWrong, NotYetValid, Expired): only
    // a signed ticket's details are ever shown.
    std::optional<Ticket> ticket;
};

// Reads and checks a scanned text without storage: the text, the format version, the hall,
// the key, the signature, this kiosk's clock, then the validity window; the first that fails
// is the answer.
Verification verifyTicketText(const QString &scanned, const VerifyContext &context);

} // namespace linli::tickets
