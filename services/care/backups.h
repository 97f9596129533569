#pragma once

#include <optional>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace linli::storage {
class Database;
}

namespace linli::care {

// Nightly copies of the kiosk's database: <dir>/linli-YYYYMMDDTHHMMSSZ.sqlite, written with
// VACUUM INTO (a consistent, compact snapshot while the kiosk keeps running).

// Writes a backup taken at `nowUtc`; returns its path. Throws StorageError (disk full ...).
QString writeBackup(storage::Database &db, const QString &dir, const QDateTime &nowUtc);
// Deletes the backups taken more than `keepDays` before `nowUtc` (by the time in their name,
// so a test's clock decides); returns the names deleted. Other files are left alone.
QStringList pruneBackups(const QString &dir, const QDateTime &nowUtc, int keepDays);
// Every backup in `dir`, newest first.
QStringList listBackups(const QString &dir);
// The newest backup that opens and passes quick_check, if any.
std::optional<QString> newestGoodBackup(const QString &dir);
// "" when PRAGMA integrity_check says ok, otherwise its first problems.
QString integrityProblems(storage::Database &db);

} // namespace linli::care
