#pragma once

#include "booking/booking_types.h"
#include "core/hall_time.h"

#include <vector>

namespace linli::storage {
class Database;
}

namespace linli::booking {

// Staff put a room out of service for one local day (repairs, cleaning, a hall event): nobody
// can book it that day, its screens show it closed with the reason, and the bookings that day
// that have not started are cancelled with a reason the residents read under My bookings.

// Pending and confirmed bookings of the room that start on `day` and not before nowUtc, soonest
// first: what closing the room that day would cancel. Throws storage::StorageError.
std::vector<BookingRecord> bookingsToCancel(
    storage::Database &db, const HallTime &time, const QString &roomId, const QDate &day, qint64 nowUtc);

// Closes the room on `day` (today or later) with `why` (both languages), inside the caller's
// transaction (staff commands add their audit row to it), and cancels bookingsToCancel(), each
// with its "booking.cancelled" outbox event carrying the reason; the closure goes out as
// "room.out_of_service". Returns how many bookings were cancelled. Refuses a room that cannot
// be booked, a past or invalid day, an empty reason and a day already out of service, changing
// nothing. Throws storage::StorageError.
Result<int> closeRoomForDay(storage::Database &db, const HallTime &time, const QString &roomId,
    const QDate &day, const LocalizedText &why, qint64 nowUtc);

// What a resident whose booking was cancelled reads: the room is out of service, and why.
LocalizedText closedByStaff(const LocalizedText &why);

} // namespace linli::booking
