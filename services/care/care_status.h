#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace linli::care {

// What the nightly jobs and start-up care last did, in <dataDir>/care/status.json, for the
// maintenance status screen and the diagnostics bundle (no personal data in it).
class CareStatus {
public:
    explicit CareStatus(QString dataDir);
    QJsonObject read() const;
    // Sets `key` to `value` (with "<key>_at_utc" = now) and writes the file atomically.
    void record(const QString &key, const QJsonValue &value, const QDateTime &nowUtc);
    QString path() const;

private:
    QString m_dir;
};

} // namespace linli::care
