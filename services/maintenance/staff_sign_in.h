#pragma once

#include "core/outcome.h"
#include "maintenance/staff.h"

#include <QTimeZone>

namespace linli {
class Clock;
namespace storage {
class Database;
}
} // namespace linli

namespace linli::maintenance {

using StaffSignIn = Result<StaffMember>;

// True when `card` belongs to an active staff member: the reader's burst then opens the staff
// PIN screen instead of a resident session. Never throws (false on storage failure, logged).
bool isStaffCard(storage::Database &db, const QString &card);

// A staff PIN, after a staff card (`card`) or after the hidden gesture (`card` empty: any
// active staff member's PIN). Wrong PINs lock that card (or, for the gesture, the kiosk's
// staff entry) as resident PINs do: the 5th failure for 15 minutes, each later round of 5
// twice as long; counted in the database, so a restart resets nothing. Argon2id: call it off
// the GUI thread with that thread's connection. Never throws.
StaffSignIn signInStaff(storage::Database &db, const Clock &clock, const QTimeZone &hallZone,
    const QString &card, const QString &pin);

// Seconds until that entry may try a PIN again, 0 when it may now. Throws storage::StorageError.
qint64 staffLockRemaining(storage::Database &db, const Clock &clock, const QString &card);

} // namespace linli::maintenance
