// HallFormat, the one way the kiosk writes dates, times, durations and money: both languages
// through the translator the LanguageController installs, in the hall's zone whatever it is.
#include "hall_format.h"
#include "language_controller.h"

#include <gtest/gtest.h>
#include <limits>
#include <QDateTime>

namespace {

using linli::Language;

qint64 utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toSecsSinceEpoch();
}

class HallFormatTest : public ::testing::Test {
protected:
    HallFormatTest() { language.setLanguage(Language::Chinese); }

    LanguageController language;
    HallFormat shanghai{ QTimeZone("Asia/Shanghai"), language };
    HallFormat london{ QTimeZone("Europe/London"), language };
    const QDate today{ 2026, 11, 22 }; // a Sunday
};

TEST_F(HallFormatTest, FullDateInBothLanguages)
{
    EXPECT_EQ(shanghai.date(QDate(2026, 11, 23)), QStringLiteral("2026年11月23日 周一"));
    EXPECT_EQ(shanghai.date(QDate(2027, 1, 3)), QStringLiteral("2027年1月3日 周日"));
    language.setLanguage(Language::English);
    EXPECT_EQ(shanghai.date(QDate(2026, 11, 23)), QStringLiteral("Monday 23 November 2026"));
    EXPECT_EQ(shanghai.date(QDate(2027, 1, 3)), QStringLiteral("Sunday 3 January 2027"));
    EXPECT_EQ(shanghai.date(QDate()), QString());
}

TEST_F(HallFormatTest, OneWeekdayStyleInChinese)
{
    const QStringList week{ QStringLiteral("周一"), QStringLiteral("周二"), QStringLiteral("周三"),
        QStringLiteral("周四"), QStringLiteral("周五"), QStringLiteral("周六"), QStringLiteral("周日") };
    const QDate monday(2026, 11, 23);
    for (int i = 0; i < 7; ++i) {
        const QDate day = monday.addDays(i);
        EXPECT_TRUE(shanghai.date(day).endsWith(QLatin1Char(' ') + week[i]))
            << qPrintable(shanghai.date(day));
        EXPECT_TRUE(shanghai.dayHeading(day, today).endsWith(QLatin1Char(' ') + week[i]));
        EXPECT_FALSE(shanghai.date(day).contains(QStringLiteral("星期")));
    }
}

TEST_F(HallFormatTest, DayHeadings)
{
    EXPECT_EQ(shanghai.dayHeading(today, today), QStringLiteral("今天 · 11月22日 周日"));
    EXPECT_EQ(shanghai.dayHeading(today.addDays(1), today), QStringLiteral("明天 · 11月23日 周一"));
    EXPECT_EQ(shanghai.dayHeading(today.addDays(2), today), QStringLiteral("11月24日 周二"));
    EXPECT_EQ(shanghai.dayHeading(QDate(2026, 12, 1), today), QStringLiteral("12月1日 周二"));
    language.setLanguage(Language::English);
    EXPECT_EQ(shanghai.dayHeading(today, today), QStringLiteral("Today · Sun 22 Nov"));
    EXPECT_EQ(shanghai.dayHeading(today.addDays(1), today), QStringLiteral("Tomorrow · Mon 23 Nov"));
    EXPECT_EQ(shanghai.dayHeading(today.addDays(2), today), QStringLiteral("Tue 24 Nov"));
    EXPECT_EQ(shanghai.dayHeading(QDate(2026, 12, 1), today), QStringLiteral("Tue 1 Dec"));
}

TEST_F(HallFormatTest, DayButtonsAreShort)
{
    EXPECT_EQ(shanghai.dayButton(today, today), QStringLiteral("今天"));
    EXPECT_EQ(shanghai.dayButton(today.addDays(1), today), QStringLiteral("明天"));
    EXPECT_EQ(shanghai.dayButton(today.addDays(2), today), QStringLiteral("24日 周二"));
    language.setLanguage(Language::English);
    EXPECT_EQ(shanghai.dayButton(today, today), QStringLiteral("Today"));
    EXPECT_EQ(shanghai.dayButton(today.addDays(1), today), QStringLiteral("Tomorrow"));
    EXPECT_EQ(shanghai.dayButton(today.addDays(2), today), QStringLiteral("Tue 24 Nov"));
}

TEST_F(HallFormatTest, TimesAreTheHallsWallClock)
{
    const qint64 from = utc("2026-11-23T07:00:00Z"), to = utc("2026-11-23T08:30:00Z");
    EXPECT_EQ(shanghai.time(from), QStringLiteral("15:00"));
    EXPECT_EQ(shanghai.timeRange(from, to), QStringLiteral("15:00–16:30"));
    EXPECT_EQ(shanghai.when(from, to), QStringLiteral("2026年11月23日 周一 15:00–16:30"));
    EXPECT_EQ(london.timeRange(from, to), QStringLiteral("07:00–08:30"));
    language.setLanguage(Language::English);
    EXPECT_EQ(shanghai.when(from, to), QStringLiteral("Monday 23 November 2026 15:00–16:30"));
}

