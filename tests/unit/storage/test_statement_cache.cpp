// Database::prepareCached: the same SQL gets the same compiled statement back, reset and
// unbound, never shared while in use, and nothing breaks when the schema changes or the
// Database goes away first.
#include "storage/database.h"
#include "storage_test_util.h"
#include "support/temp_dir.h"

#include <gtest/gtest.h>
#include <optional>
#include <sqlite3.h>

using namespace linli::storage;
using linli::storage::test::expectStorageError;
using linli::storage::test::queryInt;

namespace {

// Statements the connection holds (prepared and not finalized), and how many are mid-run.
int statementsHeld(const Database &db, bool busyOnly = false)
{
    int n = 0;
    for (sqlite3_stmt *s = sqlite3_next_stmt(db.handle(), nullptr); s; s = sqlite3_next_stmt(db.handle(), s))
        n += !busyOnly || sqlite3_stmt_busy(s);
    return n;
}

class StatementCacheTest : public ::testing::Test {
protected:
    StatementCacheTest() { db.exec("CREATE TABLE t(x INTEGER); INSERT INTO t VALUES (1), (2), (3)"); }
    linli::test::TempDir dir;
    Database db = Database::open(dir.file(QStringLiteral("kiosk.db")));
};

} // namespace

TEST_F(StatementCacheTest, TheSameSqlGetsItsCompiledStatementBackResetAndUnbound)
{
    {
        Statement q = db.prepareCached("SELECT x FROM t WHERE x >= ? ORDER BY x");
        ASSERT_TRUE(q.bind(1, 2).step());
        EXPECT_EQ(q.integer(0), 2); // left mid-run
    }
    EXPECT_EQ(statementsHeld(db), 1) << "kept by the connection";
    EXPECT_EQ(statementsHeld(db, true), 0) << "reset: an idle statement holds no read";
    Statement again = db.prepareCached("SELECT x FROM t WHERE x >= ? ORDER BY x");
    EXPECT_EQ(statementsHeld(db), 1) << "the same statement, not a second one";
    EXPECT_FALSE(again.step()) << "bindings cleared: NULL matches nothing";
    again.reset();
    ASSERT_TRUE(again.bind(1, 3).step());
    EXPECT_EQ(again.integer(0), 3);

    {
        Statement plain = db.prepare("SELECT 1");
    }
    EXPECT_EQ(statementsHeld(db), 1) << "prepare() still finalizes";
}

TEST_F(StatementCacheTest, AStatementInUseIsNotHandedOutTwice)
{
    const char *sql = "SELECT x FROM t ORDER BY x";
    Statement outer = db.prepareCached(sql);
    ASSERT_TRUE(outer.step());
    {
        Statement inner = db.prepareCached(sql); // e.g. a nested query while iterating
        int rows = 0;
        while (inner.step())
            ++rows;
        EXPECT_EQ(rows, 3);
    }
    ASSERT_TRUE(outer.step());
    EXPECT_EQ(outer.integer(0), 2) << "the outer run went on undisturbed";
    outer = db.prepareCached("SELECT count(*) FROM t"); // the old one goes back to the cache
    ASSERT_TRUE(outer.step());
    EXPECT_EQ(outer.integer(0), 3);
    EXPECT_EQ(statementsHeld(db), 3);
}

TEST_F(StatementCacheTest, ASchemaChangeBetweenUsesIsPickedUp)
{
    {
        db.prepareCached("SELECT * FROM t").step();
    }
    db.exec("ALTER TABLE t ADD COLUMN y DEFAULT 7");
    Statement q = db.prepareCached("SELECT * FROM t");
    ASSERT_TRUE(q.step());
    EXPECT_EQ(q.columnCount(), 2);
    EXPECT_EQ(q.integer(1), 7);
}

TEST_F(StatementCacheTest, WorksAcrossAMoveOfTheDatabaseAndMayOutliveIt)
{
    std::optional<Statement> outliving;
    {
        Statement before = db.prepareCached("SELECT count(*) FROM t");
        Database moved(std::move(db));
        ASSERT_TRUE(before.step());
        EXPECT_EQ(before.integer(0), 3);
        {
            Statement idle = moved.prepareCached("SELECT 1");
        }
        outliving.emplace(moved.prepareCached("SELECT 2"));
    } // `moved` closes first; `before` then finalizes itself instead of returning
    outliving.reset(); // finalizes itself against a closed connection (ASan checks)
    expectStorageError([&] { db.prepareCached("SELECT 1"); }, ErrorKind::Misuse);
    Database reopened = Database::open(dir.file(QStringLiteral("kiosk.db")));
    EXPECT_EQ(queryInt(reopened, "SELECT count(*) FROM t"), 3);
}
