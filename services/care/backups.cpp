#include "care/backups.h"

#include "care/care_log.h"
#include "storage/database.h"
#include "storage/storage_error.h"

#include <QDir>
#include <QFile>

namespace linli::care {
namespace {

const QString kPrefix = QStringLiteral("linli-");
const QString kSuffix = QStringLiteral(".sqlite");
const QString kStampFormat = QStringLiteral("yyyyMMdd'T'HHmmss'Z'");

std::optional<QDateTime> takenAt(const QString &fileName)
{
    if (!fileName.startsWith(kPrefix) || !fileName.endsWith(kSuffix))
        return std::nullopt;
    const QString stamp = fileName.mid(kPrefix.size(), fileName.size() - kPrefix.size() - kSuffix.size());
    QDateTime at = QDateTime::fromString(stamp, kStampFormat);
    if (!at.isValid())
        return std::nullopt;
    at.setTimeSpec(Qt::UTC);
    return at;
}

} // namespace

QString writeBackup(storage::Database &db, const QString &dir, const QDateTime &nowUtc)
{
    if (!QDir().mkpath(dir))
        throw storage::StorageError(
            storage::ErrorKind::CannotOpen, 0, "cannot create the backup directory " + dir.toStdString());
    const QString path = QDir(dir).filePath(kPrefix + nowUtc.toUTC().toString(kStampFormat) + kSuffix);
    // VACUUM INTO refuses an existing file; a second backup in the same second replaces the first.
    QFile::remove(path);
    const QString partial = path + QStringLiteral(".partial");
    QFile::remove(partial);
    db.prepare("VACUUM INTO ?").bind(1, partial).run();
    if (!QFile::rename(partial, path))
        throw storage::StorageError(
            storage::ErrorKind::CannotOpen, 0, "cannot rename " + partial.toStdString());
    qCInfo(lcCare).noquote() << "backup written" << path;
    return path;
}

QStringList pruneBackups(const QString &dir, const QDateTime &nowUtc, int keepDays)
{
    QStringList deleted;
    const QDateTime cutoff = nowUtc.toUTC().addDays(-keepDays);
    for (const QString &name : QDir(dir).entryList(QDir::Files)) {
        const std::optional<QDateTime> at = takenAt(name);
        if (at && *at < cutoff && QFile::remove(QDir(dir).filePath(name)))
            deleted << name;
    }
    if (!deleted.isEmpty())
        qCInfo(lcCare).noquote() << "old backups deleted:" << deleted.join(u", ");
    return deleted;
}

QStringList listBackups(const QString &dir)
{
    QStringList backups;
    for (const QString &name : QDir(dir).entryList(QDir::Files, QDir::Name | QDir::Reversed)) {
        if (takenAt(name))
            backups << QDir(dir).filePath(name);
    }
    return backups;
}

std::optional<QString> newestGoodBackup(const QString &dir)
{
    for (const QString &path : listBackups(dir)) {
        try {
            storage::OpenOptions options;
            options.readOnly = true;
            options.createIfMissing = false;
            auto backup = storage::Database::open(path, options);
            backup.quickCheck();
            return path;
        } catch (const storage::StorageError &error) {
            qCWarning(lcCare).noquote() << "backup unusable:" << path << error.what();
        }
    }
    return std::nullopt;
}

QString integrityProblems(storage::Database &db)
{
    auto check = db.prepare("PRAGMA integrity_check(20)");
    QStringList problems;
    while (check.step())
        problems << check.text(0);
    if (problems == QStringList{ QStringLiteral("ok") })
        return {};
    return problems.join(u"; ");
}

} // namespace linli::care
