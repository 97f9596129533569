#pragma once

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <QString>
#include <thread>

namespace linli::central {

// Checkpoints the central database's WAL from a thread and connection of its own, so no request
// waits on a checkpoint's writes and fsync (SQLite runs one inside whichever commit takes the WAL
// past 1,000 pages: a p99 spike under load). PASSIVE: it never holds up the server's writes.
// The server's own connection then stops checkpointing (SqliteCentralStore::leaveCheckpointsToOthers).
class WalCheckpointer {
public:
    // Throws storage::StorageError when the database cannot be opened.
    explicit WalCheckpointer(
        const QString &dbPath, std::chrono::milliseconds every = std::chrono::seconds(1));
    ~WalCheckpointer(); // the last checkpoint runs before it returns

    WalCheckpointer(const WalCheckpointer &) = delete;
    WalCheckpointer &operator=(const WalCheckpointer &) = delete;

private:
    void run(const QString &dbPath, std::chrono::milliseconds every);

    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stop = false;
    std::thread m_thread;
};

} // namespace linli::central
