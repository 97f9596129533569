#pragma once

#include "content/content_model.h"

#include <QDateTime>

namespace linli::storage {
class Database;
}

namespace linli::content {

// Inserts every record of `content`; the caller owns the transaction. Relative dates (event days,
// notice windows) are resolved in the hall's time zone against `nowUtc` and stored as UTC epoch
// seconds. Throws storage::StorageError.
void writeContent(storage::Database &db, const DemoContent &content, const QDateTime &nowUtc);

} // namespace linli::content
