#include "storage/database.h"
#include "storage/migrations.h"
#include "storage_test_util.h"
#include "support/temp_dir.h"

#include <gtest/gtest.h>

using namespace linli::storage;
using linli::storage::test::expectStorageError;
using linli::storage::test::queryInt;
using linli::storage::test::tableExists;

namespace {

class MigrationsTest : public ::testing::Test {
protected:
    linli::test::TempDir dir;
    QString path = dir.file(QStringLiteral("kiosk.db"));
    Database db = Database::open(path);
};

Migration migration(int version, const char *name, const char *sql)
{
    return { version, QString::fromUtf8(name), QString::fromUtf8(sql) };
}

std::vector<Migration> failingSecondOfThree()
{
    return { migration(1, "0001_a", "CREATE TABLE a(x);"),
        migration(2, "0002_broken", "CREATE TABLE b(x); INSERT INTO a VALUES (1); CREAT TABLE oops(x);"),
        migration(3, "0003_c", "CREATE TABLE c(x);") };
}

} // namespace

TEST(BundledMigrationsTest, AreSortedAndIncludeTheFoundation)
{
    const std::vector<Migration> migrations = bundledMigrations();
    ASSERT_FALSE(migrations.empty());
    EXPECT_EQ(migrations.front().version, 1);
    EXPECT_EQ(migrations.front().name, QStringLiteral("0001_foundation"));
    EXPECT_TRUE(migrations.front().sql.contains(QStringLiteral("CREATE TABLE hall")));
    for (std::size_t i = 1; i < migrations.size(); ++i) {
        EXPECT_LT(migrations[i - 1].version, migrations[i].version) << migrations[i].name.toStdString();
        EXPECT_TRUE(migrations[i].name.startsWith(
            QStringLiteral("%1_").arg(migrations[i].version, 4, 10, QLatin1Char('0'))))
            << migrations[i].name.toStdString();
    }
}

TEST_F(MigrationsTest, FreshDatabaseGetsEveryBundledMigration)
{
    const std::vector<Migration> migrations = bundledMigrations();
    EXPECT_EQ(schemaVersion(db), 0);
    EXPECT_EQ(migrate(db, migrations), static_cast<int>(migrations.size()));
    EXPECT_EQ(schemaVersion(db), migrations.back().version);
    for (const char *table :
        { "kiosk_meta", "hall", "facility", "room", "canteen", "service_guide", "notice", "event" })
        EXPECT_TRUE(tableExists(db, QString::fromLatin1(table))) << table;
    db.quickCheck();
    Database reopened = Database::open(path);
    EXPECT_EQ(schemaVersion(reopened), migrations.back().version);
}

TEST_F(MigrationsTest, FoundationSchemaKeepsItsRules)
{
    migrate(db, bundledMigrations());
    expectStorageError(
        [&] {
            db.exec("INSERT INTO room(id, kind, name_zh, name_en, floor) "
                    "VALUES ('r1', 'activity', '舞蹈室', 'Dance room', 99)");
        },
        ErrorKind::Constraint);
    expectStorageError(
        [&] {
            db.exec("INSERT INTO room(id, facility_id, kind, name_zh, name_en, floor) "
                    "VALUES ('r1', 'no-such-facility', 'activity', '舞蹈室', 'Dance room', 2)");
        },
        ErrorKind::Constraint);
    db.exec("INSERT INTO room(id, kind, name_zh, name_en, floor) VALUES ('r1', 'activity', '舞蹈室', 'Dance "
            "room', 2)");
    EXPECT_EQ(queryInt(db, "SELECT count(*) FROM room"), 1);
}

TEST_F(MigrationsTest, SecondRunAppliesNothing)
{
    const std::vector<Migration> migrations = bundledMigrations();
    ASSERT_GT(migrate(db, migrations), 0);
    EXPECT_EQ(migrate(db, migrations), 0);
    Database reopened = Database::open(path);
    EXPECT_EQ(migrate(reopened, migrations), 0);
    EXPECT_EQ(schemaVersion(reopened), migrations.back().version);
}

TEST_F(MigrationsTest, OnlyNewerMigrationsAreApplied)
{
    std::vector<Migration> migrations = { migration(1, "0001_a", "CREATE TABLE a(x);") };
    EXPECT_EQ(migrate(db, migrations), 1);
    migrations.push_back(migration(2, "0002_b", "CREATE TABLE b(x);"));
    migrations.push_back(migration(5, "0005_c", "CREATE TABLE c(x);"));
    EXPECT_EQ(migrate(db, migrations), 2);
    EXPECT_EQ(schemaVersion(db), 5);
    EXPECT_TRUE(tableExists(db, QStringLiteral("c")));
}

TEST_F(MigrationsTest, FailingMigrationLeavesThePreviousVersionAndNoPartialTables)
{
    std::vector<Migration> migrations = failingSecondOfThree();
    ASSERT_EQ(migrate(db, { migrations.front() }), 1);
    const std::string message = expectStorageError([&] { migrate(db, migrations); }, ErrorKind::Schema);
    EXPECT_NE(message.find("0002_broken"), std::string::npos) << message;
    EXPECT_NE(message.find("syntax error"), std::string::npos) << message;
    EXPECT_EQ(schemaVersion(db), 1);
    EXPECT_TRUE(tableExists(db, QStringLiteral("a")));
    EXPECT_FALSE(tableExists(db, QStringLiteral("b")));
    EXPECT_FALSE(tableExists(db, QStringLiteral("c")));
    EXPECT_EQ(queryInt(db, "SELECT count(*) FROM a"), 0);
    Database reopened = Database::open(path);
    EXPECT_EQ(schemaVersion(reopened), 1);
    EXPECT_FALSE(tableExists(reopened, QStringLiteral("b")));
}

TEST_F(MigrationsTest, FailingMigrationOnAFreshDatabaseAppliesNone)
{
    expectStorageError([&] { migrate(db, failingSecondOfThree()); }, ErrorKind::Schema);
    EXPECT_EQ(schemaVersion(db), 0);
    EXPECT_EQ(queryInt(db, "SELECT count(*) FROM sqlite_master"), 0);
}

TEST_F(MigrationsTest, DatabaseNewerThanTheBuildIsRefused)
{
    const std::vector<Migration> migrations = bundledMigrations();
    const int future = migrations.back().version + 1;
    db.exec("PRAGMA user_version = " + std::to_string(future));
    const std::string message = expectStorageError([&] { migrate(db, migrations); }, ErrorKind::Schema);
    const std::string expected = "database schema " + std::to_string(future) + " is newer than this build's "
        + std::to_string(migrations.back().version);
    EXPECT_NE(message.find(expected), std::string::npos) << message;
    EXPECT_EQ(schemaVersion(db), future);
    EXPECT_FALSE(tableExists(db, QStringLiteral("hall")));
}

TEST_F(MigrationsTest, VersionsMustStrictlyIncrease)
{
    const std::vector<Migration> unordered
        = { migration(2, "0002_b", "CREATE TABLE b(x);"), migration(1, "0001_a", "CREATE TABLE a(x);") };
    expectStorageError([&] { migrate(db, unordered); }, ErrorKind::Misuse);
    EXPECT_EQ(schemaVersion(db), 0);
    EXPECT_FALSE(tableExists(db, QStringLiteral("b")));
}
