#pragma once

#include <QDateTime>
#include <QString>
#include <vector>

namespace linli::care {

// Counts the kiosk's crashes across restarts in <dataDir>/care/: a "running" mark made at
// start and removed on a clean exit, and the times of past crashes. A start that finds the
// mark still there follows a crash (a kill, a watchdog restart, a power cut).
class CrashRecord {
public:
    explicit CrashRecord(QString dataDir);

    // Call once at start: notes a crash if the last run did not end cleanly, then marks this
    // run. Returns true when the last run crashed.
    bool noteStart(const QDateTime &nowUtc);
    // Call on a clean exit.
    void noteCleanExit();
    // Crashes within `windowSecs` before `nowUtc`.
    int crashesWithin(const QDateTime &nowUtc, int windowSecs) const;
    // Crashes not yet reported by sync, and forgetting them once they are in the outbox.
    std::vector<qint64> unreported() const;
    void markReported();

private:
    QString file(const char *name) const;
    std::vector<qint64> readTimes(const char *name) const;

    QString m_dir;
};

} // namespace linli::care
