#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <QByteArray>
#include <QString>
#include <string_view>
#include <type_traits>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace linli::storage {

namespace detail {
class StatementCache;
}

// A prepared statement with bound parameters only (no string-built SQL). Move-only;
// finalizes on destruction, or, when it came from Database::prepareCached, goes back to its
// connection's cache. Parameter and column indexes are 1-based for bind (as SQLite)
// and 0-based for columns (as SQLite).
class Statement {
public:
    Statement(sqlite3 *db, sqlite3_stmt *stmt) noexcept
        : m_db(db)
        , m_stmt(stmt)
    {
    }
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    ~Statement();

    Statement &bind(int index, std::int64_t value);
    Statement &bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
    Statement &bind(int index, double value);
    Statement &bind(int index, bool value) { return bind(index, static_cast<std::int64_t>(value)); }
    // qint64 is long long but std::int64_t is long on LP64 Linux, so without this binding a
    // qint64 (Qt times, lastInsertRowId()) would be ambiguous between the overloads above.
    template <typename T>
    requires(std::is_same_v<T, qint64> && !std::is_same_v<qint64, std::int64_t>) Statement &bind(
        int index, T value)
    {
        return bind(index, static_cast<std::int64_t>(value));
    }
    Statement &bind(int index, const QString &value);
    Statement &bind(int index, std::string_view utf8);
    Statement &bind(int index, const char *utf8) { return bind(index, std::string_view(utf8)); }
    Statement &bindBlob(int index, const QByteArray &value);
    Statement &bindNull(int index);
    template <typename T> Statement &bind(int index, const std::optional<T> &value)
    {
        return value ? bind(index, *value) : bindNull(index);
    }
    // Index of a named parameter such as ":room"; throws StorageError(Misuse) if unknown.
    int parameterIndex(const char *name) const;

    // Steps once: true while a row is available, false when done. Throws StorageError.
    bool step();
    // Steps to completion, expecting no rows (INSERT/UPDATE/DELETE). Returns changes().
    int run();
    void reset();

    bool isNull(int column) const;
    std::int64_t int64(int column) const;
    int integer(int column) const { return static_cast<int>(int64(column)); }
    double real(int column) const;
    QString text(int column) const;
    QByteArray blob(int column) const;
    std::optional<QString> optionalText(int column) const;
    std::optional<std::int64_t> optionalInt64(int column) const;
    int columnCount() const;

private:
    friend class Database;
    void release() noexcept; // finalize, or back to the cache
    void check(int rc) const;
    // Both throw StorageError(Misuse): a moved-from statement, or no such column in the current row.
    void requireStatement() const;
    void requireColumn(int column) const;
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    std::shared_ptr<detail::StatementCache> m_cache; // set by prepareCached
    std::vector<sqlite3_stmt *> *m_slot = nullptr; // where m_cache keeps it when idle
};

} // namespace linli::storage
