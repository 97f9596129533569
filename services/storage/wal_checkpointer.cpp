#include "storage/wal_checkpointer.h"

#include "core/logging.h"
#include "storage/database.h"
#include "storage/storage_error.h"

#include <QElapsedTimer>
#include <sqlite3.h>

namespace linli::storage {

namespace {

constexpr int kSqliteDefaultAutoCheckpoint = 1000;

// The writer's file, or nothing for an in-memory or temporary database (no WAL to mind).
QString fileOf(sqlite3 *db)
{
    const char *name = sqlite3_db_filename(db, "main");
    return name && *name ? QString::fromUtf8(name) : QString();
}

std::unique_ptr<Database> openOwnConnection(const QString &path)
{
    if (path.isEmpty())
        return nullptr;
    try {
        OpenOptions options;
        options.createIfMissing = false;
        options.busyTimeoutMs = 0; // never make a resident's commit wait on us: retry instead
        auto own = std::make_unique<Database>(Database::open(path, options));
        own->exec("PRAGMA wal_autocheckpoint=0");
        return own;
    } catch (const StorageError &e) {
        qCWarning(lcStorage).noquote() << "WAL checkpoints stay on the commit path:" << e.what();
        return nullptr;
    }
}

} // namespace

WalCheckpointer::WalCheckpointer(Database &writer, CheckpointPolicy policy)
    : m_writer(writer.handle())
    , m_policy(policy)
{
    std::unique_ptr<Database> own = m_writer ? openOwnConnection(fileOf(m_writer)) : nullptr;
    if (!own)
        return;
    // Installing a WAL hook replaces SQLite's automatic checkpoint on this connection.
    sqlite3_wal_hook(m_writer, &WalCheckpointer::onCommit, this);
    m_worker = std::thread(&WalCheckpointer::run, this, std::move(own));
}

WalCheckpointer::~WalCheckpointer()
{
    if (!m_worker.joinable())
        return;
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_changed.notify_all();
    m_worker.join();
    sqlite3_wal_autocheckpoint(m_writer, kSqliteDefaultAutoCheckpoint); // also drops our hook
}

int WalCheckpointer::onCommit(void *self, sqlite3 *, const char *, int walPages)
{
    auto *me = static_cast<WalCheckpointer *>(self);
    {
        std::lock_guard lock(me->m_mutex);
        me->m_walPages = walPages;
        ++me->m_commits;
        me->m_lastCommit = std::chrono::steady_clock::now();
    }
    me->m_changed.notify_all();
    return SQLITE_OK;
}

bool WalCheckpointer::checkpointDue(std::chrono::steady_clock::time_point now) const
{
    return m_walPages >= m_policy.hardCapPages
        || (m_walPages >= m_policy.thresholdPages && now - m_lastCommit >= m_policy.quiet);
}

void WalCheckpointer::run(std::unique_ptr<Database> own)
{
    std::unique_lock lock(m_mutex);
    while (!m_stop) {
        if (m_walPages < m_policy.thresholdPages) {
            m_changed.wait(lock);
            continue;
        }
        if (!checkpointDue(std::chrono::steady_clock::now())) {
            m_changed.wait_until(lock, m_lastCommit + m_policy.quiet);
            continue;
        }
        const std::uint64_t commitsBefore = m_commits;
        m_working = true;
        lock.unlock();
        checkpointAndStartOver(*own);
        lock.lock();
        m_working = false;
        // A commit during the pass reported the WAL's real size; otherwise the pass emptied
        // it or could not, and the next commit will tell us which.
        if (m_commits == commitsBefore)
            m_walPages = 0;
        m_changed.notify_all();
    }
}

void WalCheckpointer::checkpointAndStartOver(Database &own)
{
    QElapsedTimer timer;
    timer.start();
    int walFrames = 0, copied = 0;
    const int rc
        = sqlite3_wal_checkpoint_v2(own.handle(), "main", SQLITE_CHECKPOINT_PASSIVE, &walFrames, &copied);
    const bool complete = rc == SQLITE_OK && walFrames > 0 && copied == walFrames;
    bool restarted = false;
    if (complete) {
        // A write transaction that finds the WAL fully copied starts it over and syncs the
        // new header: let that be this no-op commit rather than a resident's booking. The
        // writer may hold the lock for a moment; then try again shortly.
        for (int attempt = 0; attempt < 20 && !restarted; ++attempt) {
            try {
                own.exec("BEGIN IMMEDIATE");
                std::int64_t id = 0;
                if (Statement read = own.prepare("PRAGMA application_id"); read.step())
                    id = read.int64(0);
                own.exec("PRAGMA application_id=" + std::to_string(id)); // same value: one page
                own.exec("COMMIT");
                restarted = true;
            } catch (const StorageError &) {
                sqlite3_exec(own.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
                std::this_thread::sleep_for(std::chrono::milliseconds(5));
            }
        }
    }
    std::lock_guard lock(m_mutex);
    if (rc != SQLITE_OK && rc != SQLITE_BUSY) {
        ++m_stats.failures;
        qCWarning(lcStorage).noquote() << "WAL checkpoint failed:" << sqlite3_errstr(rc);
        return;
    }
    m_stats.checkpoints += complete;
    m_stats.restarts += restarted;
    qCDebug(lcStorage) << "WAL checkpoint:" << copied << "of" << walFrames << "frames in" << timer.elapsed()
                       << "ms" << (restarted ? "- WAL starts over" : "");
}

void WalCheckpointer::waitUntilCaughtUp()
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] {
        return !m_worker.joinable() || m_stop || (!m_working && m_walPages < m_policy.thresholdPages);
    });
}

CheckpointStats WalCheckpointer::stats() const
{
    std::lock_guard lock(m_mutex);
    return m_stats;
}

} // namespace linli::storage
