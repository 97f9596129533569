// The hidden staff gesture: five taps in one corner within 3 seconds, nothing else.
#include "maintenance/corner_taps.h"

#include <gtest/gtest.h>

using linli::maintenance::CornerTapDetector;

namespace {
constexpr double W = 1080, H = 1920;
int tapsUntilEntry(CornerTapDetector &d, double x, double y, qint64 startMs, qint64 stepMs, int max = 10)
{
    for (int i = 0; i < max; ++i)
        if (d.press(x, y, W, H, startMs + i * stepMs))
            return i + 1;
    return 0;
}
} // namespace

TEST(CornerTaps, FiveQuickTapsInOneCornerEnter)
{
    CornerTapDetector d;
    EXPECT_EQ(tapsUntilEntry(d, 20, 20, 0, 400), 5);
    CornerTapDetector bottomRight;
    EXPECT_EQ(tapsUntilEntry(bottomRight, W - 10, H - 10, 0, 700), 5); // 2.8 s in all
}

TEST(CornerTaps, TooSlowOrElsewhereNeverEnters)
{
    CornerTapDetector slow;
    EXPECT_EQ(slow.press(20, 20, W, H, 0), false);
    for (int i = 1; i < 5; ++i)
        EXPECT_FALSE(slow.press(20, 20, W, H, i * 800)) << i; // the 5th at 3.2 s
    CornerTapDetector middle;
    EXPECT_EQ(tapsUntilEntry(middle, W / 2, H / 2, 0, 100), 0);
    CornerTapDetector edge; // on the top edge but not in a corner
    EXPECT_EQ(tapsUntilEntry(edge, W / 2, 10, 0, 100), 0);
}

TEST(CornerTaps, ATapInAnotherCornerOrTheMiddleStartsAgain)
{
    CornerTapDetector d;
    for (int i = 0; i < 4; ++i)
        EXPECT_FALSE(d.press(20, 20, W, H, i * 100));
    EXPECT_FALSE(d.press(W - 20, 20, W, H, 450)); // another corner: its first tap
    EXPECT_FALSE(d.press(20, 20, W, H, 500));
    for (int i = 0; i < 3; ++i)
        EXPECT_FALSE(d.press(20, 20, W, H, 600 + i * 100));
    EXPECT_TRUE(d.press(20, 20, W, H, 900));
    // A resident's button in the middle between taps spoils the gesture.
    for (int i = 0; i < 4; ++i)
        d.press(20, 20, W, H, 2000 + i * 100);
    EXPECT_FALSE(d.press(W / 2, H / 2, W, H, 2450));
    EXPECT_FALSE(d.press(20, 20, W, H, 2500));
}
