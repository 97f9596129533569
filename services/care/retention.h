#pragma once

#include <QDateTime>

namespace linli::storage {
class Database;
}

namespace linli::care {

// The resident every purged record points to: no name, card or phone.
inline constexpr const char *kPurgedResidentId = "purged";

struct PurgeCounts {
    int bookings = 0;
    int mealOrders = 0;
    int noShows = 0;
    int total() const { return bookings + mealOrders + noShows; }
};

// Cuts the link between residents and what they finished more than `retentionDays` ago:
// bookings that ended (any status) and meal orders whose meal day has passed point to the
// anonymous kPurgedResidentId from then on, and their no-show marks are deleted. The counts
// the hall reports on (rooms used, meals served) stay; who it was does not. Vouchers are
// money and stay with their resident. One transaction; throws StorageError.
PurgeCounts purgePersonalData(storage::Database &db, const QDateTime &nowUtc, int retentionDays);

} // namespace linli::care
