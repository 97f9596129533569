#pragma once

#include <QString>

namespace linli::storage {
class Database;
}

namespace linli::maintenance {

// What the staff status screen shows, read in one go. Counts are -1 when unknown.
struct KioskStatus {
    qint64 outboxWaiting = -1; // events not yet sent to the central server
    qint64 oldestWaitingUtc = 0; // 0 when none
    qint64 databaseBytes = -1;
    qint64 diskFreeBytes = -1; // on the data directory's file system
    qint64 memoryBytes = -1; // this process's resident set
    bool databaseOk = false; // PRAGMA quick_check answered "ok"
};

// Never throws: what cannot be read stays unknown (logged).
KioskStatus readKioskStatus(storage::Database *db, const QString &dataDir);

} // namespace linli::maintenance
