#pragma once

#include "core/clock.h"
#include "startup/kiosk_database.h"
#include "support/temp_dir.h"

#include <gtest/gtest.h>
#include <QDir>
#include <QTimeZone>

namespace linli::care::test {

inline qint64 count(storage::Database &db, std::string_view sql)
{
    auto statement = db.prepare(sql);
    return statement.step() ? statement.int64(0) : -1;
}

// A kiosk data directory with the demo hall loaded, on a clock at 2026-11-22 10:00 hall time.
class CareFixture : public ::testing::Test {
protected:
    void SetUp() override
    {
        startup::DatabaseSetup setup;
        setup.dataDir = dataDir();
        setup.contentDir = QStringLiteral(LINLI_DEMO_DIR);
        setup.pinCost = residents::PinCost::Cheap;
        auto opened = startup::openKioskDatabase(setup, clock.nowUtc());
        ASSERT_TRUE(opened.ok()) << opened.outOfServiceReason.en.toStdString();
        db.emplace(std::move(*opened.database));
    }
    QString dataDir() const { return dir.file(QStringLiteral("data")); }
    QString dbPath() const { return QDir(dataDir()).filePath(startup::databaseFileName()); }
    // Hall time (UTC+8) on a November day.
    static QDateTime hallTime(int day, int hour, int minute = 0)
    {
        return QDateTime(QDate(2026, 11, day), QTime(hour, minute), QTimeZone("Asia/Shanghai")).toUTC();
    }

    linli::test::TempDir dir;
    ManualClock clock{ hallTime(22, 10) };
    QTimeZone zone{ "Asia/Shanghai" };
    std::optional<storage::Database> db;
};

} // namespace linli::care::test
