#include "checkin/check_in_desk.h"

#include "booking/room_booking.h"
#include "checkin/scanner_input.h"
#include "storage/database.h"
#include "storage/storage_error.h"
#include "tickets/human_code.h"
#include "tickets/ticket_store.h"
#include "tickets/tickets_log.h"

namespace linli::checkin {

CheckInDesk::CheckInDesk(storage::Database &db, tickets::TicketOffice &office, booking::RoomBooking &rooms,
    tickets::CheckInPoint point)
    : m_db(db)
    , m_office(office)
    , m_rooms(rooms)
    , m_point(std::move(point))
{
}

CheckInOutcome CheckInDesk::scanned(const QString &text)
{
    const QString trimmed = text.trimmed();
    // A scanner may also read a printed human code; a ticket's text is never that short.
    if (!looksLikeTicketText(trimmed) && trimmed.size() <= 16)
        return typed(trimmed);
    if (auto other = elsewhere(trimmed, trimmed.size()))
        return *other;
    return withBooking(m_office.checkIn(trimmed, m_point));
}

CheckInOutcome CheckInDesk::typed(const QString &code)
{
    try {
        const auto normalised = tickets::normalisedHumanCode(code);
        const auto issued = normalised ? tickets::store::issuedByCode(m_db, *normalised) : std::nullopt;
        if (issued) {
            if (auto other = elsewhere(issued->text, code.size()))
                return *other;
        }
    } catch (const storage::StorageError &e) {
        qCWarning(lcTickets) << "reading a typed code's ticket failed:" << e.what(); // checkInCode says so
    }
    return withBooking(m_office.checkInCode(code, m_point));
}

std::optional<CheckInOutcome> CheckInDesk::elsewhere(const QString &ticketText, qsizetype scannedLength)
{
    tickets::ScanResult look = m_office.inspect(ticketText);
    if (!look.accepted() || !look.place || look.place->id.isEmpty() || isHere(look))
        return std::nullopt;
    const LocalizedText &there = look.place->name;
    look.message
        = { QStringLiteral("这张票是%1的，不是%2的。请到%1签到。").arg(there.zh, m_point.placeName.zh),
              QStringLiteral("This ticket is for %1, not %2. Please check in there.")
                  .arg(there.en, m_point.placeName.en) };
    m_office.recordWrongPlace(look, m_point, scannedLength);
    CheckInOutcome outcome;
    outcome.scan = std::move(look);
    outcome.elsewhere = true;
    return outcome;
}

bool CheckInDesk::isHere(const tickets::ScanResult &look)
{
    if (look.place->id == m_point.placeId)
        return true;
    // An activity is held in a room, a meal served in the canteen's room: their doors are the
    // room's too.
    const char *sql = look.ticket->kind == tickets::TicketKind::Activity
        ? "SELECT room_id FROM event WHERE id = ?"
        : look.ticket->kind == tickets::TicketKind::Meal ? "SELECT room_id FROM canteen WHERE id = ?"
                                                         : nullptr;
    if (!sql)
        return false;
    try {
        auto q = m_db.prepare(sql);
        q.bind(1, look.place->id);
        return q.step() && q.text(0) == m_point.placeId;
    } catch (const storage::StorageError &e) {
        qCWarning(lcTickets) << "reading where a ticket admits failed:" << e.what();
        return true; // checkIn meets the same storage and says so
    }
}

CheckInOutcome CheckInDesk::withBooking(tickets::ScanResult scan)
{
    CheckInOutcome outcome;
    const bool roomBooking = scan.accepted() && scan.ticket && scan.ticket->kind == tickets::TicketKind::Room
        && scan.source && scan.source->kind == tickets::SourceKind::Booking;
    if (roomBooking) {
        // The ticket is admitted already; a booking that cannot be checked in (its window
        // closed a moment ago, storage busy) is said, and the no-show job decides later.
        outcome.bookingCheckIn = m_rooms.checkIn(scan.source->id);
        if (!outcome.bookingCheckIn->ok)
            qCWarning(lcTickets).noquote()
                << "admitted, but the booking did not check in:" << outcome.bookingCheckIn->reason.en;
    }
    outcome.scan = std::move(scan);
    return outcome;
}

} // namespace linli::checkin
