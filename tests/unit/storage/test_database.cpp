#include "storage/database.h"
#include "storage_test_util.h"
#include "support/temp_dir.h"

#include <gtest/gtest.h>
#include <limits>
#include <QFile>
#include <sqlite3.h>
#include <type_traits>

using namespace linli::storage;
using linli::storage::test::expectStorageError;
using linli::storage::test::queryInt;
using linli::storage::test::queryText;

static_assert(!std::is_copy_constructible_v<Database> && !std::is_copy_assignable_v<Database>);
static_assert(std::is_nothrow_move_constructible_v<Database> && std::is_nothrow_move_assignable_v<Database>);
static_assert(!std::is_copy_constructible_v<Statement> && !std::is_copy_assignable_v<Statement>);
static_assert(
    std::is_nothrow_move_constructible_v<Statement> && std::is_nothrow_move_assignable_v<Statement>);

namespace {

class DatabaseTest : public ::testing::Test {
protected:
    linli::test::TempDir dir;
    QString path = dir.file(QStringLiteral("kiosk.db"));
};

} // namespace

TEST_F(DatabaseTest, OpenCreatesFileInWalModeWithFullSyncAndForeignKeys)
{
    ASSERT_FALSE(QFile::exists(path));
    Database db = Database::open(path);
    EXPECT_TRUE(QFile::exists(path));
    EXPECT_EQ(db.path(), path);
    EXPECT_EQ(queryText(db, "PRAGMA journal_mode"), QStringLiteral("wal"));
    EXPECT_EQ(queryInt(db, "PRAGMA synchronous"), 2); // FULL
    EXPECT_EQ(queryInt(db, "PRAGMA foreign_keys"), 1);
    EXPECT_EQ(queryInt(db, "PRAGMA busy_timeout"), 5000);
}

TEST_F(DatabaseTest, OpenAppliesBusyTimeoutAndKeepsWalAfterReopen)
{
    Database::open(path).exec("CREATE TABLE t(x)");
    Database db = Database::open(path, { .busyTimeoutMs = 1234 });
    EXPECT_EQ(queryInt(db, "PRAGMA busy_timeout"), 1234);
    EXPECT_EQ(queryText(db, "PRAGMA journal_mode"), QStringLiteral("wal"));
}

TEST_F(DatabaseTest, ForeignKeysAreEnforced)
{
    Database db = Database::open(path);
    db.exec("CREATE TABLE parent(id INTEGER PRIMARY KEY);"
            "CREATE TABLE child(id INTEGER PRIMARY KEY, parent_id INTEGER NOT NULL REFERENCES parent(id));");
    Statement insert = db.prepare("INSERT INTO child(parent_id) VALUES (?)");
    const std::string message = expectStorageError([&] { insert.bind(1, 42).run(); }, ErrorKind::Constraint);
    EXPECT_NE(message.find("FOREIGN KEY constraint failed"), std::string::npos) << message;
    EXPECT_EQ(queryInt(db, "SELECT count(*) FROM child"), 0);
}

