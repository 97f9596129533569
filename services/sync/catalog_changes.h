#pragma once

#include "linli/v1/sync.pb.h"

#include <QDateTime>
#include <QStringList>

namespace linli::storage {
class Database;
}

namespace linli::sync {

struct ChangesApplied {
    int written = 0; // records added or changed
    int deleted = 0; // tombstones applied
    int skipped = 0; // changes of collections this kiosk does not take yet
    QStringList skippedCollections;
    bool catalogChanged = false; // places, guides, events, notices: the screens and search index follow
};

// A response's changes, in order, inside the caller's transaction (the cursor is stored after,
// in the same transaction). Records are parsed by the content loader's own per-record parsers
// (services/content), so a record the demo loader would refuse is refused here: throws
// BadResponse naming the collection, id and field, and the caller rolls everything back.
// Collections: hall (this kiosk's own: changes only; shown after a restart), rooms,
// facilities, services (guides), events, notices, canteen (the place and its menus; a dish
// gone from the menu disappears, orders placed stay), residents (a tombstone wipes that resident's
// personal data, see resident_wipe.h), kiosk_keys (the hall's ticket keys),
// revoked_tickets (tickets that no longer admit), staff (a PIN only as "pin_hash"; a tombstone
// disables the member and frees the card). Others are skipped and logged. The search index is rebuilt
// when the catalog changed. Throws storage::StorageError.
ChangesApplied applyChanges(storage::Database &db, const v1::SyncResponse &response, const QDateTime &nowUtc);

} // namespace linli::sync
