// The nightly window: a backup that opens and passes integrity_check, seven days of them kept,
// once per night in its hour, and residents unlinked from what they finished long ago.
#include "care/backups.h"
#include "care/care_status.h"
#include "care/nightly_care.h"
#include "care/retention.h"
#include "care_fixture.h"
#include "core/scheduler.h"

#include <QFileInfo>

using namespace linli::care;
using linli::care::test::count;

namespace {

class NightlyCareTest : public test::CareFixture {
protected:
    QString firstResident()
    {
        auto q = db->prepare("SELECT id FROM resident ORDER BY id LIMIT 1");
        return q.step() ? q.text(0) : QString();
    }
    void addBooking(const QString &id, const QString &resident, const QDateTime &endsUtc)
    {
        const qint64 ends = endsUtc.toSecsSinceEpoch();
        db->prepare("INSERT INTO booking(id, code, resident_id, room_id, starts_at_utc, ends_at_utc, status, "
                    "created_at_utc, updated_at_utc) VALUES (?, ?, ?, 'room-x', ?, ?, 'checked_in', ?, ?)")
            .bind(1, id)
            .bind(2, id)
            .bind(3, resident)
            .bind(4, ends - 3600)
            .bind(5, ends)
            .bind(6, ends - 86400)
            .bind(7, ends)
            .run();
    }
    void addOrder(const QString &id, const QString &resident, const QString &mealDate)
    {
        db->prepare(
              "INSERT INTO meal_order(id, code, resident_id, offer_id, dish_id, meal_date, period, quantity, "
              "unit_price_fen, price_fen, subsidy_fen, to_pay_fen, order_by_utc, status, created_at_utc, "
              "updated_at_utc) VALUES (?, ?, ?, 'o', 'd', ?, 'lunch', 1, 1200, 1200, 0, 1200, 0, "
              "'confirmed', 0, 0)")
            .bind(1, id)
            .bind(2, id)
            .bind(3, resident)
            .bind(4, mealDate)
            .run();
    }
    QString residentOf(const char *table, const QString &id)
    {
        auto q = db->prepare(std::string("SELECT resident_id FROM ") + table + " WHERE id = ?");
        q.bind(1, id);
        return q.step() ? q.text(0) : QString();
    }
};

} // namespace

TEST_F(NightlyCareTest, BackupOpensAndPassesIntegrityCheckWithTheSameData)
{
    const qint64 residents = count(*db, "SELECT count(*) FROM resident");
    NightlyCare care(*db, clock, zone, dataDir(), {});
    const NightlyReport report = care.runNow();
    EXPECT_TRUE(report.failures.isEmpty()) << report.failures.join(u"; ").toStdString();
    EXPECT_TRUE(report.integrityOk);
    ASSERT_FALSE(report.backupPath.isEmpty());
    EXPECT_EQ(QFileInfo(report.backupPath).fileName(), QStringLiteral("linli-20261122T020000Z.sqlite"));

    linli::storage::OpenOptions readOnly;
    readOnly.readOnly = true;
    auto backup = linli::storage::Database::open(report.backupPath, readOnly);
    EXPECT_EQ(integrityProblems(backup), QString());
    EXPECT_GT(residents, 0);
    EXPECT_EQ(count(backup, "SELECT count(*) FROM resident"), residents);
    EXPECT_EQ(count(backup, "PRAGMA user_version"), count(*db, "PRAGMA user_version"));

    const QJsonObject status = CareStatus(dataDir()).read();
    EXPECT_EQ(status.value(QStringLiteral("integrity")).toString(), QStringLiteral("ok"));
    EXPECT_EQ(
        status.value(QStringLiteral("backup")).toString(), QStringLiteral("linli-20261122T020000Z.sqlite"));
}

TEST_F(NightlyCareTest, RunsOncePerNightInItsHourAndKeepsSevenDaysOfBackups)
{
    clock.set(hallTime(1, 2));
    NightlyCare care(*db, clock, zone, dataDir(), {});
    linli::Scheduler scheduler(clock);
    care.schedule(scheduler);
    // Before the hour: the check runs, the window does not.
    clock.advanceSecs(120);
    scheduler.runDue();
    EXPECT_TRUE(listBackups(care.backupDir()).isEmpty());
    for (int day = 1; day <= 10; ++day) {
        clock.set(hallTime(day, 3, 5));
        scheduler.runDue();
        clock.set(hallTime(day, 3, 40)); // still in the hour: not again
        scheduler.runDue();
    }
    const QStringList backups = listBackups(care.backupDir());
    ASSERT_EQ(backups.size(), 8)
        << backups.join(u' ').toStdString(); // nights 3..10: 7 days back from the 10th
    EXPECT_TRUE(backups.first().endsWith(QStringLiteral("linli-20261109T190500Z.sqlite")));
    EXPECT_TRUE(backups.last().endsWith(QStringLiteral("linli-20261102T190500Z.sqlite")));
}

