#include "checkin/check_in_desk.h"

#include "booking/room_booking.h"
#include "checkin/scanner_input.h"
#include "tickets/tickets_log.h"

namespace linli::checkin {

CheckInDesk::CheckInDesk(
    tickets::TicketOffice &office, booking::RoomBooking &rooms, tickets::CheckInPoint point)
    : m_office(office)
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
    return withBooking(m_office.checkIn(trimmed, m_point));
}

CheckInOutcome CheckInDesk::typed(const QString &code)
{
    return withBooking(m_office.checkInCode(code, m_point));
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
