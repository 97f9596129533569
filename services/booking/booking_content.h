#pragma once

#include "residents/pin_hash.h"

#include <QString>

namespace linli::storage {
class Database;
}

namespace linli::booking {

struct BookingContentReport {
    int rooms = 0, residents = 0;
};

// Loads rooms.json "booking" rules and residents.json from the demo folder `dir`, once: only
// while there are no booking rules (resp. no residents) and the database's hall is the one of
// that folder, so a synced real hall never gets the demo residents. Demo PINs are stored as
// Argon2id hashes (slow by design; ~0.2 s each at Interactive cost). All in one transaction.
// Throws content::ContentError for bad files, storage::StorageError for storage failures.
BookingContentReport loadDemoBookingContent(
    storage::Database &db, const QString &dir, residents::PinCost cost = residents::PinCost::Interactive);

} // namespace linli::booking
