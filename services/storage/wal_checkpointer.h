#pragma once

#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>

struct sqlite3;

namespace linli::storage {

class Database;

struct CheckpointPolicy {
    int thresholdPages = 1000; // what SQLite's own auto-checkpoint uses
    std::chrono::milliseconds quiet{ 1000 }; // wait this long after the last commit...
    int hardCapPages = 8000; // ...unless the WAL has grown this far (about 32 MB)
};

struct CheckpointStats {
    int checkpoints = 0; // passes that copied the whole WAL into the database
    int restarts = 0; // WAL started over from its first frame by our no-op commit
    int failures = 0;
};

// Keeps SQLite's WAL checkpoints off the commit path. SQLite's automatic checkpoint runs
// inside the COMMIT that crosses 1000 pages, so that one booking pays for copying the
// whole WAL and several extra fsyncs; and the first commit after the WAL starts over pays
// one more to sync the new WAL header. Here the writer connection only notes its WAL size
// (sqlite3_wal_hook, which also turns the automatic checkpoint off), and a thread with its
// own connection checkpoints once the hall has been quiet for a moment, then makes the WAL
// start over with a no-op commit of its own. Every booking then costs exactly one fsync.
// If the second connection cannot be opened, the writer keeps the automatic checkpoint.
class WalCheckpointer {
public:
    explicit WalCheckpointer(Database &writer, CheckpointPolicy policy = {});
    ~WalCheckpointer(); // stops the thread, restores the automatic checkpoint
    WalCheckpointer(const WalCheckpointer &) = delete;
    WalCheckpointer &operator=(const WalCheckpointer &) = delete;

    bool isActive() const { return m_worker.joinable(); }
    // Blocks until no checkpoint is due or running (tests and benchmarks).
    void waitUntilCaughtUp();
    CheckpointStats stats() const;

private:
    static int onCommit(void *self, sqlite3 *db, const char *schema, int walPages);
    void run(std::unique_ptr<Database> own);
    bool checkpointDue(std::chrono::steady_clock::time_point now) const;
    void checkpointAndStartOver(Database &own);

    sqlite3 *m_writer;
    const CheckpointPolicy m_policy;
    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    int m_walPages = 0;
    std::uint64_t m_commits = 0;
    std::chrono::steady_clock::time_point m_lastCommit;
    bool m_working = false;
    bool m_stop = false;
    CheckpointStats m_stats;
    std::thread m_worker;
};

} // namespace linli::storage