TEST_F(HallFormatTest, AnotherZoneHasItsOwnDay)
{
    // 20:00 on Sunday in London is already 04:00 on Monday in Shanghai.
    const qint64 instant = utc("2026-11-22T20:00:00Z");
    EXPECT_EQ(london.zone().id(), QByteArray("Europe/London"));
    EXPECT_EQ(london.localDate(instant), QDate(2026, 11, 22));
    EXPECT_EQ(shanghai.localDate(instant), QDate(2026, 11, 23));
    EXPECT_EQ(london.date(instant), QStringLiteral("2026年11月22日 周日"));
    EXPECT_EQ(shanghai.date(instant), QStringLiteral("2026年11月23日 周一"));
    EXPECT_EQ(london.time(instant), QStringLiteral("20:00"));
    // Summer time: 23:30 UTC on 1 July is 00:30 on 2 July in London (BST, UTC+1).
    const qint64 summer = utc("2026-07-01T23:30:00Z");
    EXPECT_EQ(london.localDate(summer), QDate(2026, 7, 2));
    EXPECT_EQ(london.time(summer), QStringLiteral("00:30"));
    language.setLanguage(Language::English);
    EXPECT_EQ(london.date(summer), QStringLiteral("Thursday 2 July 2026"));
}

TEST_F(HallFormatTest, DurationsInChinese)
{
    EXPECT_EQ(shanghai.duration(90), QStringLiteral("1小时30分钟"));
    EXPECT_EQ(shanghai.duration(60), QStringLiteral("1小时"));
    EXPECT_EQ(shanghai.duration(120), QStringLiteral("2小时"));
    EXPECT_EQ(shanghai.duration(45), QStringLiteral("45分钟"));
    EXPECT_EQ(shanghai.duration(0), QStringLiteral("0分钟"));
}

TEST_F(HallFormatTest, DurationsInEnglishTakeTheirPluralForms)
{
    language.setLanguage(Language::English);
    EXPECT_EQ(shanghai.duration(90), QStringLiteral("1 hour 30 minutes"));
    EXPECT_EQ(shanghai.duration(60), QStringLiteral("1 hour"));
    EXPECT_EQ(shanghai.duration(120), QStringLiteral("2 hours"));
    EXPECT_EQ(shanghai.duration(121), QStringLiteral("2 hours 1 minute"));
    EXPECT_EQ(shanghai.duration(1), QStringLiteral("1 minute"));
    EXPECT_EQ(shanghai.duration(45), QStringLiteral("45 minutes"));
    EXPECT_EQ(shanghai.duration(0), QStringLiteral("0 minutes"));
    EXPECT_EQ(shanghai.duration(-5), QStringLiteral("0 minutes"));
}

TEST_F(HallFormatTest, MoneyIsWholeFen)
{
    EXPECT_EQ(shanghai.money(1250), QStringLiteral("¥12.50"));
    EXPECT_EQ(shanghai.money(1999), QStringLiteral("¥19.99")); // 19.99 has no exact double
    EXPECT_EQ(shanghai.money(5), QStringLiteral("¥0.05"));
    EXPECT_EQ(shanghai.money(100), QStringLiteral("¥1.00"));
    EXPECT_EQ(shanghai.money(0), QStringLiteral("¥0.00"));
    EXPECT_EQ(shanghai.money(-100), QStringLiteral("−¥1.00"));
    EXPECT_EQ(shanghai.money(-5), QStringLiteral("−¥0.05"));
    EXPECT_EQ(shanghai.money(900719925474099311), QStringLiteral("¥9007199254740993.11")); // beyond a double
    EXPECT_EQ(shanghai.money(std::numeric_limits<qint64>::min()), QStringLiteral("−¥92233720368547758.08"));
}

TEST_F(HallFormatTest, FeesAndFloors)
{
    EXPECT_EQ(shanghai.fee(0), QStringLiteral("免费"));
    EXPECT_EQ(shanghai.fee(1250), QStringLiteral("¥12.50"));
    EXPECT_EQ(shanghai.floor(2), QStringLiteral("2楼"));
    EXPECT_EQ(shanghai.floor(-1), QStringLiteral("地下1层"));
    EXPECT_EQ(shanghai.floor(0), QString());
    language.setLanguage(Language::English);
    EXPECT_EQ(shanghai.fee(0), QStringLiteral("Free"));
    EXPECT_EQ(shanghai.fee(1250), QStringLiteral("¥12.50"));
    EXPECT_EQ(shanghai.floor(2), QStringLiteral("2F"));
    EXPECT_EQ(shanghai.floor(-1), QStringLiteral("B1"));
    EXPECT_EQ(shanghai.floor(0), QString());
}

TEST_F(HallFormatTest, FollowsASwitchBackAndForth)
{
    // The same formatter, asked again after each switch: nothing is kept from the last language.
    const QDate day(2026, 11, 24);
    EXPECT_EQ(shanghai.dayHeading(day, today), QStringLiteral("11月24日 周二"));
    language.setLanguage(Language::English);
    EXPECT_EQ(shanghai.dayHeading(day, today), QStringLiteral("Tue 24 Nov"));
    language.setLanguage(Language::Chinese);
    EXPECT_EQ(shanghai.dayHeading(day, today), QStringLiteral("11月24日 周二"));
    EXPECT_EQ(shanghai.duration(61), QStringLiteral("1小时1分钟"));
}

} // namespace
