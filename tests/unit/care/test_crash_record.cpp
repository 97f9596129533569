// Crash counting across restarts, the crash-loop reason, and the crashes going out with sync.
#include "care/crash_loop.h"
#include "care/crash_record.h"
#include "care_fixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace linli::care;
using linli::care::test::count;

namespace {
class CrashRecordTest : public test::CareFixture { };
} // namespace

TEST_F(CrashRecordTest, OnlyAStartWithoutACleanExitCountsAsACrash)
{
    CrashRecord record(dataDir());
    EXPECT_FALSE(record.noteStart(clock.nowUtc()));
    record.noteCleanExit();
    clock.advanceSecs(60);
    EXPECT_FALSE(record.noteStart(clock.nowUtc()));
    clock.advanceSecs(60);
    EXPECT_TRUE(CrashRecord(dataDir()).noteStart(clock.nowUtc())); // no clean exit before
    EXPECT_EQ(record.crashesWithin(clock.nowUtc(), 600), 1);
}

TEST_F(CrashRecordTest, FiveCrashesInTenMinutesAreCountedAndOlderOnesAgeOut)
{
    CrashRecord record(dataDir());
    record.noteStart(clock.nowUtc());
    for (int i = 0; i < 5; ++i) {
        clock.advanceSecs(30);
        record.noteStart(clock.nowUtc());
    }
    EXPECT_EQ(record.crashesWithin(clock.nowUtc(), 600), 5);
    clock.advanceSecs(600 - 30 * 4); // ten minutes after the first crash: it has left the window
    EXPECT_EQ(record.crashesWithin(clock.nowUtc(), 600), 4);
}

TEST_F(CrashRecordTest, CrashesGoToTheOutboxOnceForTheNextSync)
{
    CrashRecord record(dataDir());
    record.noteStart(clock.nowUtc());
    clock.advanceSecs(10);
    record.noteStart(clock.nowUtc());
    clock.advanceSecs(10);
    record.noteStart(clock.nowUtc());

    EXPECT_EQ(reportCrashes(*db, record, clock.nowUtc()), 2);
    auto q = db->prepare("SELECT payload FROM outbox WHERE kind = 'kiosk.crashes'");
    ASSERT_TRUE(q.step());
    const QJsonObject payload = QJsonDocument::fromJson(q.text(0).toUtf8()).object();
    EXPECT_EQ(payload.value(QStringLiteral("count")).toInt(), 2);
    EXPECT_EQ(payload.value(QStringLiteral("at_utc")).toArray().first().toString(),
        QStringLiteral("2026-11-22T02:00:10Z"));
    EXPECT_EQ(reportCrashes(*db, record, clock.nowUtc()), 0);
    EXPECT_EQ(count(*db, "SELECT count(*) FROM outbox WHERE kind = 'kiosk.crashes'"), 1);
    // Reported crashes still count towards the crash loop.
    EXPECT_EQ(record.crashesWithin(clock.nowUtc(), 600), 2);
}

TEST(CrashLoopReason, NamesTheCountAndTheHallsPhoneInBothLanguages)
{
    const linli::LocalizedText reason = crashLoopReason(5, 600, QStringLiteral("0571-8888 6666"));
    EXPECT_TRUE(reason.zh.contains(QStringLiteral("10 分钟内意外重启了 5 次")));
    EXPECT_TRUE(reason.zh.contains(QStringLiteral("0571-8888 6666")));
    EXPECT_TRUE(reason.en.contains(QStringLiteral("5 times in 10 minutes")));
    EXPECT_TRUE(reason.en.contains(QStringLiteral("0571-8888 6666")));
    EXPECT_TRUE(crashLoopReason(5, 600, {}).en.contains(QStringLiteral("service desk")));
}
