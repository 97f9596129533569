// The failures that put a kiosk out of service: each must surface as the right ErrorKind with
// a message that names the problem, never as a crash.
#include "storage/database.h"
#include "storage/transaction.h"
#include "storage_test_util.h"
#include "support/temp_dir.h"

#include <gtest/gtest.h>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <sqlite3.h>
#include <unistd.h>

using namespace linli::storage;
using linli::storage::test::expectStorageError;
using linli::storage::test::queryInt;

namespace {

QStringList *capturedWarnings = nullptr;

void captureStorageWarnings(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg && qstrcmp(context.category, "linli.storage") == 0)
        capturedWarnings->append(message);
}

class OutOfServiceTest : public ::testing::Test {
protected:
    void writeFile(const QByteArray &bytes)
    {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        ASSERT_EQ(file.write(bytes), bytes.size());
    }
    bool mentions(const std::string &message, const char *what)
    {
        return message.find(what) != std::string::npos;
    }

    linli::test::TempDir dir;
    QString path = dir.file(QStringLiteral("kiosk.db"));
};

} // namespace

TEST(ErrorKindTest, SqliteCodesMapToKinds)
{
    EXPECT_EQ(kindFromSqliteCode(SQLITE_FULL), ErrorKind::DiskFull);
    EXPECT_EQ(kindFromSqliteCode(SQLITE_CORRUPT), ErrorKind::Corrupt);
    EXPECT_EQ(kindFromSqliteCode(SQLITE_CORRUPT_INDEX), ErrorKind::Corrupt);
    EXPECT_EQ(kindFromSqliteCode(SQLITE_NOTADB), ErrorKind::Corrupt);
    EXPECT_EQ(kindFromSqliteCode(SQLITE_BUSY), ErrorKind::Locked);
    EXPECT_EQ(kindFromSqliteCode(SQLITE_BUSY_SNAPSHOT), ErrorKind::Locked);
    EXPECT_EQ(kindFromSqliteCode(SQLITE_LOCKED_SHAREDCACHE), ErrorKind::Locked);
    EXPECT_EQ(kindFromSqliteCode(SQLITE_READONLY), ErrorKind::ReadOnly);
    EXPECT_EQ(kindFromSqliteCode(SQLITE_READONLY_DIRECTORY), ErrorKind::ReadOnly);
    EXPECT_EQ(kindFromSqliteCode(SQLITE_CONSTRAINT_UNIQUE), ErrorKind::Constraint);
    EXPECT_EQ(kindFromSqliteCode(SQLITE_CONSTRAINT_FOREIGNKEY), ErrorKind::Constraint);
    EXPECT_EQ(kindFromSqliteCode(SQLITE_CANTOPEN), ErrorKind::CannotOpen);
    EXPECT_EQ(kindFromSqliteCode(SQLITE_ERROR), ErrorKind::Misuse);
    EXPECT_EQ(kindFromSqliteCode(SQLITE_RANGE), ErrorKind::Misuse);
    EXPECT_EQ(kindFromSqliteCode(SQLITE_IOERR_FSYNC), ErrorKind::Other);
    EXPECT_STREQ(errorKindName(ErrorKind::DiskFull), "DiskFull");
    EXPECT_STREQ(errorKindName(ErrorKind::Corrupt), "Corrupt");
}

TEST_F(OutOfServiceTest, DamagedPagesAreCorrupt)
{
    {
        Database db = Database::open(path);
        db.exec("CREATE TABLE visit(id INTEGER PRIMARY KEY, note TEXT NOT NULL);"
                "CREATE INDEX visit_note ON visit(note);");
        Statement insert = db.prepare("INSERT INTO visit(note) VALUES (?)");
        for (int i = 0; i < 600; ++i)
            insert.bind(1, QStringLiteral("来访记录 %1 ").arg(i).repeated(8)).run();
    }
    ASSERT_FALSE(QFile::exists(path + QStringLiteral("-wal"))) << "closing must checkpoint into the file";
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadWrite));
    const qint64 size = file.size();
    ASSERT_GT(size, 16 * 4096) << "need pages well past the header";
    ASSERT_TRUE(file.seek(size / 2 - 4096));
    ASSERT_EQ(file.write(QByteArray(3 * 4096, '\x5a')), 3 * 4096);
    file.close();

    const std::string message = expectStorageError(
        [&] {
            Database db = Database::open(path);
            db.quickCheck();
        },
        ErrorKind::Corrupt);
    EXPECT_NE(message.find(path.toStdString()), std::string::npos) << message;
    EXPECT_TRUE(mentions(message, "quick_check") || mentions(message, "malformed")) << message;
    EXPECT_EQ(message.find('\n'), std::string::npos) << "one problem, one log line: " << message;
}

