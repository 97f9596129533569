#include "storage/transaction.h"

#include "core/logging.h"
#include "storage/database.h"
#include "storage/storage_error.h"

#include <sqlite3.h>

namespace linli::storage {

namespace {

// SQLite rolls a transaction back on its own after some errors (SQLITE_FULL, IOERR, NOMEM,
// BUSY in COMMIT...). Then there is nothing left for us to roll back or commit.
bool sqliteInTransaction(const Database &db)
{
    return db.handle() && sqlite3_get_autocommit(db.handle()) == 0;
}

} // namespace

Transaction::Transaction(Database &db, Mode mode)
    : m_db(db)
{
    // IMMEDIATE takes the write lock now, so a busy database fails here (after the busy
    // timeout) rather than halfway through the writes, where SQLite cannot wait for it.
    m_db.exec(mode == Mode::Immediate ? "BEGIN IMMEDIATE" : "BEGIN DEFERRED");
    m_active = true;
}

Transaction::~Transaction()
{
    if (!m_active || !sqliteInTransaction(m_db))
        return;
    try {
        m_db.exec("ROLLBACK");
    } catch (const std::exception &e) {
        // A destructor may run during unwinding: throwing would terminate the kiosk.
        qCWarning(lcStorage).noquote() << "rollback failed:" << e.what();
    }
}

void Transaction::commit()
{
    if (!m_active)
        throw StorageError(ErrorKind::Misuse, SQLITE_MISUSE, "commit() on a transaction that is not active");
    m_active = false;
    if (!sqliteInTransaction(m_db))
        throw StorageError(ErrorKind::Other, SQLITE_ABORT,
            "cannot commit: SQLite already rolled the transaction back after an earlier error");
    try {
        m_db.exec("COMMIT");
    } catch (const StorageError &) {
        // COMMIT can fail and leave the transaction open (SQLITE_BUSY, a deferred foreign
        // key); the caller was told it failed, so make sure none of it sticks.
        if (sqliteInTransaction(m_db)) {
            try {
                m_db.exec("ROLLBACK");
            } catch (const std::exception &e) {
                qCWarning(lcStorage).noquote() << "rollback after failed commit failed:" << e.what();
            }
        }
        throw;
    }
}

} // namespace linli::storage
