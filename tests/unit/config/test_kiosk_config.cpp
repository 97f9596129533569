#include "config/kiosk_config.h"
#include "support/temp_dir.h"

#include <gtest/gtest.h>
#include <QDir>
#include <QFile>

using linli::Language;
using linli::config::loadKioskConfig;

namespace {

QString writeIni(const linli::test::TempDir &dir, const QByteArray &text)
{
    const QString path = dir.file(QStringLiteral("kiosk.ini"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(text) != text.size())
        throw std::runtime_error("cannot write ini");
    return path;
}

} // namespace

TEST(KioskConfig, MissingFileGivesDefaultsWithoutProblems)
{
    const auto result = loadKioskConfig(QStringLiteral("/nonexistent/linli.ini"));
    EXPECT_TRUE(result.canStart());
    EXPECT_TRUE(result.problems.empty());
    EXPECT_EQ(result.config.idleTimeoutSecs, 90);
    EXPECT_EQ(result.config.startLanguage, Language::Chinese);
}

TEST(KioskConfig, ReadsValidValues)
{
    linli::test::TempDir dir;
    const auto result = loadKioskConfig(writeIni(dir,
        "[kiosk]\nid=hall-7-kiosk-2\nlanguage=en\nidle_timeout_secs=120\n"
        "[display]\nelder_mode=true\nfullscreen=false\n"
        "[sync]\nserver_url=https://central.example/api\nbackoff_cap_secs=20\n"));
    ASSERT_TRUE(result.problems.empty()) << result.describe(Language::English).join('\n').toStdString();
    EXPECT_EQ(result.config.kioskId, QStringLiteral("hall-7-kiosk-2"));
    EXPECT_EQ(result.config.startLanguage, Language::English);
    EXPECT_EQ(result.config.idleTimeoutSecs, 120);
    EXPECT_TRUE(result.config.elderMode);
    EXPECT_FALSE(result.config.fullscreen);
    EXPECT_EQ(result.config.syncServerUrl, QStringLiteral("https://central.example/api"));
    EXPECT_EQ(result.config.syncBackoffCapSecs, 20);
}

TEST(KioskConfig, BackoffCapOutOfRangeIsNamedAndFiveMinutesUsed)
{
    linli::test::TempDir dir;
    const auto result = loadKioskConfig(writeIni(dir, "[sync]\nbackoff_cap_secs=1\n"));
    EXPECT_TRUE(result.canStart());
    ASSERT_EQ(result.problems.size(), 1u);
    EXPECT_EQ(result.problems[0].key, QStringLiteral("sync/backoff_cap_secs"));
    EXPECT_TRUE(result.problems[0].message.en.contains(u"10 to 3600"));
    EXPECT_EQ(result.config.syncBackoffCapSecs, 300);
}

TEST(KioskConfig, OutOfRangeNumberIsNamedAndDefaultUsed)
{
    linli::test::TempDir dir;
    const auto result
        = loadKioskConfig(writeIni(dir, "[kiosk]\nidle_timeout_secs=5\n[storage]\nbusy_timeout_ms=abc\n"));
    EXPECT_TRUE(result.canStart());
    ASSERT_EQ(result.problems.size(), 2u);
    EXPECT_EQ(result.problems[0].key, QStringLiteral("kiosk/idle_timeout_secs"));
    EXPECT_TRUE(result.problems[0].message.en.contains(u"30 to 600"));
    EXPECT_TRUE(result.problems[0].message.zh.contains(u"默认值"));
    EXPECT_EQ(result.config.idleTimeoutSecs, 90);
    EXPECT_EQ(result.problems[1].key, QStringLiteral("storage/busy_timeout_ms"));
    EXPECT_EQ(result.config.busyTimeoutMs, 5000);
}

TEST(KioskConfig, BadBooleanAndLanguageFallBack)
{
    linli::test::TempDir dir;
    const auto result = loadKioskConfig(writeIni(dir, "[kiosk]\nlanguage=fr\n[display]\nelder_mode=maybe\n"));
    EXPECT_TRUE(result.canStart());
    EXPECT_EQ(result.problems.size(), 2u);
    EXPECT_EQ(result.config.startLanguage, Language::Chinese);
    EXPECT_FALSE(result.config.elderMode);
}

TEST(KioskConfig, InvalidKioskIdRefusesStart)
{
    linli::test::TempDir dir;
    const auto result = loadKioskConfig(writeIni(dir, "[kiosk]\nid=Kiosk One!\n"));
    EXPECT_FALSE(result.canStart());
    ASSERT_EQ(result.problems.size(), 1u);
    EXPECT_TRUE(result.problems[0].fatal);
    EXPECT_TRUE(result.problems[0].message.en.contains(u"cannot start"));
}

TEST(KioskConfig, MalformedUrlMeansOffline)
{
    linli::test::TempDir dir;
    const auto result = loadKioskConfig(writeIni(dir, "[sync]\nserver_url=ftp:/nope\n"));
    EXPECT_TRUE(result.canStart());
    EXPECT_TRUE(result.config.syncServerUrl.isEmpty());
    ASSERT_EQ(result.problems.size(), 1u);
    EXPECT_EQ(result.problems[0].key, QStringLiteral("sync/server_url"));
}

TEST(KioskConfig, UnknownKeyIsReported)
{
    linli::test::TempDir dir;
    const auto result = loadKioskConfig(writeIni(dir, "[kiosk]\nidle_timout_secs=60\n"));
    ASSERT_EQ(result.problems.size(), 1u);
    EXPECT_EQ(result.problems[0].key, QStringLiteral("kiosk/idle_timout_secs"));
    EXPECT_EQ(result.config.idleTimeoutSecs, 90);
}

TEST(KioskConfig, UnreadableFileRefusesStart)
{
    linli::test::TempDir dir;
    // A directory where the file should be: QSettings reports an access error.
    const QString path = dir.file(QStringLiteral("kiosk.ini"));
    ASSERT_TRUE(QDir().mkpath(path));
    const auto result = loadKioskConfig(path);
    EXPECT_FALSE(result.canStart());
}

TEST(KioskConfig, PrinterIsNoneByDefaultAndReadsATcpPrinter)
{
    EXPECT_EQ(loadKioskConfig(QString()).config.printer.backend, linli::printing::PrinterBackend::None);
    linli::test::TempDir dir;
    const auto result = loadKioskConfig(
        writeIni(dir, "[printer]\nbackend=tcp\ntarget=192.168.1.50:9100\npaper_dots=384\ntimeout_ms=3000\n"));
    ASSERT_TRUE(result.problems.empty()) << result.describe(Language::English).join('\n').toStdString();
    EXPECT_EQ(result.config.printer.backend, linli::printing::PrinterBackend::Tcp);
    EXPECT_EQ(result.config.printer.target, QStringLiteral("192.168.1.50:9100"));
    EXPECT_EQ(result.config.printer.paperDots, 384);
    EXPECT_EQ(result.config.printer.timeoutMs, 3000);
}

TEST(KioskConfig, BadPrinterValuesAreNamedAndNothingIsPrinted)
{
    linli::test::TempDir dir;
    const auto badBackend = loadKioskConfig(writeIni(dir, "[printer]\nbackend=laser\npaper_dots=500\n"));
    EXPECT_TRUE(badBackend.canStart());
    ASSERT_EQ(badBackend.problems.size(), 2u);
    EXPECT_EQ(badBackend.problems[0].key, QStringLiteral("printer/backend"));
    EXPECT_TRUE(badBackend.problems[0].message.en.contains(u"laser"));
    EXPECT_EQ(badBackend.problems[1].key, QStringLiteral("printer/paper_dots"));
    EXPECT_EQ(badBackend.config.printer.backend, linli::printing::PrinterBackend::None);
    EXPECT_EQ(badBackend.config.printer.paperDots, 576);

    const auto badTarget = loadKioskConfig(writeIni(dir, "[printer]\nbackend=tcp\ntarget=printer:99999\n"));
    ASSERT_EQ(badTarget.problems.size(), 1u);
    EXPECT_EQ(badTarget.problems[0].key, QStringLiteral("printer/target"));
    EXPECT_TRUE(badTarget.problems[0].message.zh.contains(u"不打印小票"));
    EXPECT_EQ(badTarget.config.printer.backend, linli::printing::PrinterBackend::None);

    const auto relativeDevice = loadKioskConfig(writeIni(dir, "[printer]\nbackend=device\ntarget=lp0\n"));
    EXPECT_EQ(relativeDevice.config.printer.backend, linli::printing::PrinterBackend::None);
}

TEST(KioskConfig, CheckInRoleWithItsPlace)
{
    linli::test::TempDir dir;
    const auto result
        = loadKioskConfig(writeIni(dir, "[kiosk]\nrole=checkin\n[checkin]\nplace=room-dance\n"));
    ASSERT_TRUE(result.problems.empty()) << result.describe(Language::English).join('\n').toStdString();
    EXPECT_EQ(result.config.role, linli::config::KioskRole::CheckIn);
    EXPECT_EQ(result.config.checkInPlace, QStringLiteral("room-dance"));
}

TEST(KioskConfig, ResidentRoleByDefault)
{
    linli::test::TempDir dir;
    const auto result = loadKioskConfig(writeIni(dir, "[kiosk]\nid=hall-kiosk-1\n"));
    EXPECT_EQ(result.config.role, linli::config::KioskRole::Resident);
}

TEST(KioskConfig, CheckInRoleWithoutPlaceRefusesStart)
{
    linli::test::TempDir dir;
    const auto result = loadKioskConfig(writeIni(dir, "[kiosk]\nrole=checkin\n"));
    EXPECT_FALSE(result.canStart());
    ASSERT_EQ(result.problems.size(), 1u);
    EXPECT_EQ(result.problems[0].key, QStringLiteral("checkin/place"));
    EXPECT_TRUE(result.problems[0].message.zh.contains(QStringLiteral("签到")));
}

TEST(KioskConfig, UnknownRoleIsNamedAndResidentUsed)
{
    linli::test::TempDir dir;
    const auto result = loadKioskConfig(writeIni(dir, "[kiosk]\nrole=door\n"));
    EXPECT_TRUE(result.canStart());
    ASSERT_EQ(result.problems.size(), 1u);
    EXPECT_EQ(result.problems[0].key, QStringLiteral("kiosk/role"));
    EXPECT_EQ(result.config.role, linli::config::KioskRole::Resident);
}
