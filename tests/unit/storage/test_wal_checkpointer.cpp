// The WAL checkpointer keeps checkpoints out of residents' commits: each commit costs exactly
// one fsync, checkpoints wait for a quiet hall (or a hard cap), and nothing committed is lost.
#include "storage/wal_checkpointer.h"
#include "storage_test_util.h"
#include "support/fsync_counting_vfs.h"
#include "support/temp_dir.h"

#include <gtest/gtest.h>
#include <optional>
#include <QFileInfo>
#include <thread>

using namespace linli::storage;
using namespace std::chrono_literals;
using linli::storage::test::queryInt;

namespace {

class WalCheckpointerTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        linli::test::installFsyncCountingVfs();
        db.emplace(Database::open(path()));
        db->exec("CREATE TABLE booking(id INTEGER PRIMARY KEY, note TEXT)");
    }

    QString path() const { return dir.file(QStringLiteral("hall.db")); }

    // One booking-sized commit; returns the fsyncs it cost on this thread.
    std::uint64_t commitOne()
    {
        const std::uint64_t before = linli::test::syncCountOnThisThread();
        db->prepare("INSERT INTO booking(note) VALUES (?)").bind(1, QString(1500, u'x')).run();
        return linli::test::syncCountOnThisThread() - before;
    }

    static bool waitFor(const std::function<bool()> &done)
    {
        for (int i = 0; i < 1000; ++i) {
            if (done())
                return true;
            std::this_thread::sleep_for(10ms);
        }
        return done();
    }

    linli::test::TempDir dir;
    std::optional<Database> db;
};

TEST_F(WalCheckpointerTest, EveryCommitCostsExactlyOneFsyncAcrossCheckpointsAndWalRestarts)
{
    db->exec("PRAGMA wal_autocheckpoint=50"); // without us, SQLite would checkpoint inside a commit
    // Commits come back to back, well inside the quiet time, so each round's checkpoint runs
    // while the test waits, as it would in a hall between residents.
    WalCheckpointer checkpointer(*db, { .thresholdPages = 50, .quiet = 300ms, .hardCapPages = 1000 });
    ASSERT_TRUE(checkpointer.isActive());
    for (int round = 0; round < 8; ++round) {
        for (int i = 0; i < 60; ++i)
            ASSERT_EQ(commitOne(), 1u) << "round " << round << ", commit " << i;
        checkpointer.waitUntilCaughtUp();
    }
    const CheckpointStats stats = checkpointer.stats();
    EXPECT_GE(stats.checkpoints, 8);
    EXPECT_EQ(stats.restarts, stats.checkpoints);
    EXPECT_EQ(stats.failures, 0);
}

TEST_F(WalCheckpointerTest, WaitsForAQuietHallBeforeCheckpointing)
{
    WalCheckpointer checkpointer(*db, { .thresholdPages = 20, .quiet = 1h, .hardCapPages = 100000 });
    for (int i = 0; i < 60; ++i)
        commitOne();
    std::this_thread::sleep_for(200ms);
    EXPECT_EQ(checkpointer.stats().checkpoints, 0);
}

TEST_F(WalCheckpointerTest, CheckpointsAtTheHardCapEvenWhenTheHallNeverGoesQuiet)
{
    WalCheckpointer checkpointer(*db, { .thresholdPages = 20, .quiet = 1h, .hardCapPages = 60 });
    // With no pause at all, a commit can land between the pass and our restart of the WAL and
    // restart it itself (one more fsync, instead of waiting for the pass): at most once per pass.
    std::uint64_t extraSyncs = 0;
    for (int i = 0; i < 80; ++i) {
        const std::uint64_t syncs = commitOne();
        ASSERT_GE(syncs, 1u) << "commit " << i;
        ASSERT_LE(syncs, 2u) << "commit " << i;
        extraSyncs += syncs - 1;
    }
    EXPECT_TRUE(waitFor([&] { return checkpointer.stats().checkpoints >= 1; }));
    checkpointer.waitUntilCaughtUp();
    EXPECT_LE(extraSyncs, static_cast<std::uint64_t>(checkpointer.stats().checkpoints));
}

TEST_F(WalCheckpointerTest, EverythingCommittedSurvivesCheckpointsAndAReopen)
{
    {
        WalCheckpointer checkpointer(*db, { .thresholdPages = 30, .quiet = 0ms, .hardCapPages = 1000 });
        for (int i = 0; i < 500; ++i) {
            commitOne();
            if (i % 40 == 39)
                checkpointer.waitUntilCaughtUp();
        }
        EXPECT_GE(checkpointer.stats().restarts, 10);
    }
    // The WAL started over instead of growing: far smaller than 500 commits' worth of frames.
    EXPECT_LT(QFileInfo(path() + QStringLiteral("-wal")).size(), 200 * 4096);
    db.reset();
    Database reopened = Database::open(path());
    EXPECT_EQ(queryInt(reopened, "SELECT count(*) FROM booking"), 500);
    EXPECT_NO_THROW(reopened.quickCheck());
}

TEST_F(WalCheckpointerTest, StoppingHandsCheckpointsBackToSqlite)
{
    {
        WalCheckpointer checkpointer(*db);
        EXPECT_EQ(queryInt(*db, "PRAGMA wal_autocheckpoint"), 0);
    }
    EXPECT_EQ(queryInt(*db, "PRAGMA wal_autocheckpoint"), 1000);
    EXPECT_EQ(commitOne(), 1u);
}

TEST(WalCheckpointerInMemory, AnInMemoryDatabaseKeepsSqlitesOwnBehaviour)
{
    Database db = Database::openInMemory();
    WalCheckpointer checkpointer(db);
    EXPECT_FALSE(checkpointer.isActive());
    checkpointer.waitUntilCaughtUp(); // returns at once instead of waiting for a thread that is not there
    db.exec("CREATE TABLE t(x); INSERT INTO t VALUES (1)");
    EXPECT_EQ(queryInt(db, "SELECT count(*) FROM t"), 1);
}

} // namespace
