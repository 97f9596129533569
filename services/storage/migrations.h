#pragma once

#include <QString>
#include <vector>

namespace linli::storage {

class Database;

struct Migration {
    int version; // 1, 2, 3 ... strictly increasing; stored in PRAGMA user_version
    QString name; // e.g. "0001_foundation"
    QString sql;
};

// The migrations compiled into the binary: every services/storage/migrations/NNNN_*.sql
// file (Qt resource :/linli/migrations/), sorted by number.
std::vector<Migration> bundledMigrations();

// Applies every migration newer than the database's user_version, all in one IMMEDIATE
// transaction: either all apply or none. Throws StorageError(Schema) when a migration fails
// (naming it) or when the database is newer than the newest migration. Returns the number
// of migrations applied.
int migrate(Database &db, const std::vector<Migration> &migrations);

int schemaVersion(Database &db);

} // namespace linli::storage
