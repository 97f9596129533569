#include "tickets/verification.h"

#include "core/clock_trust.h"
#include "tickets/signing_key.h"
#include "tickets/ticket_body.h"
#include "tickets/ticket_text.h"

namespace linli::tickets {

bool clockPlausible(qint64 nowUtc)
{
    // A clock the central server found more than 5 minutes off is not a judge of validity.
    return nowUtc >= kEarliestPlausibleUtc && nowUtc < kLatestPlausibleUtc
        && clock_trust::localClockTrusted();
}

QString statusName(TicketStatus status)
{
    static const char *const names[] = { "accepted", "not_a_ticket", "damaged", "unsupported_version",
        "other_hall", "unknown_key", "bad_signature", "clock_wrong", "not_yet_valid", "expired", "revoked",
        "already_used", "code_mistyped", "code_unknown", "storage_failed" };
    return QString::fromLatin1(names[static_cast<int>(status)]);
}

Verification verifyTicketText(const QString &scanned, const VerifyContext &context)
{
    Verification v;
    const DecodedText decoded = decodeTicketText(scanned);
    switch (decoded.problem) {
    case DecodedText::Problem::NotATicket:
        v.status = TicketStatus::NotATicket;
        return v;
    case DecodedText::Problem::UnsupportedVersion:
        v.status = TicketStatus::UnsupportedVersion;
        return v;
    case DecodedText::Problem::Damaged:
        v.status = TicketStatus::Damaged;
        return v;
    case DecodedText::Problem::None:
        break;
    }
    const ParsedBody parsed = parseBody(decoded.ticket.body);
    switch (parsed.problem) {
    case ParsedBody::Problem::Unreadable:
    case ParsedBody::Problem::Inconsistent:
        v.status = TicketStatus::Damaged;
        return v;
    case ParsedBody::Problem::UnsupportedVersion:
        v.status = TicketStatus::UnsupportedVersion;
        v.version = parsed.version;
        return v;
    case ParsedBody::Problem::None:
        break;
    }
    const Ticket &ticket = parsed.ticket;
    v.version = ticket.formatVersion;
    if (ticket.hall != context.hall) {
        v.status = TicketStatus::OtherHall;
        return v;
    }
    const auto publicKey = context.publicKeyOf ? context.publicKeyOf(ticket.keyId) : std::nullopt;
    if (!publicKey) {
        v.status = TicketStatus::UnknownKey;
        return v;
    }
    if (!verifySignature(*publicKey, decoded.ticket.body, decoded.ticket.signature)) {
        v.status = TicketStatus::BadSignature;
        return v;
    }
    v.ticket = ticket;
    const qint64 now = context.nowUtc;
    if (!clockPlausible(now) || ticket.issuedAtUtc > now + kClockToleranceSecs)
        v.status = TicketStatus::ClockWrong;
    else if (now < ticket.validFromUtc)
        v.status = TicketStatus::NotYetValid;
    else if (now > ticket.validUntilUtc)
        v.status = TicketStatus::Expired;
    else
        v.status = TicketStatus::Accepted;
    return v;
}

} // namespace linli::tickets
