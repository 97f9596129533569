// A corrupt database at start: the newest good backup comes back, the events not yet synced
// are kept, the damaged file is kept aside, and without a backup nothing is touched.
#include "care/backups.h"
#include "care/nightly_care.h"
#include "care/restore.h"
#include "care_fixture.h"

#include <QFile>
#include <QFileInfo>

using namespace linli::care;
using linli::care::test::count;

namespace {

class RestoreTest : public test::CareFixture {
protected:
    void addOutboxEvent(const char *eventId)
    {
        db->prepare(
              "INSERT INTO outbox(event_id, kind, occurred_at_utc, payload) VALUES (?, 'test', 1, '{}')")
            .bind(1, eventId)
            .run();
    }
    // Overwrites the first bytes of the page holding a search index, not the outbox: SQLite
    // then calls the file corrupt while the outbox can still be read.
    void corruptAnIndexPage()
    {
        const qint64 page = count(*db,
            "SELECT rootpage FROM sqlite_schema WHERE type = 'index' "
            "AND tbl_name = 'resident' ORDER BY rootpage LIMIT 1");
        ASSERT_GT(page, 1);
        const qint64 pageSize = count(*db, "PRAGMA page_size");
        db.reset(); // closing checkpoints the WAL into the file
        QFile file(dbPath());
        ASSERT_TRUE(file.open(QIODevice::ReadWrite));
        ASSERT_TRUE(file.seek((page - 1) * pageSize));
        file.write(QByteArray(64, '\xee'));
    }

    QDateTime morning = hallTime(23, 3);
};

} // namespace

TEST_F(RestoreTest, ACorruptFileIsReplacedByTheNewestGoodBackupKeepingTheOutbox)
{
    addOutboxEvent("before-backup");
    clock.set(morning);
    NightlyCare(*db, clock, zone, dataDir(), {}).runNow();
    addOutboxEvent("after-backup-1");
    addOutboxEvent("after-backup-2");
    corruptAnIndexPage();
    ASSERT_TRUE(databaseIsCorrupt(dbPath()));

    const RestoreReport report = restoreNewestBackup(dbPath(), backupDirFor(dataDir()), clock.nowUtc());
    ASSERT_TRUE(report.restored);
    EXPECT_EQ(report.outboxRowsKept, 2);
    EXPECT_FALSE(report.outboxUnreadable);
    EXPECT_TRUE(QFileInfo::exists(report.corruptCopy));
    EXPECT_TRUE(report.note.zh.contains(QStringLiteral("已从备份")));
    EXPECT_TRUE(report.note.en.contains(QStringLiteral("restored from the backup")));

    EXPECT_FALSE(databaseIsCorrupt(dbPath()));
    auto restored = linli::storage::Database::open(dbPath());
    EXPECT_EQ(integrityProblems(restored), QString());
    EXPECT_EQ(count(restored,
                  "SELECT count(*) FROM outbox WHERE event_id IN "
                  "('before-backup', 'after-backup-1', 'after-backup-2')"),
        3);
    EXPECT_GT(count(restored, "SELECT count(*) FROM resident"), 0);
}

TEST_F(RestoreTest, AFileThatIsNotADatabaseAnyMoreIsRestoredToo)
{
    NightlyCare(*db, clock, zone, dataDir(), {}).runNow();
    db.reset();
    QFile file(dbPath());
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(8192, 'x'));
    file.close();
    ASSERT_TRUE(databaseIsCorrupt(dbPath()));

    const RestoreReport report = restoreNewestBackup(dbPath(), backupDirFor(dataDir()), clock.nowUtc());
    EXPECT_TRUE(report.restored);
    EXPECT_TRUE(report.outboxUnreadable);
    EXPECT_FALSE(databaseIsCorrupt(dbPath()));
}

TEST_F(RestoreTest, ADamagedBackupIsSkippedForAnOlderGoodOne)
{
    NightlyCare(*db, clock, zone, dataDir(), {}).runNow();
    clock.set(morning);
    const QString newest = NightlyCare(*db, clock, zone, dataDir(), {}).runNow().backupPath;
    QFile broken(newest);
    ASSERT_TRUE(broken.open(QIODevice::WriteOnly));
    broken.write(QByteArray(4096, 'z'));
    broken.close();
    const std::optional<QString> good = newestGoodBackup(backupDirFor(dataDir()));
    ASSERT_TRUE(good.has_value());
    EXPECT_TRUE(good->endsWith(QStringLiteral("linli-20261122T020000Z.sqlite")));
}

TEST_F(RestoreTest, WithoutABackupNothingIsMoved)
{
    corruptAnIndexPage();
    const QByteArray before = [this] {
        QFile f(dbPath());
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    const RestoreReport report = restoreNewestBackup(dbPath(), backupDirFor(dataDir()), clock.nowUtc());
    EXPECT_FALSE(report.restored);
    QFile after(dbPath());
    ASSERT_TRUE(after.open(QIODevice::ReadOnly));
    EXPECT_EQ(after.readAll(), before);
}

TEST_F(RestoreTest, AHealthyDatabaseIsNotCalledCorrupt)
{
    db.reset();
    EXPECT_FALSE(databaseIsCorrupt(dbPath()));
    EXPECT_FALSE(databaseIsCorrupt(dir.file(QStringLiteral("missing.sqlite"))));
}