TEST_F(DatabaseTest, RoundTripsEveryTypeIncludingChineseTextAndNull)
{
    Database db = Database::open(path);
    db.exec("CREATE TABLE v(i, r, t, s, c, b, e, z, n, o, q)");
    const QString chinese = QStringLiteral("张小明 · 阳光老人家食堂 🍚 午餐 ¥12.50");
    const QByteArray blob("\x00\x01\xfe\xff\x00 end", 9);
    const qint64 rowId = 7;
    Statement insert = db.prepare("INSERT INTO v VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    insert.bind(1, std::numeric_limits<std::int64_t>::min())
        .bind(2, -1234.5)
        .bind(3, chinese)
        .bind(4, std::string_view("议事厅"))
        .bind(5, "多功能厅")
        .bindBlob(6, blob)
        .bind(7, QString())
        .bindBlob(8, QByteArray())
        .bindNull(9)
        .bind(10, std::optional<QString>())
        .bind(11, std::optional<qint64>(rowId));
    EXPECT_EQ(insert.run(), 1);
    db.prepare("INSERT INTO v(i, r, t) VALUES (?, ?, ?)")
        .bind(1, std::numeric_limits<std::int64_t>::max())
        .bind(2, true)
        .bind(3, 1e300)
        .run();

    Statement select = db.prepare("SELECT i, r, t, s, c, b, e, z, n, o, q, typeof(t), typeof(b), typeof(e), "
                                  "typeof(z), length(CAST(t AS BLOB)) FROM v ORDER BY rowid");
    ASSERT_TRUE(select.step());
    EXPECT_EQ(select.columnCount(), 16);
    EXPECT_EQ(select.int64(0), std::numeric_limits<std::int64_t>::min());
    EXPECT_DOUBLE_EQ(select.real(1), -1234.5);
    EXPECT_EQ(select.text(2), chinese);
    EXPECT_EQ(select.text(3), QStringLiteral("议事厅"));
    EXPECT_EQ(select.text(4), QStringLiteral("多功能厅"));
    EXPECT_EQ(select.blob(5), blob);
    EXPECT_FALSE(select.isNull(6)) << "an empty QString is '' (NULL is explicit)";
    EXPECT_EQ(select.text(6), QString());
    EXPECT_FALSE(select.isNull(7)) << "an empty QByteArray is an empty blob";
    EXPECT_TRUE(select.isNull(8));
    EXPECT_EQ(select.optionalText(8), std::nullopt);
    EXPECT_EQ(select.optionalText(9), std::nullopt);
    EXPECT_EQ(select.optionalInt64(10), std::optional<std::int64_t>(7));
    EXPECT_EQ(select.optionalText(2), std::optional<QString>(chinese));
    EXPECT_EQ(select.text(11), QStringLiteral("text"));
    EXPECT_EQ(select.text(12), QStringLiteral("blob"));
    EXPECT_EQ(select.text(13), QStringLiteral("text"));
    EXPECT_EQ(select.text(14), QStringLiteral("blob"));
    EXPECT_EQ(select.int64(15), chinese.toUtf8().size()) << "text must be stored as UTF-8";
    ASSERT_TRUE(select.step());
    EXPECT_EQ(select.int64(0), std::numeric_limits<std::int64_t>::max());
    EXPECT_EQ(select.integer(1), 1);
    EXPECT_DOUBLE_EQ(select.real(2), 1e300);
    EXPECT_FALSE(select.step());
}

TEST_F(DatabaseTest, NamedParameters)
{
    Database db = Database::open(path);
    db.exec("CREATE TABLE booking(room TEXT, day INTEGER, seats INTEGER)");
    Statement insert = db.prepare("INSERT INTO booking VALUES (:room, @day, $seats)");
    EXPECT_EQ(insert.parameterIndex(":room"), 1);
    EXPECT_EQ(insert.parameterIndex("$seats"), 3);
    insert.bind(insert.parameterIndex("$seats"), 12)
        .bind(insert.parameterIndex(":room"), QStringLiteral("舞蹈室"))
        .bind(insert.parameterIndex("@day"), 20260301)
        .run();
    Statement select = db.prepare("SELECT room, day, seats FROM booking");
    ASSERT_TRUE(select.step());
    EXPECT_EQ(select.text(0), QStringLiteral("舞蹈室"));
    EXPECT_EQ(select.integer(1), 20260301);
    EXPECT_EQ(select.integer(2), 12);
    expectStorageError([&] { insert.parameterIndex(":nope"); }, ErrorKind::Misuse);
}

TEST_F(DatabaseTest, UniqueViolationIsConstraintAndStatementStaysUsable)
{
    Database db = Database::open(path);
    db.exec("CREATE TABLE resident(card TEXT UNIQUE NOT NULL)");
    Statement insert = db.prepare("INSERT INTO resident VALUES (?)");
    insert.bind(1, "A-1").run();
    try {
        insert.bind(1, "A-1").run();
        FAIL() << "duplicate accepted";
    } catch (const StorageError &e) {
        EXPECT_EQ(e.kind(), ErrorKind::Constraint) << e.what();
        EXPECT_EQ(e.sqliteCode(), SQLITE_CONSTRAINT_UNIQUE);
        const std::string message = e.what();
        EXPECT_NE(message.find("UNIQUE constraint failed: resident.card"), std::string::npos) << message;
        EXPECT_NE(message.find(path.toStdString()), std::string::npos) << message;
        EXPECT_NE(message.find("INSERT INTO resident"), std::string::npos) << message;
    }
    EXPECT_EQ(insert.bind(1, "A-2").run(), 1);
    EXPECT_EQ(queryInt(db, "SELECT count(*) FROM resident"), 2);
}

TEST_F(DatabaseTest, ProgrammingErrorsAreMisuse)
{
    Database db = Database::open(path);
    db.exec("CREATE TABLE t(x)");
    expectStorageError([&] { db.prepare("SELEC x FROM t"); }, ErrorKind::Misuse);
    expectStorageError([&] { db.prepare("SELECT nope FROM t"); }, ErrorKind::Misuse);
    expectStorageError([&] { db.prepare("SELECT 1; DELETE FROM t"); }, ErrorKind::Misuse);
    expectStorageError([&] { db.prepare("  -- nothing "); }, ErrorKind::Misuse);
    Statement insert = db.prepare("INSERT INTO t VALUES (?)");
    expectStorageError([&] { insert.bind(2, 1); }, ErrorKind::Misuse);
    Statement select = db.prepare("SELECT x FROM t");
    expectStorageError([&] { select.int64(0); }, ErrorKind::Misuse); // no row yet
    db.exec("INSERT INTO t VALUES (1)");
    ASSERT_TRUE(select.step());
    expectStorageError([&] { select.text(1); }, ErrorKind::Misuse);
    EXPECT_EQ(db.prepare("SELECT 1; -- trailing comment is fine").columnCount(), 1);
}

TEST_F(DatabaseTest, ExecRunsSeveralStatementsAndRunCountsChanges)
{
    Database db = Database::open(path);
    db.exec("CREATE TABLE t(x INTEGER PRIMARY KEY, y); INSERT INTO t(y) VALUES (1), (2), (3);\n-- done\n");
    EXPECT_EQ(db.lastInsertRowId(), 3);
    EXPECT_EQ(db.changes(), 3);
    Statement update = db.prepare("UPDATE t SET y = y + ? WHERE x >= ?");
    EXPECT_EQ(update.bind(1, 10).bind(2, 2).run(), 2);
    EXPECT_EQ(update.bind(2, 3).run(), 1) << "run() leaves the statement ready to run again";
    EXPECT_EQ(queryInt(db, "SELECT sum(y) FROM t"), 1 + 12 + 23);
    Statement select = db.prepare("SELECT y FROM t WHERE x = ?");
    ASSERT_TRUE(select.bind(1, 1).step());
    select.reset();
    ASSERT_TRUE(select.bind(1, 2).step());
    EXPECT_EQ(select.integer(0), 12);
}

TEST_F(DatabaseTest, MoveSemantics)
{
    Database first = Database::open(path);
    first.exec("CREATE TABLE t(x)");
    Database second(std::move(first));
    EXPECT_EQ(first.handle(), nullptr);
    expectStorageError([&] { first.exec("SELECT 1"); }, ErrorKind::Misuse);
    EXPECT_EQ(second.path(), path);
    second.exec("INSERT INTO t VALUES (1)");

    Database third = Database::openInMemory();
    third = std::move(second); // closes the in-memory database
    EXPECT_EQ(second.handle(), nullptr);
    EXPECT_EQ(queryInt(third, "SELECT count(*) FROM t"), 1);

    Statement a = third.prepare("SELECT x FROM t");
    Statement b(std::move(a));
    expectStorageError([&] { a.step(); }, ErrorKind::Misuse);
    Statement c = third.prepare("SELECT 2");
    c = std::move(b);
    ASSERT_TRUE(c.step());
    EXPECT_EQ(c.integer(0), 1);
}

TEST_F(DatabaseTest, StatementMayOutliveItsDatabase)
{
    std::optional<Statement> statement;
    {
        Database db = Database::open(path);
        statement.emplace(db.prepare("SELECT 1"));
    }
    statement.reset(); // finalizes against a closed connection: must not crash (ASan checks)
    Database db = Database::open(path);
    EXPECT_EQ(queryInt(db, "SELECT 1"), 1);
}

TEST(DatabaseInMemoryTest, OpensWithForeignKeys)
{
    Database db = Database::openInMemory();
    EXPECT_EQ(queryInt(db, "PRAGMA foreign_keys"), 1);
    db.exec("CREATE TABLE t(x)");
    db.prepare("INSERT INTO t VALUES (?)").bind(1, 5).run();
    EXPECT_EQ(db.lastInsertRowId(), 1);
}

// A statement stepped and left so holds the connection's snapshot: another connection's commit
// (the sync applies on its own) stays unseen until it is reset, and busyStatements() names it.
TEST_F(DatabaseTest, AStatementLeftSteppedHidesOtherConnectionsCommitsAndIsNamed)
{
    Database reader = Database::open(path);
    reader.exec("CREATE TABLE t(x INTEGER); INSERT INTO t VALUES (1), (2)");
    Database writer = Database::open(path);
    EXPECT_TRUE(reader.busyStatements().isEmpty());
    Statement held = reader.prepare("SELECT x FROM t");
    ASSERT_TRUE(held.step());
    writer.exec("INSERT INTO t VALUES (3)");
    EXPECT_EQ(queryInt(reader, "SELECT count(*) FROM t"), 2) << "the snapshot from before the commit";
    ASSERT_EQ(reader.busyStatements(), QStringList{ QStringLiteral("SELECT x FROM t") });
    held.reset();
    EXPECT_TRUE(reader.busyStatements().isEmpty());
    EXPECT_EQ(queryInt(reader, "SELECT count(*) FROM t"), 3);
}
