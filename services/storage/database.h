#pragma once

#include "storage/statement.h"

#include <memory>
#include <QString>
#include <QStringList>
#include <string_view>

struct sqlite3;

namespace linli::storage {

namespace detail {
class StatementCache;
}

struct OpenOptions {
    bool readOnly = false;
    bool createIfMissing = true;
    int busyTimeoutMs = 5000;
};

// One SQLite connection, configured for the kiosk's rules: WAL, synchronous=FULL,
// foreign_keys=ON, a busy timeout. Move-only; closes on destruction. Not thread-safe:
// one connection per thread.
class Database {
public:
    // Throws StorageError (CannotOpen, Corrupt, Locked, ReadOnly, DiskFull ...).
    static Database open(const QString &path, const OpenOptions &options = {});
    // A private in-memory database (tests, benchmarks).
    static Database openInMemory();

    Database(Database &&other) noexcept;
    Database &operator=(Database &&other) noexcept;
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;
    ~Database();

    Statement prepare(std::string_view sql);
    // Like prepare(), but the compiled statement stays with this connection: when the
    // Statement is destroyed it is reset, its bindings cleared, and the next call with the
    // same SQL gets it back without compiling again (a statement still in use is not shared:
    // the same SQL while it is out compiles another). For the short reads made on every tap,
    // where compiling costs more than running.
    Statement prepareCached(std::string_view sql);
    // Runs one or more statements without results (DDL, pragmas). Throws StorageError.
    void exec(std::string_view sql);

    // Runs PRAGMA quick_check; throws StorageError(Corrupt) naming the first problem.
    void quickCheck();

    // The SQL of statements stepped and not yet reset or finished: each holds this connection's
    // snapshot, so what other connections commit meanwhile stays unseen here.
    QStringList busyStatements() const;

    qint64 lastInsertRowId() const;
    int changes() const;
    QString path() const { return m_path; }
    sqlite3 *handle() const { return m_db; }

private:
    Database(sqlite3 *db, QString path);
    void close() noexcept;

    sqlite3 *m_db = nullptr;
    QString m_path;
    std::shared_ptr<detail::StatementCache> m_cache;
};

} // namespace linli::storage
