// The attract loop's schedule: morning shows the menu, afternoon the activities; a missing or
// broken file falls back to the built-in slide; a bad playlist is refused with its entry named;
// quiet hours across midnight.
#include "attract/attract_schedule.h"

#include <gtest/gtest.h>

using namespace linli::attract;

namespace {

const QByteArray kPlaylist = R"([
  {"file": "menu.png", "kind": "image", "seconds": 10, "parts": ["morning"]},
  {"file": "activities.mp4", "kind": "video", "seconds": 30, "parts": ["afternoon"]},
  {"file": "welcome.png"}
])";

bool all(const QString &)
{
    return true;
}

} // namespace

TEST(AttractSchedule, DayParts)
{
    EXPECT_EQ(dayPartAt(QTime(4, 59)), DayPart::Evening);
    EXPECT_EQ(dayPartAt(QTime(5, 0)), DayPart::Morning);
    EXPECT_EQ(dayPartAt(QTime(11, 59)), DayPart::Morning);
    EXPECT_EQ(dayPartAt(QTime(12, 0)), DayPart::Afternoon);
    EXPECT_EQ(dayPartAt(QTime(18, 0)), DayPart::Evening);
}

TEST(AttractSchedule, MorningMenuAfternoonActivitiesAllDayWelcome)
{
    const auto parsed = parsePlaylist(kPlaylist, QStringLiteral("/content"));
    ASSERT_TRUE(parsed.ok) << parsed.reason.en.toStdString();
    const auto morning = playlistAt(parsed.value, QTime(8, 0), all);
    ASSERT_EQ(morning.size(), 2u);
    EXPECT_EQ(morning[0].file, QStringLiteral("/content/menu.png"));
    EXPECT_EQ(morning[0].seconds, 10);
    EXPECT_EQ(morning[1].file, QStringLiteral("/content/welcome.png"));
    const auto afternoon = playlistAt(parsed.value, QTime(15, 0), all);
    ASSERT_EQ(afternoon.size(), 2u);
    EXPECT_EQ(afternoon[0].kind, AttractItem::Kind::Video);
}

TEST(AttractSchedule, MissingFilesFallBackToTheBuiltInSlide)
{
    const auto parsed = parsePlaylist(kPlaylist, QStringLiteral("/content"));
    const auto onlyMenuMissing
        = playlistAt(parsed.value, QTime(8, 0), [](const QString &f) { return !f.endsWith(u"menu.png"); });
    ASSERT_EQ(onlyMenuMissing.size(), 1u);
    EXPECT_EQ(onlyMenuMissing[0].file, QStringLiteral("/content/welcome.png"));
    const auto none = playlistAt(parsed.value, QTime(8, 0), [](const QString &) { return false; });
    ASSERT_EQ(none.size(), 1u);
    EXPECT_EQ(none[0].kind, AttractItem::Kind::BuiltInSlide);
    EXPECT_TRUE(none[0].file.isEmpty());
    EXPECT_EQ(playlistAt({}, QTime(8, 0), all).at(0).kind, AttractItem::Kind::BuiltInSlide);
}

TEST(AttractSchedule, TheBuiltInSlideCanBeAnEntryOfItsOwn)
{
    const auto parsed
        = parsePlaylist(R"([{"kind": "slide", "seconds": 12}, {"file": "menu.png"}])", "/content");
    ASSERT_TRUE(parsed.ok) << parsed.reason.en.toStdString();
    const auto none = playlistAt(parsed.value, QTime(8, 0), [](const QString &) { return false; });
    ASSERT_EQ(none.size(), 1u) << "it needs no file";
    EXPECT_EQ(none[0].kind, AttractItem::Kind::BuiltInSlide);
    EXPECT_EQ(none[0].seconds, 12);
    EXPECT_EQ(playlistAt(parsed.value, QTime(8, 0), all).size(), 2u);
}

TEST(AttractSchedule, ABadPlaylistIsRefusedNamingTheEntry)
{
    for (const char *bad : { "{}", "[{\"kind\": \"image\"}]", "[{\"file\": \"a.png\", \"kind\": \"gif\"}]",
             "[{\"file\": \"a.png\", \"seconds\": 0}]", "[{\"file\": \"a.png\", \"parts\": [\"noon\"]}]",
             "not json" }) {
        const auto parsed = parsePlaylist(QByteArray(bad), QStringLiteral("/content"));
        EXPECT_FALSE(parsed.ok) << bad;
        EXPECT_FALSE(parsed.reason.zh.isEmpty()) << bad;
        EXPECT_FALSE(parsed.reason.en.isEmpty()) << bad;
    }
    EXPECT_TRUE(
        parsePlaylist("[{\"file\": \"a.png\", \"parts\": [\"noon\"]}]", {}).reason.en.contains(u"entry 1"));
}

TEST(AttractSchedule, QuietHoursAcrossMidnight)
{
    const QTime from(21, 0), to(7, 0);
    EXPECT_FALSE(quietAt(QTime(20, 59), from, to));
    EXPECT_TRUE(quietAt(QTime(21, 0), from, to));
    EXPECT_TRUE(quietAt(QTime(3, 0), from, to));
    EXPECT_FALSE(quietAt(QTime(7, 0), from, to));
    EXPECT_TRUE(quietAt(QTime(13, 0), QTime(12, 0), QTime(14, 0))); // a midday rest
    EXPECT_FALSE(quietAt(QTime(3, 0), QTime(7, 0), QTime(7, 0))); // never quiet
}
