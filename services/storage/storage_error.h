#pragma once

#include <stdexcept>
#include <string>
#include <string_view>

struct sqlite3;

namespace linli::storage {

// What went wrong, in the terms the kiosk reacts to: an out-of-service screen names the kind.
enum class ErrorKind {
    CannotOpen, // file or directory missing or unreachable
    Corrupt, // SQLITE_CORRUPT, SQLITE_NOTADB, or a failed quick_check
    Locked, // SQLITE_BUSY / SQLITE_LOCKED after the busy timeout
    ReadOnly, // SQLITE_READONLY, or a read-only directory
    DiskFull, // SQLITE_FULL
    Constraint, // UNIQUE / CHECK / FOREIGN KEY violations
    Schema, // a migration failed or the schema is newer than this build
    Misuse, // programming error: bad SQL, wrong bind index
    Other,
};

const char *errorKindName(ErrorKind kind);

class StorageError : public std::runtime_error {
public:
    StorageError(ErrorKind kind, int sqliteCode, const std::string &message);
    ErrorKind kind() const noexcept { return m_kind; }
    int sqliteCode() const noexcept { return m_sqliteCode; }

private:
    ErrorKind m_kind;
    int m_sqliteCode;
};

// Maps an extended SQLite result code to our kind.
ErrorKind kindFromSqliteCode(int extendedCode);

// The error for a failed SQLite call on db: kind and code from `code`, the context (may be
// empty), sqlite3_errmsg, the database file and the start of the SQL, so that one log line
// says what broke where.
StorageError sqliteError(sqlite3 *db, int code, std::string_view context, std::string_view sql = {});

} // namespace linli::storage
