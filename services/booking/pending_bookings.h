#pragma once

#include "booking/booking_types.h"

#include <vector>

namespace linli::storage {
class Database;
}

namespace linli::booking {

// Bookings waiting for a staff decision (rooms that need approval) that have not started yet,
// soonest first, with the room's name; for the staff's "today" screen. The resident appears
// only as their id (the screen shows no names). Throws storage::StorageError.
std::vector<BookingRecord> pendingBookings(storage::Database &db, qint64 nowUtc);

} // namespace linli::booking
