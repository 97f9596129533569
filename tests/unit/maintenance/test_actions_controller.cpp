// The actions screen's controller (app/maintenance): only operators and administrators may run
// its actions, and each one they run leaves an audit row; sync now without a server says so;
// the diagnostics go to the kiosk's export folder; restart exits for systemd to start again.
#include "actions_controller.h"
#include "language_controller.h"
#include "maintenance/audit.h"
#include "maintenance_backend.h"
#include "unit/booking/booking_fixture.h"

#include <QSignalSpy>
#include <QTest>

using linli::booking::test::BookingFixture;

namespace {

class ActionsControllerTest : public BookingFixture {
protected:
    ActionsControllerTest()
    {
        language.select(QStringLiteral("en"));
        KioskContext context;
        context.db = &*db;
        context.clock = &clock;
        context.zone = zone;
        context.language = &language;
        context.dataDir = dir.path();
        backend = std::make_unique<MaintenanceBackend>(context);
        actions.setMaintenance(backend.get());
        actions.setQuit([this](int code) { quitCodes << code; });
    }
    bool signIn(const QString &pin)
    {
        QSignalSpy answered(backend.get(), &MaintenanceBackend::changed);
        backend->signIn(pin);
        while (backend->busy())
            if (!answered.wait(5000))
                return false;
        return backend->signedIn();
    }
    QStringList auditActions()
    {
        QStringList out;
        for (const auto &entry : linli::maintenance::recentAudit(*db))
            out << entry.staffId + u' ' + entry.action;
        return out;
    }
    LanguageController language;
    std::unique_ptr<MaintenanceBackend> backend;
    ActionsController actions;
    QList<int> quitCodes;
};

} // namespace

TEST_F(ActionsControllerTest, CanteenStaffRunNoActions)
{
    ASSERT_TRUE(signIn(QStringLiteral("135790")));
    EXPECT_FALSE(actions.allowed());
    actions.syncNow();
    actions.exportTo(actions.places()->rowCount() - 1);
    actions.restart();
    QTest::qWait(700);
    EXPECT_TRUE(actions.syncMessage().isEmpty());
    EXPECT_FALSE(actions.exporting());
    EXPECT_TRUE(quitCodes.isEmpty());
    EXPECT_TRUE(auditActions().isEmpty());
    EXPECT_FALSE(QDir(dir.file(QStringLiteral("exports"))).exists());
}

TEST_F(ActionsControllerTest, SyncNowWithoutAServerSaysSoAndIsAudited)
{
    ASSERT_TRUE(signIn(QStringLiteral("246810")));
    EXPECT_TRUE(actions.allowed());
    actions.syncNow();
    EXPECT_EQ(
        actions.syncMessage(), QStringLiteral("No central server is set up, so there is nothing to sync."));
    EXPECT_EQ(auditActions(), QStringList{ QStringLiteral("staff-op maintenance.sync_now") });
}

TEST_F(ActionsControllerTest, DiagnosticsGoToTheKiosksExportFolder)
{
    ASSERT_TRUE(signIn(QStringLiteral("246810")));
    const int last = actions.places()->rowCount() - 1;
    ASSERT_GE(last, 0);
    EXPECT_EQ(actions.places()->at<ExportPlace>(last).title, QStringLiteral("The kiosk's export folder"));
    QSignalSpy changed(&actions, &ActionsController::changed);
    actions.exportTo(last);
    EXPECT_TRUE(actions.exporting());
    while (actions.exporting())
        ASSERT_TRUE(changed.wait(10000));
    EXPECT_TRUE(actions.exportOk()) << actions.exportMessage().toStdString();
    EXPECT_TRUE(
        actions.exportMessage().startsWith(u"Saved to The kiosk's export folder: linli-diagnostics-"));
    const QStringList bundles
        = QDir(dir.file(QStringLiteral("exports"))).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    ASSERT_EQ(bundles.size(), 1);
    EXPECT_TRUE(QFile::exists(
        dir.file(QStringLiteral("exports/") + bundles.first() + QStringLiteral("/status.txt"))));
    EXPECT_EQ(auditActions(), QStringList{ QStringLiteral("staff-op maintenance.export_diagnostics") });
}

TEST_F(ActionsControllerTest, RestartExitsForSystemdToStartTheKioskAgain)
{
    ASSERT_TRUE(signIn(QStringLiteral("900900")));
    actions.restart();
    QTRY_COMPARE_WITH_TIMEOUT(quitCodes, QList<int>{ ActionsController::kRestartExitCode }, 2000);
    EXPECT_EQ(auditActions(), QStringList{ QStringLiteral("staff-admin maintenance.restart") });
}
