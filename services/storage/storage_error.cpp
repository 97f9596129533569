#include "storage/storage_error.h"

#include <sqlite3.h>

namespace linli::storage {

namespace {

// Error messages become single log lines: whitespace collapsed, long migrations cut short.
std::string sqlSnippet(std::string_view sql)
{
    constexpr std::size_t maxLength = 160;
    std::string out;
    bool pendingSpace = false;
    for (char c : sql) {
        if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
            pendingSpace = !out.empty();
            continue;
        }
        if (out.size() >= maxLength)
            return out + "...";
        if (pendingSpace)
            out += ' ';
        pendingSpace = false;
        out += c;
    }
    return out;
}

} // namespace

const char *errorKindName(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::CannotOpen:
        return "CannotOpen";
    case ErrorKind::Corrupt:
        return "Corrupt";
    case ErrorKind::Locked:
        return "Locked";
    case ErrorKind::ReadOnly:
        return "ReadOnly";
    case ErrorKind::DiskFull:
        return "DiskFull";
    case ErrorKind::Constraint:
        return "Constraint";
    case ErrorKind::Schema:
        return "Schema";
    case ErrorKind::Misuse:
        return "Misuse";
    case ErrorKind::Other:
        return "Other";
    }
    return "Other";
}

StorageError::StorageError(ErrorKind kind, int sqliteCode, const std::string &message)
    : std::runtime_error(message)
    , m_kind(kind)
    , m_sqliteCode(sqliteCode)
{
}

ErrorKind kindFromSqliteCode(int extendedCode)
{
    switch (extendedCode & 0xff) {
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return ErrorKind::Corrupt;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return ErrorKind::Locked;
    case SQLITE_READONLY:
        return ErrorKind::ReadOnly;
    case SQLITE_FULL:
        return ErrorKind::DiskFull;
    case SQLITE_CONSTRAINT:
        return ErrorKind::Constraint;
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
        return ErrorKind::CannotOpen;
    // SQLITE_ERROR is what SQLite says for bad SQL or a missing table: a programming error here.
    case SQLITE_ERROR:
    case SQLITE_MISUSE:
    case SQLITE_RANGE:
    case SQLITE_MISMATCH:
        return ErrorKind::Misuse;
    default:
        return ErrorKind::Other;
    }
}

StorageError sqliteError(sqlite3 *db, int code, std::string_view context, std::string_view sql)
{
    // sqlite3_errmsg describes the connection's *last* error, which is not ours when the
    // failure came from elsewhere (a reset, a moved-from handle); fall back to the generic text.
    const bool ownError = db && (sqlite3_extended_errcode(db) & 0xff) == (code & 0xff);
    std::string message(context);
    if (!message.empty())
        message += ": ";
    message += ownError ? sqlite3_errmsg(db) : sqlite3_errstr(code);
    message += " (SQLite code " + std::to_string(code);
    const char *file = db ? sqlite3_db_filename(db, "main") : nullptr;
    if (file && *file)
        message += std::string(", ") + file;
    message += ')';
    if (!sql.empty())
        message += " in `" + sqlSnippet(sql) + '`';
    return StorageError(kindFromSqliteCode(code), code, message);
}

} // namespace linli::storage
