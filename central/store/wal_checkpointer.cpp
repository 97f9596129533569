#include "store/wal_checkpointer.h"

#include "server/central_log.h"
#include "storage/database.h"
#include "storage/storage_error.h"

namespace linli::central {

WalCheckpointer::WalCheckpointer(const QString &dbPath, std::chrono::milliseconds every)
{
    storage::Database::open(dbPath); // fails here, in the caller, rather than later in the thread
    m_thread = std::thread([this, dbPath, every] { run(dbPath, every); });
}

WalCheckpointer::~WalCheckpointer()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    m_thread.join();
}

void WalCheckpointer::run(const QString &dbPath, std::chrono::milliseconds every)
{
    try {
        storage::Database db = storage::Database::open(dbPath);
        std::unique_lock lock(m_mutex);
        for (;;) {
            const bool stopping = m_wake.wait_for(lock, every, [this] { return m_stop; });
            lock.unlock();
            try {
                db.exec("PRAGMA wal_checkpoint(PASSIVE)");
            } catch (const storage::StorageError &e) {
                qCWarning(lcCentral) << "WAL checkpoint failed:" << e.what();
            }
            if (stopping)
                return;
            lock.lock();
        }
    } catch (const std::exception &e) {
        qCCritical(lcCentral) << "the WAL checkpointer stopped:" << e.what();
    }
}

} // namespace linli::central
