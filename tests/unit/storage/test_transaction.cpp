#include "storage/database.h"
#include "storage/transaction.h"
#include "storage_test_util.h"
#include "support/temp_dir.h"

#include <gtest/gtest.h>
#include <stdexcept>

using namespace linli::storage;
using linli::storage::test::expectStorageError;
using linli::storage::test::queryInt;

namespace {

class TransactionTest : public ::testing::Test {
protected:
    void SetUp() override { db.exec("CREATE TABLE t(x INTEGER NOT NULL)"); }
    void insert(Database &into, int value) { into.prepare("INSERT INTO t VALUES (?)").bind(1, value).run(); }
    std::int64_t count(Database &in) { return queryInt(in, "SELECT count(*) FROM t"); }

    linli::test::TempDir dir;
    QString path = dir.file(QStringLiteral("kiosk.db"));
    Database db = Database::open(path);
};

} // namespace

TEST_F(TransactionTest, CommitPersists)
{
    {
        Transaction tx(db);
        EXPECT_TRUE(tx.isActive());
        insert(db, 1);
        insert(db, 2);
        tx.commit();
        EXPECT_FALSE(tx.isActive());
    }
    Database other = Database::open(path);
    EXPECT_EQ(count(other), 2);
}

TEST_F(TransactionTest, DestructionWithoutCommitRollsBack)
{
    {
        Transaction tx(db);
        insert(db, 1);
        EXPECT_EQ(count(db), 1);
    }
    EXPECT_EQ(count(db), 0);
    insert(db, 3); // the connection is back in autocommit mode
    Database other = Database::open(path);
    EXPECT_EQ(count(other), 1);
}

TEST_F(TransactionTest, ExceptionInsideTheScopeRollsBackEverythingWrittenInIt)
{
    insert(db, 100); // before the transaction: must survive
    auto book = [&] {
        Transaction tx(db);
        insert(db, 1);
        db.exec("UPDATE t SET x = x + 1");
        insert(db, 2);
        throw std::runtime_error("seat no longer available");
    };
    EXPECT_THROW(book(), std::runtime_error);
    EXPECT_EQ(count(db), 1);
    EXPECT_EQ(queryInt(db, "SELECT x FROM t"), 100);
}

TEST_F(TransactionTest, SecondConnectionDoesNotSeeUncommittedData)
{
    Database other = Database::open(path);
    Transaction tx(db);
    insert(db, 1);
    EXPECT_EQ(count(db), 1);
    EXPECT_EQ(count(other), 0);
    tx.commit();
    EXPECT_EQ(count(other), 1);
}

TEST_F(TransactionTest, ImmediateTakesTheWriteLockAtOnceDeferredDoesNot)
{
    Database other = Database::open(path, { .busyTimeoutMs = 50 });
    {
        Transaction deferred(db, Transaction::Mode::Deferred);
        insert(other, 1); // nothing written yet through `db`, so `other` may still write
    }
    {
        Transaction immediate(db, Transaction::Mode::Immediate);
        expectStorageError([&] { insert(other, 2); }, ErrorKind::Locked);
    }
    EXPECT_EQ(count(db), 1);
}

TEST_F(TransactionTest, CommitTwiceIsMisuse)
{
    Transaction tx(db);
    tx.commit();
    expectStorageError([&] { tx.commit(); }, ErrorKind::Misuse);
}

TEST_F(TransactionTest, NestingIsRefusedAndTheOuterTransactionGoesOn)
{
    Transaction outer(db);
    insert(db, 1);
    expectStorageError([&] { Transaction inner(db); }, ErrorKind::Misuse);
    EXPECT_TRUE(outer.isActive());
    outer.commit();
    EXPECT_EQ(count(db), 1);
}

TEST_F(TransactionTest, FailedCommitRollsBackAndRethrows)
{
    // A deferred foreign key is only checked at COMMIT, which then fails and, in SQLite,
    // leaves the transaction open: commit() must roll it back itself.
    db.exec("CREATE TABLE parent(id INTEGER PRIMARY KEY);"
            "CREATE TABLE child(parent_id INTEGER REFERENCES parent(id) DEFERRABLE INITIALLY DEFERRED);");
    Transaction tx(db);
    insert(db, 1);
    db.exec("INSERT INTO child VALUES (42)");
    expectStorageError([&] { tx.commit(); }, ErrorKind::Constraint);
    EXPECT_FALSE(tx.isActive());
    EXPECT_EQ(count(db), 0);
    EXPECT_EQ(queryInt(db, "SELECT count(*) FROM child"), 0);
    Transaction next(db); // the connection is usable again
    next.commit();
}
