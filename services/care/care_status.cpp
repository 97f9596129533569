#include "care/care_status.h"

#include "care/care_log.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

namespace linli::care {

CareStatus::CareStatus(QString dataDir)
    : m_dir(QDir(dataDir).filePath(QStringLiteral("care")))
{
}

QString CareStatus::path() const
{
    return QDir(m_dir).filePath(QStringLiteral("status.json"));
}

QJsonObject CareStatus::read() const
{
    QFile file(path());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

void CareStatus::record(const QString &key, const QJsonValue &value, const QDateTime &nowUtc)
{
    QJsonObject status = read();
    status.insert(key, value);
    status.insert(key + QStringLiteral("_at_utc"), nowUtc.toUTC().toString(Qt::ISODate));
    QDir().mkpath(m_dir);
    QSaveFile file(path());
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(status).toJson()) < 0 || !file.commit())
        qCWarning(lcCare).noquote() << "cannot write" << path();
}

} // namespace linli::care
