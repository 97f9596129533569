#pragma once

#include <QString>

namespace linli::storage {
class Database;
}

namespace linli::sync {

// The central server revoked this kiosk: everything that names or reaches a resident goes, in
// one transaction. Residents' names, cards, phones, PINs and birth dates are blanked (their
// bookings and orders keep only the meaningless local id, so nobody can sign in and nothing
// says who they were), their tags, addresses, delivery stops and PIN lockouts are deleted.
// Returns how many residents were wiped. Throws storage::StorageError (nothing changed).
int wipeResidents(storage::Database &db);

// The same for one resident the central server removed (a residents tombstone), inside the
// caller's transaction; PIN lockouts are kept (they are per phone number typed, not per
// resident). Returns 1 when that resident was here. Throws storage::StorageError.
int wipeResident(storage::Database &db, const QString &residentId);

} // namespace linli::sync
