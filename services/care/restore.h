#pragma once

#include "core/localized_text.h"

#include <QDateTime>
#include <QString>

namespace linli::care {

struct RestoreReport {
    bool restored = false;
    QString backupUsed; // path of the backup now in place
    QString corruptCopy; // where the damaged file was moved, kept for the supplier
    int outboxRowsKept = 0; // events not yet in the backup, carried over from the damaged file
    bool outboxUnreadable = false; // the damaged file's outbox could not be read at all
    LocalizedText note; // what staff are told (status screen, log)
};

// True when <dataDir>/linli.sqlite exists and SQLite calls it corrupt (or not a database).
bool databaseIsCorrupt(const QString &databasePath);

// Replaces the corrupt database at `databasePath` with the newest good backup in `backupDir`.
// The damaged file (with its -wal) is renamed aside, and every outbox row it can still
// give that the backup lacks is copied over, so events not yet synced are not lost.
// Never throws; restored is false when there is no usable backup (nothing is moved then).
RestoreReport restoreNewestBackup(
    const QString &databasePath, const QString &backupDir, const QDateTime &nowUtc);

} // namespace linli::care
