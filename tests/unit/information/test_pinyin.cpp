#include "catalog_fixture.h"
#include "information/pinyin.h"

#include <algorithm>

namespace linli::information::test {
namespace {

bool hasFull(const std::vector<pinyin::Spelling> &spellings, const QString &full)
{
    return std::any_of(
        spellings.begin(), spellings.end(), [&](const pinyin::Spelling &s) { return s.full == full; });
}

TEST(Pinyin, CommonCharactersHaveTheirReadingFirst)
{
    ASSERT_FALSE(pinyin::readingsOf(U'老').empty());
    EXPECT_EQ(pinyin::readingsOf(U'老').front(), "lao");
    EXPECT_EQ(pinyin::readingsOf(U'卡').front(), "ka");
    EXPECT_EQ(pinyin::readingsOf(U'绿').front(), "lv") << "ü is typed as v";
}

TEST(Pinyin, PolyphonicCharactersHaveEveryReading)
{
    const auto readings = pinyin::readingsOf(U'长');
    EXPECT_NE(std::find(readings.begin(), readings.end(), "chang"), readings.end());
    EXPECT_NE(std::find(readings.begin(), readings.end(), "zhang"), readings.end());
}

TEST(Pinyin, NonHanHasNoReading)
{
    EXPECT_TRUE(pinyin::readingsOf(U'a').empty());
    EXPECT_TRUE(pinyin::readingsOf(U'，').empty());
    EXPECT_TRUE(pinyin::readingsOf(U'😀').empty());
}

TEST(Pinyin, SpellingsGiveFullAndInitials)
{
    const auto spellings = pinyin::spellings(QStringLiteral("老年卡"));
    ASSERT_FALSE(spellings.empty());
    EXPECT_EQ(spellings.front().full, QStringLiteral("laonianka"));
    EXPECT_EQ(spellings.front().initials, QStringLiteral("lnk"));
}

TEST(Pinyin, SpellingsCoverPolyphonicCombinations)
{
    const auto spellings = pinyin::spellings(QStringLiteral("长征桥"));
    EXPECT_TRUE(hasFull(spellings, QStringLiteral("changzhengqiao")));
    EXPECT_TRUE(hasFull(spellings, QStringLiteral("zhangzhengqiao")));
}

TEST(Pinyin, SpellingsKeepLatinDropPunctuationAndStayBounded)
{
    const auto spellings = pinyin::spellings(QStringLiteral("窗口2号，A区"));
    EXPECT_TRUE(hasFull(spellings, QStringLiteral("chuangkou2haoaqu")));
    // Twenty polyphonic characters must not explode into millions of spellings.
    EXPECT_LE(pinyin::spellings(QString(20, QChar(0x957F)), 16).size(), 16u);
    EXPECT_EQ(pinyin::spellings(QString()).size(), 1u);
}

} // namespace
} // namespace linli::information::test
