#include "store/sqlite_central_store.h"

#include <gtest/gtest.h>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QThread>

using namespace linli::central;

// A server's commits leave checkpointing to the background thread: the database file takes in
// what the WAL holds within seconds, with no further commit (SQLite's own checkpoint would wait
// for a commit that takes the WAL past 1,000 pages; these make about 300).
TEST(CentralWalCheckpointer, TheWalReachesTheDatabaseFileWithoutARequestDoingIt)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("central.db"));
    SqliteCentralStore store(path);
    store.maintainInBackground();
    const qint64 before = QFileInfo(path).size();
    store.begin(Durability::Durable);
    for (int i = 0; i < 300; ++i)
        store.putRecord(QStringLiteral("hall-a"),
            { QStringLiteral("notices"), QStringLiteral("n-%1").arg(i), QByteArray(3000, 'x') }, false);
    store.commit();
    QElapsedTimer waited;
    waited.start();
    while (QFileInfo(path).size() <= before + 300 * 3000 && waited.elapsed() < 5000)
        QThread::msleep(50);
    EXPECT_GT(QFileInfo(path).size(), before + 300 * 3000)
        << "checkpointed after " << waited.elapsed() << " ms";
    EXPECT_EQ(store.changesAfter(QStringLiteral("hall-a"), 0, 1000).size(), 300u);
}
