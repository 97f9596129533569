#pragma once

namespace linli::content {
class Record;
}
namespace linli::storage {
class Database;
}

namespace linli::sync {

// One `residents` record from the central server (residents.json's fields, with "pin_hash", an
// Argon2id hash as the kiosk stores it, instead of "pin"): inserted, or updated in place so the
// resident's bookings, orders and vouchers stay. Tags and the registered address are replaced
// by the record's. A record carrying a plaintext "pin", a malformed hash or date, or a card or
// phone of another resident is refused: throws content::ContentError naming the field. Inside
// the caller's transaction; throws storage::StorageError.
void upsertResident(storage::Database &db, const content::Record &record);

} // namespace linli::sync
