#pragma once

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

} // namespace linli::sync
