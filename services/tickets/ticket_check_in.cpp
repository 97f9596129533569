// TicketOffice: checking tickets in (scanned or typed) and naming what they admit to.
#include "booking/outbox.h"
#include "core/clock.h"
#include "information/hall.h"
#include "storage/database.h"
#include "storage/storage_reasons.h"
#include "storage/transaction.h"
#include "tickets/human_code.h"
#include "tickets/key_registry.h"
#include "tickets/reasons.h"
#include "tickets/ticket_office.h"
#include "tickets/tickets_log.h"

namespace linli::tickets {

namespace {

std::optional<TicketPlace> findByTag(storage::Database &db, std::string_view sql, PlaceKind kind, quint32 tag)
{
    for (auto q = db.prepare(sql); q.step();) {
        if (placeTag(kind, q.text(0)) == tag)
            return TicketPlace{ q.text(0), { q.text(1), q.text(2) } };
    }
    return std::nullopt;
}

} // namespace

std::optional<TicketPlace> TicketOffice::placeOf(const Ticket &ticket)
{
    if (const auto *room = std::get_if<RoomAdmission>(&ticket.admits))
        return findByTag(m_db, "SELECT id, name_zh, name_en FROM room", PlaceKind::Room, room->room);
    if (const auto *activity = std::get_if<ActivityAdmission>(&ticket.admits))
        return findByTag(
            m_db, "SELECT id, title_zh, title_en FROM event", PlaceKind::Activity, activity->activity);
    const auto &meal = std::get<MealAdmission>(ticket.admits);
    return findByTag(m_db, "SELECT id, name_zh, name_en FROM canteen", PlaceKind::Canteen, meal.canteen);
}

ScanResult TicketOffice::examine(const QString &scanned, qint64 now)
{
    const auto hall = information::loadHall(m_db);
    VerifyContext context;
    context.hall = hall ? placeTag(PlaceKind::Hall, hall->id) : 0;
    context.nowUtc = now;
    context.publicKeyOf = [this](quint32 keyId) { return publicKeyOf(m_db, keyId); };
    const Verification v = verifyTicketText(scanned, context);

    ScanResult r;
    r.status = v.status;
    r.ticket = v.ticket;
    if (r.ticket) {
        const QByteArray &id = r.ticket->ticketId;
        r.place = placeOf(*r.ticket);
        if (const auto issued = store::issuedById(m_db, id))
            r.source = TicketSource{ issued->sourceKind, issued->sourceId };
        // A cancelled or used ticket says so before its window does: "not valid until
        // tomorrow" would send the holder of a cancelled ticket home to come back.
        if (r.status != TicketStatus::ClockWrong) {
            if (store::isRevoked(m_db, id)) {
                r.status = TicketStatus::Revoked;
            } else if (const auto used = store::admissionOf(m_db, id)) {
                r.status = TicketStatus::AlreadyUsed;
                r.firstUse = Admission{ used->atUtc, used->kioskId, used->placeId, used->placeName };
            }
        }
    }
    r.message = messageFor(r, v.version, now, hall ? hall->timeZone : QTimeZone::utc());
    return r;
}

LocalizedText TicketOffice::messageFor(const ScanResult &r, quint32 version, qint64 now, const QTimeZone &tz)
{
    const auto local = [&tz](qint64 utc) { return QDateTime::fromSecsSinceEpoch(utc, tz); };
    switch (r.status) {
    case TicketStatus::Accepted:
        return reasons::admitted();
    case TicketStatus::NotATicket:
        return reasons::notATicket();
    case TicketStatus::Damaged:
        return reasons::damaged();
    case TicketStatus::UnsupportedVersion:
        return reasons::unsupportedVersion(version);
    case TicketStatus::OtherHall:
        return reasons::otherHall();
    case TicketStatus::UnknownKey:
        return reasons::unknownKey();
    case TicketStatus::BadSignature:
        return reasons::badSignature();
    case TicketStatus::ClockWrong:
        if (!clockPlausible(now) || !r.ticket)
            return reasons::clockImplausible(local(now));
        return reasons::clockBehindTicket(local(r.ticket->issuedAtUtc), local(now));
    case TicketStatus::NotYetValid:
        return reasons::notYetValid(local(r.ticket->validFromUtc));
    case TicketStatus::Expired:
        return reasons::expired(local(r.ticket->validUntilUtc));
    case TicketStatus::Revoked:
        return reasons::revoked();
    case TicketStatus::AlreadyUsed:
        return reasons::alreadyUsed(local(r.firstUse->atUtc), local(now).date(), r.firstUse->placeName);
    case TicketStatus::CodeMistyped:
        return reasons::codeMistyped();
    case TicketStatus::CodeUnknown:
        return reasons::codeUnknown();
    case TicketStatus::StorageFailed:
        return reasons::cannotSave();
    }
    return reasons::damaged();
}

ScanResult TicketOffice::checkIn(const QString &scanned, const CheckInPoint &where)
{
    return checkInWith(where, scanned.size(), [&](qint64 now) { return examine(scanned, now); });
}

ScanResult TicketOffice::checkInCode(const QString &typedCode, const CheckInPoint &where)
{
    return checkInWith(where, typedCode.size(), [&](qint64 now) {
        ScanResult r;
        const auto code = normalisedHumanCode(typedCode);
        const auto issued = code ? store::issuedByCode(m_db, *code) : std::nullopt;
        if (issued)
            return examine(issued->text, now);
        r.status = code ? TicketStatus::CodeUnknown : TicketStatus::CodeMistyped;
        r.message = messageFor(r, 0, now, QTimeZone::utc()); // no time in these words
        return r;
    });
}

ScanResult TicketOffice::checkInWith(
    const CheckInPoint &where, qsizetype scannedLength, const std::function<ScanResult(qint64 now)> &check)
{
    const qint64 now = m_clock.nowSecs();
    try {
        storage::Transaction tx(m_db);
        ScanResult r = check(now);
        if (r.accepted()) {
            store::insertAdmission(m_db, *r.ticket, { now, m_kioskId, where.placeId, where.placeName });
            booking::writeOutbox(m_db, QStringLiteral("ticket.admitted"), now, scanPayload(r, where));
        } else {
            writeFailedScan(r, statusName(r.status), where, scannedLength, now);
        }
        tx.commit();
        return r;
    } catch (const storage::StorageError &e) {
        qCWarning(lcTickets) << "check-in failed:" << storage::errorKindName(e.kind()) << e.what();
        ScanResult r;
        r.status = TicketStatus::StorageFailed;
        r.message = storage::refusalFor(e);
        return r;
    }
}

QJsonObject TicketOffice::scanPayload(const ScanResult &r, const CheckInPoint &where) const
{
    QJsonObject payload = r.ticket ? store::payloadOf(*r.ticket) : QJsonObject();
    payload.insert(QStringLiteral("place_id"), where.placeId);
    payload.insert(QStringLiteral("kiosk_id"), m_kioskId);
    if (r.source) {
        payload.insert(QStringLiteral("source_kind"), store::sourceName(r.source->kind));
        payload.insert(QStringLiteral("source_id"), r.source->id);
    }
    return payload;
}

void TicketOffice::writeFailedScan(const ScanResult &r, const QString &result, const CheckInPoint &where,
    qsizetype scannedLength, qint64 now)
{
    QJsonObject payload = scanPayload(r, where);
    // What was scanned stays here: it may be anything (a payment code) and is nobody's business.
    payload.insert(QStringLiteral("result"), result);
    payload.insert(QStringLiteral("scanned_length"), static_cast<qint64>(scannedLength));
    booking::writeOutbox(m_db, QStringLiteral("ticket.scan_failed"), now, payload);
}

bool TicketOffice::recordWrongPlace(
    const ScanResult &look, const CheckInPoint &where, qsizetype scannedLength)
{
    try {
        storage::Transaction tx(m_db);
        writeFailedScan(look, QStringLiteral("wrong_place"), where, scannedLength, m_clock.nowSecs());
        tx.commit();
        return true;
    } catch (const storage::StorageError &e) {
        qCWarning(lcTickets) << "recording a ticket for another door failed:" << e.what();
        return false;
    }
}

ScanResult TicketOffice::inspect(const QString &scanned)
{
    const qint64 now = m_clock.nowSecs();
    try {
        storage::Transaction tx(m_db, storage::Transaction::Mode::Deferred);
        return examine(scanned, now);
    } catch (const storage::StorageError &e) {
        qCWarning(lcTickets) << "inspecting a ticket failed:" << e.what();
        ScanResult r;
        r.status = TicketStatus::StorageFailed;
        r.message = storage::refusalFor(e);
        return r;
    }
}

} // namespace linli::tickets
