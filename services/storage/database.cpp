#include "storage/database.h"

#include "core/logging.h"
#include "storage/statement_cache.h"
#include "storage/storage_error.h"

#include <climits>
#include <QFileInfo>
#include <QStringList>
#include <sqlite3.h>
#include <utility>

namespace linli::storage {

namespace {

std::string utf8(const QString &s)
{
    return s.toStdString();
}

// SQLite would report these vaguely (CANTOPEN) or, for a read-only directory, only at the
// first write, when WAL cannot create its -wal/-shm files beside the database. Note that
// QFileInfo::isWritable asks access(2), so for root it is false only on a read-only mount.
void checkFileAccess(const QString &path, const OpenOptions &options)
{
    const QFileInfo file(path);
    const QFileInfo dir(file.absolutePath());
    if (!dir.isDir())
        throw StorageError(
            ErrorKind::CannotOpen, SQLITE_CANTOPEN, "directory " + utf8(dir.filePath()) + " does not exist");
    if (file.isDir())
        throw StorageError(ErrorKind::CannotOpen, SQLITE_CANTOPEN, "the path is a directory");
    if (!file.exists()) {
        if (options.readOnly || !options.createIfMissing)
            throw StorageError(ErrorKind::CannotOpen, SQLITE_CANTOPEN, "the file does not exist");
        if (!dir.isWritable())
            throw StorageError(ErrorKind::ReadOnly, SQLITE_READONLY,
                "directory " + utf8(dir.filePath()) + " is not writable");
        return;
    }
    if (options.readOnly)
        return;
    if (!file.isWritable())
        throw StorageError(ErrorKind::ReadOnly, SQLITE_READONLY, "the file is not writable");
    if (!dir.isWritable())
        throw StorageError(ErrorKind::ReadOnly, SQLITE_READONLY,
            "directory " + utf8(dir.filePath()) + " is not writable (WAL needs -wal and -shm files there)");
}

// True if `sql` holds anything but whitespace and comments.
bool holdsStatement(sqlite3 *db, const char *sql, int size)
{
    sqlite3_stmt *stmt = nullptr;
    const int rc = sqlite3_prepare_v2(db, sql, size, &stmt, nullptr);
    sqlite3_finalize(stmt);
    return rc != SQLITE_OK || stmt != nullptr;
}

} // namespace

Database::Database(sqlite3 *db, QString path)
    : m_db(db)
    , m_path(std::move(path))
    , m_cache(std::make_shared<detail::StatementCache>())
{
}

Database::Database(Database &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_path(std::move(other.m_path))
    , m_cache(std::move(other.m_cache))
{
}

Database &Database::operator=(Database &&other) noexcept
{
    if (this != &other) {
        close();
        m_db = std::exchange(other.m_db, nullptr);
        m_path = std::move(other.m_path);
        m_cache = std::move(other.m_cache);
    }
    return *this;
}

Database::~Database()
{
    close();
}

void Database::close() noexcept
{
    if (m_cache)
        m_cache->close(); // statements still out finalize themselves
    m_cache.reset();
    // close_v2 defers the close until Statements that outlive us are finalized.
    sqlite3_close_v2(m_db);
    m_db = nullptr;
}

Database Database::open(const QString &path, const OpenOptions &options)
{
    try {
        checkFileAccess(path, options);
        const int flags = SQLITE_OPEN_NOMUTEX
            | (options.readOnly ? SQLITE_OPEN_READONLY
                                : SQLITE_OPEN_READWRITE | (options.createIfMissing ? SQLITE_OPEN_CREATE : 0));
        sqlite3 *raw = nullptr;
        const int rc = sqlite3_open_v2(path.toUtf8().constData(), &raw, flags, nullptr);
        Database db(raw, path); // SQLite hands out a handle to close even when opening failed
        if (rc != SQLITE_OK)
            throw sqliteError(raw, rc, "sqlite3_open_v2");
        sqlite3_extended_result_codes(raw, 1);
        sqlite3_busy_timeout(raw, options.busyTimeoutMs);

        // SQLite opens lazily; read the header and schema now so that a garbage or damaged
        // file fails here, as Corrupt, instead of at the first tap on the screen.
        db.exec("SELECT count(*) FROM sqlite_master");
        if (!options.readOnly) {
            if (sqlite3_db_readonly(raw, "main") == 1)
                throw StorageError(
                    ErrorKind::ReadOnly, SQLITE_READONLY, "SQLite could only open the file read-only");
            Statement wal = db.prepare("PRAGMA journal_mode=WAL");
            const QString mode = wal.step() ? wal.text(0) : QString();
            if (mode.compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
                throw StorageError(ErrorKind::Other, SQLITE_ERROR,
                    "journal_mode is '" + utf8(mode) + "', WAL could not be enabled");
        }
        db.exec("PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON");
        return db;
    } catch (const StorageError &e) {
        StorageError error(e.kind(), e.sqliteCode(), "cannot open database " + utf8(path) + ": " + e.what());
        qCWarning(lcStorage).noquote() << error.what() << "-" << errorKindName(error.kind());
        throw error;
    }
}

Database Database::openInMemory()
{
    sqlite3 *raw = nullptr;
    const int rc = sqlite3_open_v2(
        ":memory:", &raw, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr);
    Database db(raw, QStringLiteral(":memory:"));
    if (rc != SQLITE_OK)
        throw sqliteError(raw, rc, "cannot open an in-memory database");
    sqlite3_extended_result_codes(raw, 1);
    db.exec("PRAGMA foreign_keys=ON");
    return db;
}

Statement Database::prepare(std::string_view sql)
{
    if (!m_db)
        throw StorageError(ErrorKind::Misuse, SQLITE_MISUSE, "prepare() on a closed or moved-from Database");
    if (sql.size() > INT_MAX)
        throw StorageError(ErrorKind::Misuse, SQLITE_TOOBIG, "SQL text too long");
    const char *text = sql.data() ? sql.data() : "";
    const int size = static_cast<int>(sql.size());
    sqlite3_stmt *stmt = nullptr;
    const char *tail = nullptr;
    const int rc = sqlite3_prepare_v2(m_db, text, size, &stmt, &tail);
    Statement statement(m_db, stmt);
    if (rc != SQLITE_OK)
        throw sqliteError(m_db, rc, {}, sql);
    if (!stmt)
        throw StorageError(ErrorKind::Misuse, SQLITE_MISUSE, "no SQL statement to prepare");
    // Anything after the first statement would be silently ignored: refuse it.
    if (holdsStatement(m_db, tail, static_cast<int>(text + size - tail)))
        throw StorageError(ErrorKind::Misuse, SQLITE_MISUSE,
            "prepare() takes one statement, use exec() for several: " + std::string(sql));
    return statement;
}

Statement Database::prepareCached(std::string_view sql)
{
    if (!m_db || !m_cache)
        throw StorageError(ErrorKind::Misuse, SQLITE_MISUSE, "prepare() on a closed or moved-from Database");
    detail::StatementCache::Slot &slot = m_cache->slotFor(sql);
    sqlite3_stmt *idle = detail::StatementCache::takeIdle(slot);
    Statement statement = idle ? Statement(m_db, idle) : prepare(sql);
    statement.m_cache = m_cache;
    statement.m_slot = &slot;
    return statement;
}

void Database::exec(std::string_view sql)
{
    if (!m_db)
        throw StorageError(ErrorKind::Misuse, SQLITE_MISUSE, "exec() on a closed or moved-from Database");
    if (sql.size() > INT_MAX)
        throw StorageError(ErrorKind::Misuse, SQLITE_TOOBIG, "SQL text too long");
    // Our own loop rather than sqlite3_exec: it needs no NUL terminator and every failure
    // goes through the same error path as prepare()/step().
    const char *next = sql.data() ? sql.data() : "";
    const char *const end = next + sql.size();
    while (next < end) {
        sqlite3_stmt *stmt = nullptr;
        const char *tail = nullptr;
        const int rc = sqlite3_prepare_v2(m_db, next, static_cast<int>(end - next), &stmt, &tail);
        Statement statement(m_db, stmt);
        if (rc != SQLITE_OK)
            throw sqliteError(m_db, rc, {}, std::string_view(next, static_cast<std::size_t>(end - next)));
        if (!stmt)
            break; // only whitespace and comments were left
        while (statement.step()) { }
        next = tail;
    }
}

void Database::quickCheck()
{
    Statement check = prepare("PRAGMA quick_check");
    const QString answer = check.step() ? check.text(0) : QStringLiteral("no answer");
    if (answer == QLatin1String("ok"))
        return;
    // The answer is a list of problems under a "*** in database main ***" line; keep the
    // first one so that the error stays a single log line.
    QStringList problems = answer.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (problems.size() > 1 && problems.front().startsWith(QLatin1String("***")))
        problems.removeFirst();
    while (check.step())
        problems << check.text(0);
    QString summary = problems.value(0);
    if (problems.size() > 1)
        summary += QStringLiteral(" (and %1 more)").arg(problems.size() - 1);
    StorageError error(
        ErrorKind::Corrupt, SQLITE_CORRUPT, "quick_check of " + utf8(m_path) + " failed: " + utf8(summary));
    qCWarning(lcStorage).noquote() << error.what();
    throw error;
}

QStringList Database::busyStatements() const
{
    QStringList out;
    for (sqlite3_stmt *s = sqlite3_next_stmt(m_db, nullptr); s; s = sqlite3_next_stmt(m_db, s))
        if (sqlite3_stmt_busy(s))
            out << QString::fromUtf8(sqlite3_sql(s));
    return out;
}

qint64 Database::lastInsertRowId() const
{
    return m_db ? sqlite3_last_insert_rowid(m_db) : 0;
}

int Database::changes() const
{
    return m_db ? sqlite3_changes(m_db) : 0;
}

} // namespace linli::storage
