#pragma once

#include "storage/database.h"
#include "storage/migrations.h"
#include "storage/statement.h"
#include "support/temp_dir.h"

#include <gtest/gtest.h>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

namespace linli::content::test {

inline const QString kDemoDir = QStringLiteral(LINLI_DEMO_DIR);
inline const QString kBadDir = QStringLiteral(LINLI_TEST_DATA_DIR "/content");

// 2026-11-22T02:00Z is 10:00 on Sunday 22 November in Shanghai.
inline QDateTime fixedNow()
{
    return QDateTime(QDate(2026, 11, 22), QTime(2, 0), QTimeZone::utc());
}

inline qint64 utcSecs(int y, int mo, int d, int h, int mi)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), QTimeZone::utc()).toSecsSinceEpoch();
}

// A fresh database on disk with the schema applied.
class ContentDbTest : public ::testing::Test {
protected:
    ContentDbTest()
        : db(storage::Database::open(dir.file(QStringLiteral("kiosk.db"))))
    {
        storage::migrate(db, storage::bundledMigrations());
    }

    qint64 scalar(const char *sql)
    {
        storage::Statement query = db.prepare(sql);
        return query.step() ? query.int64(0) : -1;
    }

    QString text(const char *sql, const QString &param)
    {
        storage::Statement query = db.prepare(sql);
        query.bind(1, param);
        return query.step() ? query.text(0) : QString();
    }

    qint64 contentRows()
    {
        return scalar("SELECT (SELECT COUNT(*) FROM hall) + (SELECT COUNT(*) FROM facility) + "
                      "(SELECT COUNT(*) FROM room) + (SELECT COUNT(*) FROM canteen) + "
                      "(SELECT COUNT(*) FROM service_guide) + (SELECT COUNT(*) FROM notice) + "
                      "(SELECT COUNT(*) FROM event)");
    }

    linli::test::TempDir dir;
    storage::Database db;
};

inline QJsonDocument demoJson(const QString &name)
{
    QFile file(QDir(kDemoDir).filePath(name));
    if (!file.open(QIODevice::ReadOnly))
        ADD_FAILURE() << "cannot open " << name.toStdString();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError)
        ADD_FAILURE() << name.toStdString() << ": " << error.errorString().toStdString();
    return doc;
}

} // namespace linli::content::test