TEST_F(OutOfServiceTest, GarbageFileIsCorrupt)
{
    QByteArray garbage(8192, Qt::Uninitialized);
    QRandomGenerator random(20260301);
    for (char &byte : garbage)
        byte = static_cast<char>(random.bounded(256));
    writeFile(garbage);
    const std::string message = expectStorageError([&] { Database::open(path); }, ErrorKind::Corrupt);
    EXPECT_TRUE(mentions(message, "file is not a database")) << message;
    EXPECT_NE(message.find(path.toStdString()), std::string::npos) << message;
}

TEST_F(OutOfServiceTest, ShortTextFileIsCorrupt)
{
    writeFile("this is a kiosk log, not a database\n");
    const std::string message = expectStorageError([&] { Database::open(path); }, ErrorKind::Corrupt);
    EXPECT_TRUE(mentions(message, "file is not a database")) << message;
}

TEST_F(OutOfServiceTest, ZeroLengthFileIsAValidEmptyDatabase)
{
    writeFile(QByteArray());
    Database db = Database::open(path);
    db.quickCheck();
    db.exec("CREATE TABLE t(x); INSERT INTO t VALUES (1)");
    EXPECT_EQ(queryInt(db, "SELECT count(*) FROM t"), 1);
}

TEST_F(OutOfServiceTest, DatabaseLockedByAnotherConnectionFailsOpenAfterTheBusyTimeout)
{
    Database holder = Database::open(path);
    // In WAL mode readers are never blocked, so hold the file the old way: a rollback
    // journal and an EXCLUSIVE lock keep every other connection out, even from reading.
    holder.exec("PRAGMA journal_mode=DELETE; CREATE TABLE t(x); BEGIN EXCLUSIVE; INSERT INTO t VALUES (1);");
    QElapsedTimer timer;
    timer.start();
    const std::string message
        = expectStorageError([&] { Database::open(path, { .busyTimeoutMs = 100 }); }, ErrorKind::Locked);
    EXPECT_GE(timer.elapsed(), 90) << "the busy timeout must be waited out";
    EXPECT_LT(timer.elapsed(), 4000) << "a locked database must not hang the kiosk";
    EXPECT_TRUE(mentions(message, "database is locked")) << message;
    EXPECT_NE(message.find(path.toStdString()), std::string::npos) << message;
}

TEST_F(OutOfServiceTest, WriteToAWalDatabaseHeldExclusivelyIsLocked)
{
    Database holder = Database::open(path);
    holder.exec("CREATE TABLE t(x); BEGIN EXCLUSIVE; INSERT INTO t VALUES (1);");
    Database victim = Database::open(path, { .busyTimeoutMs = 100 });
    EXPECT_EQ(queryInt(victim, "SELECT count(*) FROM t"), 0) << "WAL readers go on";
    QElapsedTimer timer;
    timer.start();
    const std::string message
        = expectStorageError([&] { victim.exec("INSERT INTO t VALUES (2)"); }, ErrorKind::Locked);
    EXPECT_GE(timer.elapsed(), 90);
    EXPECT_TRUE(mentions(message, "database is locked")) << message;
    holder.exec("COMMIT");
    victim.exec("INSERT INTO t VALUES (2)");
    EXPECT_EQ(queryInt(victim, "SELECT count(*) FROM t"), 2);
}

// chmod does not stop root (the tests' usual user), so this uses a connection SQLite itself
// opened read-only: that refusal comes from SQLite, not from file permissions, and holds for root.
TEST_F(OutOfServiceTest, ReadOnlyConnectionRefusesWrites)
{
    Database::open(path).exec("CREATE TABLE t(x); INSERT INTO t VALUES (1)");
    Database db = Database::open(path, { .readOnly = true });
    EXPECT_EQ(queryInt(db, "SELECT count(*) FROM t"), 1);
    const std::string message
        = expectStorageError([&] { db.exec("INSERT INTO t VALUES (2)"); }, ErrorKind::ReadOnly);
    EXPECT_TRUE(mentions(message, "readonly")) << message;
    EXPECT_NE(message.find(path.toStdString()), std::string::npos) << message;
}

