// The Settings screen's rules: an administrator's settings are validated (a bad value refused
// with a reason, nothing written, nothing audited), written as the override that wins over
// /etc, atomically (a failed write leaves the old file), and audited with what changed.
#include "config/kiosk_config.h"
#include "maintenance/audit.h"
#include "maintenance/settings_editor.h"
#include "unit/booking/booking_fixture.h"

#include <csignal>
#include <functional>
#include <QFile>
#include <sys/resource.h>

using namespace linli::maintenance;
using linli::booking::test::BookingFixture;

namespace {
const StaffMember kAdmin{ QStringLiteral("staff-admin"), QStringLiteral("陈主任"), StaffRole::Administrator };
const StaffMember kOperator{ QStringLiteral("staff-op"), QStringLiteral("王值班"), StaffRole::Operator };

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

class SettingsTest : public BookingFixture {
protected:
    void SetUp() override
    {
        base = dir.file(QStringLiteral("kiosk.ini"));
        over = linli::config::overrideFileIn(dir.path());
        QFile file(base);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("[kiosk]\nidle_timeout_secs=120\n[attract]\nvolume=40\n");
    }
    SettingsEditor editor() { return SettingsEditor(*db, clock, base, over); }
    QString base, over;
};

TEST_F(SettingsTest, AnAdministratorsChangeWinsOverEtcAndIsAuditedWithWhatChanged)
{
    KioskSettings wanted = editor().current();
    EXPECT_EQ(wanted.idleTimeoutSecs, 120); // from the /etc file
    EXPECT_EQ(wanted.volume, 40);
    wanted.idleTimeoutSecs = 200;
    wanted.language = QStringLiteral("en");
    const QByteArray etc = readAll(base);

    const linli::Outcome done = editor().save(kAdmin, wanted);
    ASSERT_TRUE(done.ok) << done.reason.en.toStdString();
    EXPECT_EQ(readAll(base), etc) << "/etc is never written";
    const auto config = linli::config::loadKioskConfig(base, over);
    EXPECT_TRUE(config.problems.empty())
        << config.describe(linli::Language::English).join(u' ').toStdString();
    EXPECT_EQ(config.config.idleTimeoutSecs, 200);
    EXPECT_EQ(config.config.startLanguage, linli::Language::English);
    EXPECT_EQ(editor().current(), wanted);
    // Only the changed values are in the override, so a later /etc change still reaches the rest.
    const QString text = QString::fromUtf8(readAll(over));
    EXPECT_TRUE(text.contains(QStringLiteral("idle_timeout_secs=200")));
    EXPECT_FALSE(text.contains(QStringLiteral("volume")));

    const auto audit = recentAudit(*db);
    ASSERT_EQ(audit.size(), 1u);
    EXPECT_EQ(audit[0].staffId, kAdmin.id);
    EXPECT_EQ(audit[0].action, QStringLiteral("kiosk.settings"));
    EXPECT_EQ(audit[0].atUtc, clock.nowSecs());
    EXPECT_EQ(audit[0].before[u"idle_timeout_secs"].toInt(), 120);
    EXPECT_EQ(audit[0].after[u"idle_timeout_secs"].toInt(), 200);
    EXPECT_EQ(audit[0].after[u"language"].toString(), QStringLiteral("en"));
    EXPECT_FALSE(audit[0].after.contains(u"volume"));
    EXPECT_EQ(count("SELECT count(*) FROM outbox WHERE kind = 'staff.audit'"), 1);

    // Saving the same again changes nothing and records nothing.
    ASSERT_TRUE(editor().save(kAdmin, wanted).ok);
    EXPECT_EQ(recentAudit(*db).size(), 1u);
}

TEST_F(SettingsTest, BadValuesAreRefusedWithAReasonAndChangeNothing)
{
    ASSERT_TRUE(editor()
                    .save(kAdmin,
                        [&] {
                            KioskSettings s = editor().current();
                            s.volume = 70;
                            return s;
                        }())
                    .ok);
    const QByteArray saved = readAll(over);
    const std::vector<std::pair<const char *, std::function<void(KioskSettings &)>>> bad = {
        { "volume 101", [](KioskSettings &s) { s.volume = 101; } },
        { "idle 20 s", [](KioskSettings &s) { s.idleTimeoutSecs = 20; } },
        { "sync every 10 s", [](KioskSettings &s) { s.syncIntervalSecs = 10; } },
        { "quiet hours", [](KioskSettings &s) { s.quietFrom = QTime(); } },
        { "language fr", [](KioskSettings &s) { s.language = QStringLiteral("fr"); } },
        { "role", [](KioskSettings &s) { s.role = QStringLiteral("door"); } },
        { "check-in without a place", [](KioskSettings &s) { s.role = QStringLiteral("checkin"); } },
        { "playlist out of the folder",
            [](KioskSettings &s) { s.playlist = QStringLiteral("../etc/x.json"); } },
        { "playlist not json", [](KioskSettings &s) { s.playlist = QStringLiteral("attract.txt"); } },
        { "ftp server", [](KioskSettings &s) { s.serverUrl = QStringLiteral("ftp://central.example"); } },
        { "plain http away", [](KioskSettings &s) { s.serverUrl = QStringLiteral("http://10.1.2.3:8765"); } },
        { "https without a CA",
            [](KioskSettings &s) { s.serverUrl = QStringLiteral("https://central.example"); } },
        { "comma in the address",
            [](KioskSettings &s) { s.serverUrl = QStringLiteral("http://127.0.0.1/a,b"); } },
        { "code without a server", [](KioskSettings &s) { s.enrolCode = QStringLiteral("ABCDEFGHJKLM"); } },
        { "code of the wrong form",
            [](KioskSettings &s) {
                s.serverUrl = QStringLiteral("http://127.0.0.1:8765");
                s.enrolCode = QStringLiteral("ABC0");
            } },
    };
    for (const auto &[what, spoil] : bad) {
        KioskSettings s = editor().current();
        spoil(s);
        const linli::Outcome refused = editor().save(kAdmin, s);
        EXPECT_FALSE(refused.ok) << what;
        EXPECT_FALSE(refused.reason.zh.isEmpty()) << what;
        EXPECT_FALSE(refused.reason.en.isEmpty()) << what;
        EXPECT_EQ(readAll(over), saved) << what;
    }
    EXPECT_EQ(recentAudit(*db).size(), 1u);

    KioskSettings door = editor().current();
    door.role = QStringLiteral("checkin");
    door.checkInPlace = QStringLiteral("room-dance");
    door.serverUrl = QStringLiteral("http://127.0.0.1:8765");
    door.enrolCode = QStringLiteral("ABCDEFGHJKLM");
    ASSERT_TRUE(editor().save(kAdmin, door).ok);
    const auto config = linli::config::loadKioskConfig(base, over);
    EXPECT_TRUE(config.canStart());
    EXPECT_EQ(config.config.role, linli::config::KioskRole::CheckIn);
    EXPECT_EQ(config.config.enrolCode, QStringLiteral("ABCDEFGHJKLM"));
    EXPECT_FALSE(recentAudit(*db)[0].after[u"enrol_code"].toString().contains(u"ABCD")) << "a secret";
}

TEST_F(SettingsTest, OnlyAnAdministratorMayChangeSettings)
{
    KioskSettings s = editor().current();
    s.volume = 10;
    const linli::Outcome refused = editor().save(kOperator, s);
    EXPECT_FALSE(refused.ok);
    EXPECT_FALSE(QFile::exists(over));
    EXPECT_TRUE(recentAudit(*db).empty());
}

TEST_F(SettingsTest, AFailedWriteLeavesTheOldFileAndNoAuditRow)
{
    const QByteArray old = "; old\n[attract]\nvolume=5\n";
    ASSERT_FALSE(writeOverrideFile(over, old));
    // The file may grow by no more than 8 bytes: the new text cannot be written whole.
    std::signal(SIGXFSZ, SIG_IGN);
    rlimit saved{};
    getrlimit(RLIMIT_FSIZE, &saved);
    rlimit tiny = saved;
    tiny.rlim_cur = 8;
    setrlimit(RLIMIT_FSIZE, &tiny);
    const auto failed = writeOverrideFile(over, QByteArray(4096, 'x'));
    setrlimit(RLIMIT_FSIZE, &saved);
    ASSERT_TRUE(failed.has_value());
    EXPECT_FALSE(failed->zh.isEmpty());
    EXPECT_EQ(readAll(over), old);

    // The editor: a state directory that cannot be made (its parent is a file) refuses, unaudited.
    QFile blocker(dir.file(QStringLiteral("blocker")));
    ASSERT_TRUE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    SettingsEditor blocked(*db, clock, base, dir.file(QStringLiteral("blocker/kiosk-settings.ini")));
    KioskSettings s = blocked.current();
    s.volume = 90;
    EXPECT_FALSE(blocked.save(kAdmin, s).ok);
    EXPECT_TRUE(recentAudit(*db).empty());
    EXPECT_EQ(count("SELECT count(*) FROM outbox WHERE kind = 'staff.audit'"), 0);
}

TEST_F(SettingsTest, TheOverrideNeverMovesTheDataDirectory)
{
    ASSERT_FALSE(
        writeOverrideFile(over, "[storage]\ndata_dir=/tmp/elsewhere\n[kiosk]\nidle_timeout_secs=300\n"));
    const auto config = linli::config::loadKioskConfig(base, over);
    EXPECT_TRUE(config.config.dataDir.isEmpty());
    EXPECT_EQ(config.config.idleTimeoutSecs, 300);
    ASSERT_EQ(config.problems.size(), 1u);
    EXPECT_EQ(config.problems[0].key, QStringLiteral("storage/data_dir"));
}
