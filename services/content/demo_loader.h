#pragma once

#include "content/content_error.h"

#include <QDateTime>
#include <QString>

namespace linli::storage {
class Database;
}

namespace linli::content {

struct LoadReport {
    int facilities = 0, rooms = 0, canteens = 0, guides = 0, notices = 0, events = 0;
    bool loaded = false;
};

// If the database has no hall yet, loads every file of `dir` (see deploy/demo/README.md) into it
// in ONE transaction (all or nothing) and returns loaded=true; if a hall exists, does nothing
// (loaded=false). Relative dates are resolved in the hall's time zone against `nowUtc` and stored
// as UTC epoch seconds. Throws ContentError for bad content (missing required field, unknown
// category/kind, bad time, unknown room_id, duplicate id, invalid JSON naming line/offset),
// storage::StorageError for storage failures. Nothing is written when anything fails.
// Room booking rules, the canteen menu and residents.json are not loaded (their tables come later).
LoadReport loadDemoContentIfEmpty(storage::Database &db, const QString &dir, const QDateTime &nowUtc);

} // namespace linli::content