TEST_F(NightlyCareTest, ARestartInsideTheWindowDoesNotRunItAgain)
{
    clock.set(hallTime(23, 3, 1));
    EXPECT_TRUE(NightlyCare(*db, clock, zone, dataDir(), {}).runIfDue());
    clock.set(hallTime(23, 3, 2));
    EXPECT_FALSE(NightlyCare(*db, clock, zone, dataDir(), {}).runIfDue());
    EXPECT_EQ(listBackups(backupDirFor(dataDir())).size(), 1);
}

TEST_F(NightlyCareTest, ConfiguredHourMovesTheWindow)
{
    CareSettings settings;
    settings.nightlyHour = 1;
    NightlyCare care(*db, clock, zone, dataDir(), settings);
    clock.set(hallTime(23, 3, 1));
    EXPECT_FALSE(care.runIfDue());
    clock.set(hallTime(23, 1, 30));
    EXPECT_TRUE(care.runIfDue());
}

TEST_F(NightlyCareTest, RetentionUnlinksOnlyWhatFinishedLongerAgo)
{
    const QString resident = firstResident();
    ASSERT_FALSE(resident.isEmpty());
    const QDateTime now = clock.nowUtc();
    addBooking(QStringLiteral("old"), resident, now.addDays(-91));
    addBooking(QStringLiteral("recent"), resident, now.addDays(-89));
    db->prepare("INSERT INTO no_show(booking_id, resident_id, at_utc) VALUES ('old', ?, 0)")
        .bind(1, resident)
        .run();
    addOrder(QStringLiteral("old-meal"), resident, QStringLiteral("2026-08-20"));
    addOrder(QStringLiteral("recent-meal"), resident, QStringLiteral("2026-09-01"));

    const PurgeCounts counts = purgePersonalData(*db, now, 90);
    EXPECT_EQ(counts.bookings, 1);
    EXPECT_EQ(counts.mealOrders, 1);
    EXPECT_EQ(counts.noShows, 1);
    EXPECT_EQ(residentOf("booking", QStringLiteral("old")), QLatin1String(kPurgedResidentId));
    EXPECT_EQ(residentOf("booking", QStringLiteral("recent")), resident);
    EXPECT_EQ(residentOf("meal_order", QStringLiteral("old-meal")), QLatin1String(kPurgedResidentId));
    EXPECT_EQ(residentOf("meal_order", QStringLiteral("recent-meal")), resident);
    EXPECT_EQ(count(*db, "SELECT count(*) FROM no_show"), 0);
    // The record itself stays for the hall's counts; a second run finds nothing more.
    EXPECT_EQ(count(*db, "SELECT count(*) FROM booking WHERE id = 'old'"), 1);
    EXPECT_EQ(purgePersonalData(*db, now, 90).total(), 0);
    // The anonymous resident has nothing that identifies anyone.
    EXPECT_EQ(
        count(*db, "SELECT count(*) FROM resident WHERE id = 'purged' AND name = '' AND phone IS NULL"), 1);
}

TEST_F(NightlyCareTest, LogsAreRotatedAndOldCopiesDeleted)
{
    CareSettings settings;
    settings.logDir = dir.file(QStringLiteral("logs"));
    settings.logKeepDays = 14;
    QDir().mkpath(settings.logDir);
    QFile log(settings.logDir + QStringLiteral("/kiosk.log"));
    ASSERT_TRUE(log.open(QIODevice::WriteOnly));
    log.write("a line\n");
    log.close();
    QFile old(settings.logDir + QStringLiteral("/kiosk.log.20261101"));
    ASSERT_TRUE(old.open(QIODevice::WriteOnly));
    old.close();

    const NightlyReport report = NightlyCare(*db, clock, zone, dataDir(), settings).runNow();
    EXPECT_EQ(report.logsRotated, 1);
    EXPECT_EQ(QFileInfo(settings.logDir + QStringLiteral("/kiosk.log")).size(), 0);
    EXPECT_EQ(QFileInfo(settings.logDir + QStringLiteral("/kiosk.log.20261122")).size(), 7);
    EXPECT_FALSE(QFileInfo::exists(settings.logDir + QStringLiteral("/kiosk.log.20261101")));
}
