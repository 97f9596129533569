#include "tickets/ticket_office.h"

#include "booking/outbox.h"
#include "core/clock.h"
#include "information/hall.h"
#include "storage/database.h"
#include "storage/storage_reasons.h"
#include "storage/transaction.h"
#include "tickets/human_code.h"
#include "tickets/reasons.h"
#include "tickets/signing_key.h"
#include "tickets/ticket_body.h"
#include "tickets/ticket_sources.h"
#include "tickets/ticket_text.h"
#include "tickets/tickets_log.h"

#include <QUuid>

namespace linli::tickets {

namespace {

constexpr int kCodeAttempts = 4; // a new ticket id when its human code is taken (1 in 2^45)

std::optional<IssuedTicket> fromRow(const store::IssuedRow &row)
{
    const DecodedText decoded = decodeTicketText(row.text);
    const ParsedBody parsed = parseBody(decoded.ticket.body);
    if (decoded.problem != DecodedText::Problem::None || parsed.problem != ParsedBody::Problem::None) {
        qCWarning(lcTickets) << "an issued ticket does not read back:" << ticketIdText(row.ticketId);
        return std::nullopt;
    }
    return IssuedTicket{ parsed.ticket, row.text, row.code, { row.sourceKind, row.sourceId } };
}

QJsonObject sourcePayload(
    const Ticket &ticket, SourceKind kind, const QString &sourceId, const QString &kioskId)
{
    QJsonObject payload = store::payloadOf(ticket);
    payload.insert(QStringLiteral("source_kind"), store::sourceName(kind));
    payload.insert(QStringLiteral("source_id"), sourceId);
    payload.insert(QStringLiteral("kiosk_id"), kioskId);
    return payload;
}

} // namespace

TicketOffice::TicketOffice(storage::Database &db, const Clock &clock, const SigningKey &key, QString kioskId)
    : m_db(db)
    , m_clock(clock)
    , m_key(key)
    , m_kioskId(std::move(kioskId))
{
}

Result<IssuedTicket> TicketOffice::ticketForBooking(const QString &bookingId)
{
    return issue(
        "issuing a booking's ticket", [&](const HallTime &) { return bookingRequest(m_db, bookingId); });
}

Result<IssuedTicket> TicketOffice::ticketForSignUp(const QString &residentId, const QString &eventId)
{
    return issue("issuing an activity's ticket",
        [&](const HallTime &) { return signUpRequest(m_db, residentId, eventId); });
}

Result<IssuedTicket> TicketOffice::ticketForMealOrder(const QString &orderId)
{
    return issue("issuing a meal's ticket",
        [&](const HallTime &time) { return mealOrderRequest(m_db, time, orderId); });
}

Result<IssuedTicket> TicketOffice::issue(const char *what, const Reader &read)
{
    const qint64 now = m_clock.nowSecs();
    return storage::refuseOnStorageError(lcTickets(), what, [&]() -> Result<IssuedTicket> {
        const auto hall = information::loadHall(m_db);
        if (!hall)
            return Result<IssuedTicket>::refuse(reasons::cannotIssue());
        if (!clockPlausible(now))
            return Result<IssuedTicket>::refuse(
                reasons::clockImplausible(QDateTime::fromSecsSinceEpoch(now, hall->timeZone)));
        storage::Transaction tx(m_db);
        const Result<TicketRequest> request = read(HallTime(hall->timeZone));
        if (!request.ok)
            return Result<IssuedTicket>::refuse(request.reason);
        const TicketRequest &r = request.value;
        if (const auto existing = store::issuedForSource(m_db, r.sourceKind, r.sourceId)) {
            const auto issued = fromRow(*existing);
            if (!issued || store::isRevoked(m_db, existing->ticketId)) {
                qCWarning(lcTickets) << what << "- its ticket was revoked while it stands";
                return Result<IssuedTicket>::refuse(reasons::cannotIssue());
            }
            return Result<IssuedTicket>::success(*issued);
        }
        if (r.validUntilUtc < now)
            return Result<IssuedTicket>::refuse(reasons::alreadyOver());
        const auto issued = makeTicket(r, placeTag(PlaceKind::Hall, hall->id), now);
        if (!issued)
            return Result<IssuedTicket>::refuse(reasons::cannotIssue());
        store::IssuedRow row{ issued->ticket.ticketId, issued->code, issued->text, r.sourceKind, r.sourceId,
            r.residentId, now, r.validFromUtc, r.validUntilUtc };
        store::insertIssued(m_db, row, issued->ticket.kind, m_key.keyId());
        QJsonObject payload = sourcePayload(issued->ticket, r.sourceKind, r.sourceId, m_kioskId);
        payload.insert(QStringLiteral("code"), issued->code);
        payload.insert(QStringLiteral("text"), issued->text); // so other kiosks can find the code after sync
        booking::writeOutbox(m_db, QStringLiteral("ticket.issued"), now, payload);
        tx.commit();
        return Result<IssuedTicket>::success(*issued);
    });
}

std::optional<IssuedTicket> TicketOffice::makeTicket(const TicketRequest &r, quint32 hall, qint64 now)
{
    Ticket t;
    t.kind = kindOf(r.admits);
    t.hall = hall;
    t.keyId = m_key.keyId();
    t.issuedAtUtc = now;
    t.validFromUtc = r.validFromUtc;
    t.validUntilUtc = r.validUntilUtc;
    t.partySize = r.partySize;
    t.holder = m_key.holderId(r.residentId);
    t.admits = r.admits;
    for (int attempt = 0; attempt < kCodeAttempts; ++attempt) {
        t.ticketId = QUuid::createUuid().toRfc4122();
        if (const QString problem = boundsProblem(t); !problem.isEmpty()) {
            qCWarning(lcTickets).noquote() << "cannot issue a ticket for" << store::sourceName(r.sourceKind)
                                           << r.sourceId << "-" << problem;
            return std::nullopt;
        }
        const QByteArray body = serializeBody(t);
        const QString text = ticketText({ body, m_key.sign(body) });
        const QString code = humanCode(text);
        if (!store::codeTaken(m_db, code))
            return IssuedTicket{ t, text, code, { r.sourceKind, r.sourceId } };
    }
    qCWarning(lcTickets) << "no free human code in" << kCodeAttempts << "attempts";
    return std::nullopt;
}

Outcome TicketOffice::revokeBooking(const QString &bookingId)
{
    return revoke(SourceKind::Booking, [&] { return std::vector<QString>{ bookingId }; });
}

Outcome TicketOffice::revokeSignUp(const QString &residentId, const QString &eventId)
{
    return revoke(SourceKind::SignUp, [&] { return store::signUpsWithTickets(m_db, residentId, eventId); });
}

Outcome TicketOffice::revokeMealOrder(const QString &orderId)
{
    return revoke(SourceKind::MealOrder, [&] { return std::vector<QString>{ orderId }; });
}

Outcome TicketOffice::revoke(SourceKind kind, const std::function<std::vector<QString>()> &sourceIds)
{
    const qint64 now = m_clock.nowSecs();
    return storage::refuseOnStorageError(lcTickets(), "revoking a ticket", [&] {
        storage::Transaction tx(m_db);
        for (const QString &sourceId : sourceIds()) {
            const auto row = store::issuedForSource(m_db, kind, sourceId);
            if (!row)
                continue;
            const QString reason = store::revocationReason(m_db, kind, sourceId);
            if (!store::insertRevocation(m_db, row->ticketId, reason, now))
                continue;
            QJsonObject payload{ { QStringLiteral("ticket_id"), ticketIdText(row->ticketId) },
                { QStringLiteral("reason"), reason },
                { QStringLiteral("source_kind"), store::sourceName(kind) },
                { QStringLiteral("source_id"), sourceId }, { QStringLiteral("kiosk_id"), m_kioskId } };
            booking::writeOutbox(m_db, QStringLiteral("ticket.revoked"), now, payload);
        }
        tx.commit();
        return Outcome::success();
    });
}

int TicketOffice::revokeCancelled()
{
    const qint64 now = m_clock.nowSecs();
    try {
        std::vector<store::IssuedRow> rows;
        {
            storage::Transaction tx(m_db, storage::Transaction::Mode::Deferred);
            rows = store::unrevokedOfCancelled(m_db, now);
        }
        int revoked = 0;
        for (const store::IssuedRow &row : rows) {
            if (revoke(row.sourceKind, [&] { return std::vector<QString>{ row.sourceId }; }).ok)
                ++revoked;
        }
        return revoked;
    } catch (const storage::StorageError &e) {
        qCWarning(lcTickets) << "revoking cancelled tickets failed:" << e.what();
        return 0;
    }
}

std::vector<IssuedTicket> TicketOffice::liveTickets(const QString &residentId)
{
    std::vector<IssuedTicket> tickets;
    for (const store::IssuedRow &row : store::liveFor(m_db, residentId, m_clock.nowSecs())) {
        if (auto issued = fromRow(row))
            tickets.push_back(std::move(*issued));
    }
    return tickets;
}

} // namespace linli::tickets
