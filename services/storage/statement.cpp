#include "storage/statement.h"

#include "storage/statement_cache.h"
#include "storage/storage_error.h"

#include <sqlite3.h>
#include <utility>

namespace linli::storage {

namespace {

std::string sqlOf(sqlite3_stmt *stmt)
{
    const char *sql = stmt ? sqlite3_sql(stmt) : nullptr;
    return sql ? sql : "";
}

} // namespace

Statement::Statement(Statement &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_stmt(std::exchange(other.m_stmt, nullptr))
    , m_cache(std::move(other.m_cache))
    , m_slot(std::exchange(other.m_slot, nullptr))
{
}

Statement &Statement::operator=(Statement &&other) noexcept
{
    if (this != &other) {
        release();
        m_db = std::exchange(other.m_db, nullptr);
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_cache = std::move(other.m_cache);
        m_slot = std::exchange(other.m_slot, nullptr);
    }
    return *this;
}

Statement::~Statement()
{
    release();
}

void Statement::release() noexcept
{
    if (m_cache && m_slot)
        m_cache->giveBack(*m_slot, m_stmt);
    else
        sqlite3_finalize(m_stmt); // a no-op on nullptr (moved-from)
    m_stmt = nullptr;
    m_cache.reset();
    m_slot = nullptr;
}

void Statement::check(int rc) const
{
    if (rc == SQLITE_OK || rc == SQLITE_ROW || rc == SQLITE_DONE)
        return;
    StorageError error = sqliteError(m_db, rc, {}, sqlOf(m_stmt));
    // Reset so the statement can be rebound and reused after, say, a constraint violation,
    // and does not keep an implicit transaction open. Bindings survive a reset.
    if (m_stmt)
        sqlite3_reset(m_stmt);
    throw error;
}

void Statement::requireStatement() const
{
    if (!m_stmt)
        throw StorageError(ErrorKind::Misuse, SQLITE_MISUSE, "use of a moved-from or empty Statement");
}

void Statement::requireColumn(int column) const
{
    requireStatement();
    // sqlite3_column_* quietly answer NULL for a bad index or when no row is current; that
    // would hide a bug as a missing value, so refuse instead.
    if (column < 0 || column >= sqlite3_data_count(m_stmt))
        throw StorageError(ErrorKind::Misuse, SQLITE_RANGE,
            "column " + std::to_string(column) + " is not in the current row of `" + sqlOf(m_stmt) + "`");
}

Statement &Statement::bind(int index, std::int64_t value)
{
    requireStatement();
    check(sqlite3_bind_int64(m_stmt, index, value));
    return *this;
}

Statement &Statement::bind(int index, double value)
{
    requireStatement();
    check(sqlite3_bind_double(m_stmt, index, value));
    return *this;
}

Statement &Statement::bind(int index, const QString &value)
{
    // A null QString binds '' like an empty one; NULL is explicit (bindNull, std::nullopt).
    const QByteArray utf8 = value.toUtf8();
    return bind(index, std::string_view(utf8.constData(), static_cast<std::size_t>(utf8.size())));
}

Statement &Statement::bind(int index, std::string_view utf8)
{
    requireStatement();
    // SQLite binds NULL for a null pointer, and an empty string_view may have one.
    const char *data = utf8.data() ? utf8.data() : "";
    check(sqlite3_bind_text64(m_stmt, index, data, utf8.size(), SQLITE_TRANSIENT, SQLITE_UTF8));
    return *this;
}

Statement &Statement::bindBlob(int index, const QByteArray &value)
{
    requireStatement();
    // constData() is never null, so an empty array stays an empty blob, not NULL.
    check(sqlite3_bind_blob64(
        m_stmt, index, value.constData(), static_cast<sqlite3_uint64>(value.size()), SQLITE_TRANSIENT));
    return *this;
}

Statement &Statement::bindNull(int index)
{
    requireStatement();
    check(sqlite3_bind_null(m_stmt, index));
    return *this;
}

int Statement::parameterIndex(const char *name) const
{
    requireStatement();
    const int index = sqlite3_bind_parameter_index(m_stmt, name);
    if (index == 0)
        throw StorageError(ErrorKind::Misuse, SQLITE_RANGE,
            std::string("no parameter named ") + (name ? name : "(null)") + " in `" + sqlOf(m_stmt) + "`");
    return index;
}

bool Statement::step()
{
    requireStatement();
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    check(rc);
    return false; // not reached: check() throws for anything else
}

int Statement::run()
{
    // Rows (RETURNING, some pragmas) are skipped: the statement still runs to completion.
    while (step()) { }
    const int changed = sqlite3_changes(m_db);
    // Ready to be rebound and run again; also ends the statement's implicit read.
    sqlite3_reset(m_stmt);
    return changed;
}

void Statement::reset()
{
    requireStatement();
    // The return value repeats the last step's error, which check() has already reported.
    sqlite3_reset(m_stmt);
}

bool Statement::isNull(int column) const
{
    requireColumn(column);
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

std::int64_t Statement::int64(int column) const
{
    requireColumn(column);
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::real(int column) const
{
    requireColumn(column);
    return sqlite3_column_double(m_stmt, column);
}

QString Statement::text(int column) const
{
    requireColumn(column);
    // Fetch the pointer before the size, as the SQLite docs require for conversions.
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    const int size = sqlite3_column_bytes(m_stmt, column);
    return data ? QString::fromUtf8(data, size) : QString();
}

QByteArray Statement::blob(int column) const
{
    requireColumn(column);
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
    const int size = sqlite3_column_bytes(m_stmt, column);
    return data ? QByteArray(data, size) : QByteArray();
}

std::optional<QString> Statement::optionalText(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return text(column);
}

std::optional<std::int64_t> Statement::optionalInt64(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return int64(column);
}

int Statement::columnCount() const
{
    requireStatement();
    return sqlite3_column_count(m_stmt);
}

} // namespace linli::storage
