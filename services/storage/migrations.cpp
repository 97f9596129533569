#include "storage/migrations.h"

#include "core/logging.h"
#include "storage/database.h"
#include "storage/storage_error.h"
#include "storage/transaction.h"

#include <algorithm>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QStringList>
#include <sqlite3.h>

namespace linli::storage {

namespace {

const QString kMigrationDir = QStringLiteral(":/linli/migrations");

std::string utf8(const QString &s)
{
    return s.toStdString();
}

void requireIncreasing(const std::vector<Migration> &migrations)
{
    int previous = 0;
    for (const Migration &m : migrations) {
        if (m.version <= previous)
            throw StorageError(ErrorKind::Misuse, SQLITE_MISUSE,
                "migration " + utf8(m.name) + " has version " + std::to_string(m.version)
                    + ", expected more than " + std::to_string(previous));
        previous = m.version;
    }
}

} // namespace

std::vector<Migration> bundledMigrations()
{
    // A misnamed or unreadable file is a build mistake; skipping it would leave the kiosk
    // with a schema that silently lacks a step, so refuse to go on instead.
    static const QRegularExpression pattern(QStringLiteral("^(\\d+)_\\w+\\.sql$"));
    std::vector<Migration> migrations;
    const QStringList files = QDir(kMigrationDir).entryList(QDir::Files, QDir::Name);
    for (const QString &fileName : files) {
        const QRegularExpressionMatch match = pattern.match(fileName);
        bool numeric = false;
        const int version = match.hasMatch() ? match.captured(1).toInt(&numeric) : 0;
        if (!numeric || version <= 0)
            throw StorageError(
                ErrorKind::Schema, 0, "migration file " + utf8(fileName) + " is not named NNNN_name.sql");
        QFile file(kMigrationDir + QLatin1Char('/') + fileName);
        if (!file.open(QIODevice::ReadOnly))
            throw StorageError(ErrorKind::Schema, 0, "cannot read migration " + utf8(file.fileName()));
        migrations.push_back({ version, fileName.chopped(4), QString::fromUtf8(file.readAll()) });
    }
    std::sort(migrations.begin(), migrations.end(),
        [](const Migration &a, const Migration &b) { return a.version < b.version; });
    for (std::size_t i = 1; i < migrations.size(); ++i) {
        if (migrations[i].version == migrations[i - 1].version)
            throw StorageError(ErrorKind::Schema, 0,
                "migrations " + utf8(migrations[i - 1].name) + " and " + utf8(migrations[i].name)
                    + " share a number");
    }
    return migrations;
}

int schemaVersion(Database &db)
{
    Statement statement = db.prepare("PRAGMA user_version");
    return statement.step() ? statement.integer(0) : 0;
}

int migrate(Database &db, const std::vector<Migration> &migrations)
{
    requireIncreasing(migrations);
    const int newest = migrations.empty() ? 0 : migrations.back().version;

    // Read the version inside the write transaction, so two processes starting at once
    // cannot both decide to apply the same migration.
    Transaction transaction(db, Transaction::Mode::Immediate);
    const int current = schemaVersion(db);
    if (current > newest)
        throw StorageError(ErrorKind::Schema, 0,
            "database schema " + std::to_string(current) + " is newer than this build's "
                + std::to_string(newest) + " (" + utf8(db.path()) + ")");

    QStringList applied;
    for (const Migration &m : migrations) {
        if (m.version <= current)
            continue;
        try {
            db.exec(utf8(m.sql));
        } catch (const StorageError &e) {
            // The Transaction's destructor rolls back every migration of this run.
            throw StorageError(ErrorKind::Schema, e.sqliteCode(),
                "migration " + utf8(m.name) + " failed, schema stays at " + std::to_string(current) + ": "
                    + e.what());
        }
        applied << m.name;
    }
    if (applied.isEmpty())
        return 0;

    // PRAGMA values cannot be bound; this is an int we produced, not outside input.
    db.exec("PRAGMA user_version = " + std::to_string(newest));
    transaction.commit();
    qCInfo(lcStorage).noquote() << QStringLiteral("%1: schema %2 -> %3, applied %4")
                                       .arg(db.path())
                                       .arg(current)
                                       .arg(newest)
                                       .arg(applied.join(QStringLiteral(", ")));
    return static_cast<int>(applied.size());
}

} // namespace linli::storage
