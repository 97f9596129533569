#pragma once

#include "core/hall_time.h"
#include "core/outcome.h"
#include "tickets/ticket_store.h"

namespace linli::tickets {

// An activity's ticket admits from this long before the start until the end.
inline constexpr qint64 kActivityDoorsOpenSecs = 30 * 60;

// What a ticket for a booking, sign-up or order holds, read from that capability's tables.
struct TicketRequest {
    store::SourceKind sourceKind = store::SourceKind::Booking;
    QString sourceId, residentId;
    Admits admits;
    int partySize = 1;
    qint64 validFromUtc = 0, validUntilUtc = 0;
};

// Read inside the caller's transaction; a source that is gone, cancelled, pending or waiting
// is a refusal with its reason. Throw storage::StorageError.
//
// A room booking (confirmed or checked in) admits during its check-in window: 15 minutes
// either side of the start (booking::kCheckInWindowSecs); after that the booking is released.
Result<TicketRequest> bookingRequest(storage::Database &db, const QString &bookingId);
// A seat in an activity (not a place on the waiting list): from kActivityDoorsOpenSecs before
// the start to the end.
Result<TicketRequest> signUpRequest(storage::Database &db, const QString &residentId, const QString &eventId);
// A meal order: its offer's pickup window, or delivery window when delivered; the whole meal
// day in the hall when the offer is gone. Party size: the portions.
Result<TicketRequest> mealOrderRequest(storage::Database &db, const HallTime &time, const QString &orderId);

} // namespace linli::tickets
