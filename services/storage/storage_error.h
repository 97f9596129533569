#pragma once

#include <stdexcept>
#include <string>

namespace linli::storage {

// What went wrong, in the terms the kiosk reacts to: an out-of-service screen names the kind.
enum class ErrorKind {
    CannotOpen, // file or directory missing / not a database
    Corrupt,    // SQLITE_CORRUPT, SQLITE_NOTADB, or a failed quick_check
    Locked,     // SQLITE_BUSY / SQLITE_LOCKED after the busy timeout
    ReadOnly,   // SQLITE_READONLY, or a read-only directory
    DiskFull,   // SQLITE_FULL
    Constraint, // UNIQUE / CHECK / FOREIGN KEY violations
    Schema,     // a migration failed or the schema is newer than this build
    Misuse,     // programming error: bad SQL, wrong bind index
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

} // namespace linli::storage
