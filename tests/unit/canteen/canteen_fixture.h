#pragma once

#include "../storage/storage_test_util.h"
#include "canteen/menu.h"
#include "canteen/vouchers.h"
#include "core/clock.h"
#include "core/hall_time.h"
#include "information/hall.h"
#include "startup/kiosk_database.h"
#include "support/temp_dir.h"

#include <gtest/gtest.h>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace linli::canteen::test {

// The demo hall in a fresh database file, loaded at Sunday 2026-11-22 10:00 in Shanghai (02:00
// UTC) with cheap PIN hashes, as the kiosk opens it. Day 0 of the demo menus is 2026-11-22.
class CanteenFixture : public ::testing::Test {
protected:
    CanteenFixture()
        : CanteenFixture(QStringLiteral(LINLI_DEMO_DIR))
    {
    }

    explicit CanteenFixture(const QString &contentDir)
        : clock(QDateTime::fromString(QStringLiteral("2026-11-22T02:00:00Z"), Qt::ISODate))
    {
        startup::DatabaseSetup setup;
        setup.dataDir = dir.path();
        setup.contentDir = contentDir;
        setup.pinCost = residents::PinCost::Cheap;
        auto opened = startup::openKioskDatabase(setup, clock.nowUtc());
        if (!opened.ok())
            throw std::runtime_error(opened.outOfServiceReason.en.toStdString());
        db.emplace(std::move(*opened.database));
        zone = information::loadHall(*db)->timeZone;
    }

    HallTime hallTime() const { return HallTime(zone); }
    qint64 local(const char *localIso) const
    {
        QDateTime t = QDateTime::fromString(QString::fromLatin1(localIso), Qt::ISODate);
        t.setTimeZone(zone);
        return t.toSecsSinceEpoch();
    }
    void setNow(const char *localIso) { clock.set(QDateTime::fromSecsSinceEpoch(local(localIso), Qt::UTC)); }
    qint64 count(const char *sql) { return storage::test::queryInt(*db, sql); }
    // The id of the demo's offer of `dish` on 2026-11-(22 + day) at `period`.
    static QString offerId(int day, const char *period, const char *dish)
    {
        return QStringLiteral("%1.%2.%3")
            .arg(QDate(2026, 11, 22).addDays(day).toString(Qt::ISODate), QLatin1String(period),
                QLatin1String(dish));
    }

    linli::test::TempDir dir;
    ManualClock clock;
    QTimeZone zone;
    std::optional<storage::Database> db;
};

// `root` with the value at `path` ("menus.0.items.2.quota", numbers index lists) replaced by
// `value`, or removed when `value` is undefined.
inline QJsonValue withPath(const QJsonValue &root, QStringList path, const QJsonValue &value)
{
    if (path.isEmpty())
        return value;
    const QString key = path.takeFirst();
    if (root.isArray()) {
        QJsonArray a = root.toArray();
        const int i = key.toInt();
        if (path.isEmpty() && value.isUndefined())
            a.removeAt(i);
        else
            a[i] = withPath(a.at(i), path, value);
        return a;
    }
    QJsonObject o = root.toObject();
    if (path.isEmpty() && value.isUndefined())
        o.remove(key);
    else
        o[key] = withPath(o.value(key), path, value);
    return o;
}

// A copy of the demo folder (its files and the dish pictures) in `into` with one value of `file`
// changed (see withPath).
inline QString editedDemo(
    const linli::test::TempDir &into, const QString &file, const QString &path, const QJsonValue &value)
{
    const QDir demo(QStringLiteral(LINLI_DEMO_DIR));
    for (const QString &name : demo.entryList({ QStringLiteral("*.json") }, QDir::Files))
        QFile::copy(demo.filePath(name), into.file(name));
    const QDir pictures(demo.filePath(QStringLiteral("pictures")));
    QDir(into.path()).mkdir(QStringLiteral("pictures"));
    for (const QString &name : pictures.entryList(QDir::Files))
        QFile::copy(pictures.filePath(name), into.file(QStringLiteral("pictures/") + name));
    QFile f(into.file(file));
    f.open(QIODevice::ReadOnly);
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll());
    f.close();
    const QJsonValue root = withPath(
        doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()), path.split(u'.'), value);
    f.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    f.open(QIODevice::WriteOnly | QIODevice::Truncate);
    f.write(
        root.isArray() ? QJsonDocument(root.toArray()).toJson() : QJsonDocument(root.toObject()).toJson());
    return into.path();
}

} // namespace linli::canteen::test
