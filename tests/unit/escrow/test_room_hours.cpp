// A room's opening hours as the kiosk and the server both read them (services/escrow/resources):
// the slots the kiosk offers are the slots the server grants shares of.
#include "escrow/resources.h"

#include <gtest/gtest.h>

namespace linli::escrow::resources::test {
namespace {

TEST(RoomHours, TimesOfDayAreReadAndNonsenseIsNot)
{
    EXPECT_EQ(minuteOfDay(QStringLiteral("08:30")), 510);
    EXPECT_EQ(minuteOfDay(QStringLiteral("00:00")), 0);
    EXPECT_EQ(minuteOfDay(QStringLiteral("24:00")), 1440) << "open until midnight";
    for (const char *bad : { "25:00", "12:60", "", "noon", "12:00:00" })
        EXPECT_FALSE(minuteOfDay(QString::fromLatin1(bad)).has_value()) << bad;
}

TEST(RoomHours, SlotsStartOnTheClockAndEndBeforeClosing)
{
    // The dance room: 08:30–21:00 in one-hour slots → 09:00 … 20:00.
    const std::vector<int> starts = slotStartMinutes(510, 1260, 60);
    ASSERT_FALSE(starts.empty());
    EXPECT_EQ(starts.front(), 9 * 60);
    EXPECT_EQ(starts.back(), 20 * 60);
    EXPECT_EQ(starts.size(), 12u);
    EXPECT_TRUE(slotStartMinutes(600, 630, 60).empty()) << "no whole slot in half an hour";
}

} // namespace
} // namespace linli::escrow::resources::test
