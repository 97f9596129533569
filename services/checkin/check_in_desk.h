#pragma once

#include "core/outcome.h"
#include "tickets/ticket_office.h"

#include <optional>

namespace linli::booking {
class RoomBooking;
}
namespace linli::storage {
class Database;
}

namespace linli::checkin {

// What a door's check-in did: the ticket's result, and for a room ticket issued by this kiosk
// whether its booking was checked in too (which spares it the no-show rules).
struct CheckInOutcome {
    tickets::ScanResult scan;
    std::optional<Outcome> bookingCheckIn; // only when the ticket admitted a booking known here
    // A valid ticket for another room or the canteen, not admitted here (recorded as a failed
    // scan, "wrong_place"); scan.message then says where it is for.
    bool elsewhere = false;
    bool admitted() const { return scan.accepted() && !elsewhere; }
};

// The check-in of one door or counter: a scanned text or a typed human code goes to the ticket
// office; an admitted room ticket also checks its booking in through the booking service.
class CheckInDesk {
public:
    CheckInDesk(storage::Database &db, tickets::TicketOffice &office, booking::RoomBooking &rooms,
        tickets::CheckInPoint point);

    // A scanner's text (LT1:… or a human code read as text) or what the person typed.
    CheckInOutcome scanned(const QString &text);
    CheckInOutcome typed(const QString &code);
    const tickets::CheckInPoint &point() const { return m_point; }

private:
    CheckInOutcome withBooking(tickets::ScanResult scan);
    // The answer for a ticket valid but for another door, recorded as a failed scan of
    // scannedLength characters; nullopt when it is for this one (or not valid, which checkIn
    // then says and records itself).
    std::optional<CheckInOutcome> elsewhere(const QString &ticketText, qsizetype scannedLength);
    bool isHere(const tickets::ScanResult &look);

    storage::Database &m_db;
    tickets::TicketOffice &m_office;
    booking::RoomBooking &m_rooms;
    tickets::CheckInPoint m_point;
};

} // namespace linli::checkin
