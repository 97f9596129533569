#pragma once

#include <QString>

namespace linli::storage {
class Database;
}

namespace linli::maintenance {

// What the staff status screen (and the diagnostics bundle) shows, read in one go. Counts are
// -1 when unknown, instants (UTC seconds) 0 when never.
struct KioskStatus {
    qint64 outboxWaiting = -1; // events not yet sent to the central server
    qint64 oldestWaitingUtc = 0; // 0 when none
    qint64 databaseBytes = -1;
    qint64 diskFreeBytes = -1; // on the data directory's file system
    qint64 memoryBytes = -1; // this process's resident set
    bool databaseOk = false; // PRAGMA quick_check answered "ok"
    // The sync engine's record (table sync_state), kept across restarts.
    bool enrolled = false;
    qint64 lastSyncUtc = 0, lastSyncFailureUtc = 0;
    QString lastSyncError; // English, as the engine records it
    // What the nightly window and start-up care last did (<dataDir>/care/status.json).
    qint64 integrityCheckedUtc = 0; // the last nightly integrity_check
    bool integrityOk = false;
    QString integrityProblems; // when not ok
    QString nightlyFailures; // jobs of the last nightly window that failed, one a line
    qint64 restoredUtc = 0; // a corrupt database was replaced by a backup at start
    QString restoreNote; // English: which backup, how many unsynced events carried over
    QString sceneGraph; // which renderer start-up chose, and why (English)
};

// Never throws: what cannot be read stays unknown (logged).
KioskStatus readKioskStatus(storage::Database *db, const QString &dataDir);

} // namespace linli::maintenance
