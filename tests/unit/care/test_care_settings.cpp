// The [care] section: values read, bad ones refused with a reason in both languages.
#include "care/care_settings.h"
#include "support/temp_dir.h"

#include <gtest/gtest.h>
#include <QFile>

using namespace linli::care;

namespace {
QString writeIni(const linli::test::TempDir &dir, const QByteArray &text)
{
    const QString path = dir.file(QStringLiteral("linli.ini"));
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    file.write(text);
    return path;
}
} // namespace

TEST(CareSettings, MissingFileGivesTheDefaults)
{
    const CareSettingsResult result = loadCareSettings(QStringLiteral("/nonexistent/linli.ini"));
    EXPECT_TRUE(result.problems.empty());
    EXPECT_EQ(result.settings.nightlyHour, 3);
    EXPECT_EQ(result.settings.backupKeepDays, 7);
    EXPECT_EQ(result.settings.retentionDays, 90);
    EXPECT_TRUE(result.settings.lockdown);
    EXPECT_EQ(result.settings.sceneGraph, QStringLiteral("auto"));
}

TEST(CareSettings, ValuesAreRead)
{
    linli::test::TempDir dir;
    const CareSettingsResult result = loadCareSettings(writeIni(dir,
        "[care]\nnightly_hour=2\nretention_days=180\nlockdown=off\nscene_graph=opengl\nlog_dir=/var/log/"
        "linli\n"));
    EXPECT_TRUE(result.problems.empty());
    EXPECT_EQ(result.settings.nightlyHour, 2);
    EXPECT_EQ(result.settings.retentionDays, 180);
    EXPECT_FALSE(result.settings.lockdown);
    EXPECT_EQ(result.settings.sceneGraph, QStringLiteral("opengl"));
    EXPECT_EQ(result.settings.logDir, QStringLiteral("/var/log/linli"));
}

TEST(CareSettings, BadValuesKeepTheDefaultAndSaySoInBothLanguages)
{
    linli::test::TempDir dir;
    const CareSettingsResult result = loadCareSettings(
        writeIni(dir, "[care]\nnightly_hour=25\nretention_days=ten\nscene_graph=vulkan\n"));
    ASSERT_EQ(result.problems.size(), 3u);
    EXPECT_EQ(result.settings.nightlyHour, 3);
    EXPECT_EQ(result.settings.retentionDays, 90);
    EXPECT_EQ(result.settings.sceneGraph, QStringLiteral("auto"));
    EXPECT_TRUE(result.problems[0].en.contains(QStringLiteral("care/nightly_hour")));
    EXPECT_TRUE(result.problems[0].zh.contains(QStringLiteral("默认值")));
}