TEST_F(OutOfServiceTest, UnwritableDirectoryIsReadOnly)
{
    if (::geteuid() == 0)
        GTEST_SKIP() << "root writes through chmod 0555; ReadOnlyConnectionRefusesWrites covers root";
    const QString locked = dir.file(QStringLiteral("locked"));
    ASSERT_TRUE(QDir().mkdir(locked));
    const QString file = locked + QStringLiteral("/kiosk.db");
    Database::open(file).exec("CREATE TABLE t(x)");
    ASSERT_TRUE(QFile::setPermissions(locked, QFile::ReadOwner | QFile::ExeOwner));
    const std::string created = expectStorageError(
        [&] { Database::open(locked + QStringLiteral("/new.db")); }, ErrorKind::ReadOnly);
    const std::string existing = expectStorageError([&] { Database::open(file); }, ErrorKind::ReadOnly);
    QFile::setPermissions(locked, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    EXPECT_TRUE(mentions(created, "not writable")) << created;
    EXPECT_TRUE(mentions(existing, "not writable")) << existing;
}

TEST_F(OutOfServiceTest, MissingFileOrDirectoryCannotOpen)
{
    const std::string noDir = expectStorageError(
        [&] { Database::open(dir.file(QStringLiteral("gone/kiosk.db"))); }, ErrorKind::CannotOpen);
    EXPECT_TRUE(mentions(noDir, "does not exist")) << noDir;
    expectStorageError([&] { Database::open(path, { .createIfMissing = false }); }, ErrorKind::CannotOpen);
    expectStorageError([&] { Database::open(path, { .readOnly = true }); }, ErrorKind::CannotOpen);
    expectStorageError([&] { Database::open(dir.path()); }, ErrorKind::CannotOpen);
    EXPECT_FALSE(QFile::exists(path));
}

TEST_F(OutOfServiceTest, FullDiskIsDiskFullAndLeavesTheDatabaseUsable)
{
    Database db = Database::open(path);
    db.exec("CREATE TABLE photo(id INTEGER PRIMARY KEY, data BLOB NOT NULL)");
    const std::int64_t pages = queryInt(db, "PRAGMA page_count");
    // Caps this connection's file a few pages above its size: the same SQLITE_FULL a full disk gives.
    db.exec("PRAGMA max_page_count = " + std::to_string(pages + 4));
    {
        Transaction tx(db);
        db.prepare("INSERT INTO photo(data) VALUES (zeroblob(100))").run();
        const std::string message = expectStorageError(
            [&] { db.prepare("INSERT INTO photo(data) VALUES (randomblob(?))").bind(1, 200000).run(); },
            ErrorKind::DiskFull);
        EXPECT_TRUE(mentions(message, "database or disk is full")) << message;
        EXPECT_NE(message.find(path.toStdString()), std::string::npos) << message;
    } // the transaction rolls back, or finds SQLite already did
    EXPECT_EQ(queryInt(db, "SELECT count(*) FROM photo"), 0);
    db.prepare("INSERT INTO photo(data) VALUES (zeroblob(100))").run();
    EXPECT_EQ(queryInt(db, "SELECT count(*) FROM photo"), 1);
    db.quickCheck();
}

TEST_F(OutOfServiceTest, CommitAfterSqliteRolledBackOnDiskFullIsAnErrorNotASilentLoss)
{
    Database db = Database::open(path);
    db.exec("CREATE TABLE photo(id INTEGER PRIMARY KEY, data BLOB NOT NULL)");
    db.exec("PRAGMA max_page_count = " + std::to_string(queryInt(db, "PRAGMA page_count") + 4));
    Transaction tx(db);
    db.prepare("INSERT INTO photo(data) VALUES (zeroblob(100))").run();
    expectStorageError([&] { db.prepare("INSERT INTO photo(data) VALUES (randomblob(200000))").run(); },
        ErrorKind::DiskFull);
    // SQLite rolls the whole transaction back on SQLITE_FULL: committing now must say so,
    // since the first insert is gone too.
    const std::string message = expectStorageError([&] { tx.commit(); }, ErrorKind::Other);
    EXPECT_TRUE(mentions(message, "rolled the transaction back")) << message;
    EXPECT_FALSE(tx.isActive());
    EXPECT_EQ(queryInt(db, "SELECT count(*) FROM photo"), 0);
}

TEST_F(OutOfServiceTest, OpenFailureLogsOneWarningLine)
{
    writeFile("not a database either, just text long enough to have a header");
    QStringList warnings;
    capturedWarnings = &warnings;
    const QtMessageHandler previous = qInstallMessageHandler(captureStorageWarnings);
    expectStorageError([&] { Database::open(path); }, ErrorKind::Corrupt);
    qInstallMessageHandler(previous);
    capturedWarnings = nullptr;
    ASSERT_EQ(warnings.size(), 1) << warnings.join(QLatin1Char('|')).toStdString();
    EXPECT_TRUE(warnings.front().contains(path)) << warnings.front().toStdString();
    EXPECT_TRUE(warnings.front().contains(QLatin1String("Corrupt"))) << warnings.front().toStdString();
    EXPECT_FALSE(warnings.front().contains(QLatin1Char('\n'))) << warnings.front().toStdString();
}
