// The staff status screen's facts from what the kiosk recorded: the sync engine's last success
// and failure (sync_state), the nightly integrity check and a start-up restore
// (care/status.json), and the scene graph start-up chose.
#include "care/care_status.h"
#include "maintenance/kiosk_status.h"
#include "sync/sync_state.h"
#include "unit/booking/booking_fixture.h"

using linli::booking::test::BookingFixture;
using linli::maintenance::readKioskStatus;

namespace {

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

class KioskStatusTest : public BookingFixture { };

} // namespace

TEST_F(KioskStatusTest, AFreshKioskHasNeverSyncedCheckedOrRestored)
{
    const auto s = readKioskStatus(&*db, dir.path());
    EXPECT_EQ(s.lastSyncUtc, 0);
    EXPECT_EQ(s.lastSyncFailureUtc, 0);
    EXPECT_EQ(s.integrityCheckedUtc, 0);
    EXPECT_FALSE(s.integrityOk);
    EXPECT_EQ(s.restoredUtc, 0);
    EXPECT_TRUE(s.restoreNote.isEmpty());
    EXPECT_TRUE(s.databaseOk);
    EXPECT_GE(s.outboxWaiting, 0);
}

TEST_F(KioskStatusTest, ReadsTheLastSyncTheNightlyCheckAndTheRestore)
{
    linli::sync::recordSuccess(*db, utc("2026-11-22T01:30:00Z").toSecsSinceEpoch());
    linli::sync::recordFailure(
        *db, utc("2026-11-22T01:55:00Z").toSecsSinceEpoch(), QStringLiteral("connection refused"));
    linli::care::CareStatus care(dir.path());
    care.record(QStringLiteral("integrity"), QStringLiteral("ok"), utc("2026-11-21T19:00:05Z"));
    care.record(QStringLiteral("nightly_failures"), QString(), utc("2026-11-21T19:00:09Z"));
    care.record(QStringLiteral("restore"), QStringLiteral("The database was damaged and has been restored"),
        utc("2026-11-22T01:00:00Z"));
    care.record(QStringLiteral("scene_graph"), QStringLiteral("software scene graph (configured)"),
        utc("2026-11-22T01:00:01Z"));

    const auto s = readKioskStatus(&*db, dir.path());
    EXPECT_EQ(s.lastSyncUtc, utc("2026-11-22T01:30:00Z").toSecsSinceEpoch());
    EXPECT_EQ(s.lastSyncFailureUtc, utc("2026-11-22T01:55:00Z").toSecsSinceEpoch());
    EXPECT_EQ(s.lastSyncError, QStringLiteral("connection refused"));
    EXPECT_EQ(s.integrityCheckedUtc, utc("2026-11-21T19:00:05Z").toSecsSinceEpoch());
    EXPECT_TRUE(s.integrityOk);
    EXPECT_TRUE(s.nightlyFailures.isEmpty());
    EXPECT_EQ(s.restoredUtc, utc("2026-11-22T01:00:00Z").toSecsSinceEpoch());
    EXPECT_EQ(s.restoreNote, QStringLiteral("The database was damaged and has been restored"));
    EXPECT_EQ(s.sceneGraph, QStringLiteral("software scene graph (configured)"));
}

TEST_F(KioskStatusTest, AFailedIntegrityCheckIsNotOkAndSaysWhatIsWrong)
{
    linli::care::CareStatus(dir.path())
        .record(QStringLiteral("integrity"), QStringLiteral("row 7 missing from index booking_room"),
            utc("2026-11-21T19:00:05Z"));
    const auto s = readKioskStatus(&*db, dir.path());
    EXPECT_FALSE(s.integrityOk);
    EXPECT_EQ(s.integrityProblems, QStringLiteral("row 7 missing from index booking_room"));
}
