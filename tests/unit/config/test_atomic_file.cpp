// A settings file is replaced whole or not at all: a full disk or an unwritable folder leaves
// the old one, and the writer is told which it was.
#include "config/atomic_file.h"
#include "support/temp_dir.h"

#include <csignal>
#include <gtest/gtest.h>
#include <QFile>
#include <QFileInfo>
#include <sys/resource.h>

using linli::config::writeFileAtomically;

namespace {

QByteArray contentsOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

TEST(AtomicFile, WritesTheWholeFileAndItsFolderWithThePermissionsAsked)
{
    linli::test::TempDir dir;
    const QString path = dir.file(QStringLiteral("settings/override.ini"));
    ASSERT_FALSE(writeFileAtomically(
        path, "[sync]\nenrol_code=K7Q\n", QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    EXPECT_EQ(contentsOf(path), QByteArray("[sync]\nenrol_code=K7Q\n"));
    EXPECT_EQ(QFileInfo(path).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
        QFileDevice::Permissions{});
}

TEST(AtomicFile, AShortWriteIsNoRoomAndTheOldFileStands)
{
    linli::test::TempDir dir;
    const QString path = dir.file(QStringLiteral("central-settings.ini"));
    ASSERT_FALSE(writeFileAtomically(path, "old\n"));
    // The file size limit stands in for a full disk: the write comes back short.
    rlimit saved{};
    ASSERT_EQ(getrlimit(RLIMIT_FSIZE, &saved), 0);
    rlimit small = saved;
    small.rlim_cur = 1024;
    ASSERT_EQ(setrlimit(RLIMIT_FSIZE, &small), 0);
    signal(SIGXFSZ, SIG_IGN);
    const auto failed = writeFileAtomically(path, QByteArray(64 * 1024, 'x'));
    setrlimit(RLIMIT_FSIZE, &saved);
    ASSERT_TRUE(failed.has_value());
    EXPECT_TRUE(failed->noRoom);
    EXPECT_EQ(contentsOf(path), QByteArray("old\n"));
}

TEST(AtomicFile, AnUnwritableFolderIsNamedAndNothingChanges)
{
    linli::test::TempDir dir;
    const QString blocker = dir.file(QStringLiteral("not-a-folder"));
    ASSERT_FALSE(writeFileAtomically(blocker, "a file where a folder should be\n"));
    const auto failed = writeFileAtomically(blocker + QStringLiteral("/override.ini"), "x\n");
    ASSERT_TRUE(failed.has_value());
    EXPECT_FALSE(failed->noRoom);
    EXPECT_FALSE(failed->detail.isEmpty());
    EXPECT_EQ(contentsOf(blocker), QByteArray("a file where a folder should be\n"));
}
