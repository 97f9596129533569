#include "catalog_fixture.h"

namespace linli::information::test {
namespace {

TEST_F(CatalogTest, ChineseSubstringFindsTheSeniorCardGuideFirst)
{
    for (const char *q : { "老年卡", "老年", "卡" }) {
        const auto results = find(QString::fromUtf8(q));
        ASSERT_FALSE(results.empty()) << q;
        EXPECT_EQ(results.front().id, QStringLiteral("svc-senior-card")) << q;
        EXPECT_EQ(results.front().kind, ResultKind::Guide) << q;
    }
}

TEST_F(CatalogTest, FullPinyinAndInitialsFindChineseTitles)
{
    for (const char *q : { "laonianka", "lnk", "LNK", "lao nian ka", "laonian" }) {
        const auto results = find(QString::fromLatin1(q));
        ASSERT_FALSE(results.empty()) << q;
        EXPECT_EQ(results.front().id, QStringLiteral("svc-senior-card")) << q;
    }
    EXPECT_TRUE(ids(find(QStringLiteral("wudaoshi"))).contains(QStringLiteral("room-dance")));
    EXPECT_TRUE(ids(find(QStringLiteral("wds"))).contains(QStringLiteral("room-dance")));
}

TEST_F(CatalogTest, PolyphonicCharactersMatchEveryReading)
{
    // 长征桥: chang is right, but a resident typing zhang must not be left with nothing.
    EXPECT_FALSE(find(QStringLiteral("changzhengqiao")).empty());
    EXPECT_FALSE(find(QStringLiteral("zhangzhengqiao")).empty());
}

TEST_F(CatalogTest, EnglishFindsCaseInsensitively)
{
    const auto results = find(QStringLiteral("Dance Room"));
    ASSERT_FALSE(results.empty());
    EXPECT_EQ(results.front().id, QStringLiteral("room-dance"));
    EXPECT_EQ(results.front().kind, ResultKind::Place);
    EXPECT_EQ(find(QStringLiteral("senior card")).front().id, QStringLiteral("svc-senior-card"));
}

TEST_F(CatalogTest, ResultsAreGroupedByKindBestGroupFirst)
{
    const auto results = find(QStringLiteral("讲堂"));
    ASSERT_GE(results.size(), 2u);
    EXPECT_EQ(results.front().kind, ResultKind::Event);
    bool leftGroup = false;
    for (size_t i = 1; i < results.size(); ++i) {
        if (results[i].kind != results[i - 1].kind) {
            leftGroup = true;
        } else {
            EXPECT_FALSE(leftGroup && results[i].kind == results.front().kind)
                << "a kind appears in two groups";
        }
    }
    for (size_t i = 1; i < results.size(); ++i) {
        if (results[i].kind == results[i - 1].kind) {
            EXPECT_GE(results[i - 1].score, results[i].score);
        }
    }
}

TEST_F(CatalogTest, NoticesAndEventsLeaveTheResultsWhenTheirTimeIsOver)
{
    EXPECT_TRUE(ids(find(QStringLiteral("电梯"))).contains(QStringLiteral("ntc-lift-maintenance")));
    EXPECT_FALSE(ids(find(QStringLiteral("运动会"))).contains(QStringLiteral("ntc-sports-day-expired")));
    clock.advanceSecs(30 * 86400);
    EXPECT_FALSE(ids(find(QStringLiteral("电梯"))).contains(QStringLiteral("ntc-lift-maintenance")));
    EXPECT_FALSE(ids(find(QStringLiteral("讲堂"))).contains(QStringLiteral("evt-talk-anti-fraud")));
}

TEST_F(CatalogTest, BadInputGivesSensibleResultsOrNoneNeverAnError)
{
    const QStringList queries{ QString(), QStringLiteral("   \t\n "), QString(500, QChar(u'老')),
        QString(500, QChar(u'a')), QStringLiteral("😀"), QStringLiteral("老年😀卡"),
        QStringLiteral("'; DROP TABLE service_guide; --"), QStringLiteral("\""), QStringLiteral("\"\"\""),
        QStringLiteral("*"), QStringLiteral("lao*"), QStringLiteral("NEAR("), QStringLiteral("NEAR(a b)"),
        QStringLiteral("title_zh:老年"), QStringLiteral("a OR b AND NOT c"), QStringLiteral("%"),
        QStringLiteral("_"), QStringLiteral("\\"), QStringLiteral("^老年"),
        QStringLiteral("a b c d e f g h i j") };
    for (const QString &q : queries) {
        SCOPED_TRACE(q.left(20).toStdString());
        EXPECT_NO_THROW(find(q));
    }
    EXPECT_TRUE(find(QString()).empty());
    EXPECT_TRUE(find(QStringLiteral("   ")).empty());
    EXPECT_TRUE(find(QStringLiteral("%")).empty()) << "% is a character, not a wildcard";
    EXPECT_TRUE(find(QStringLiteral("*")).empty());
    EXPECT_FALSE(find(QStringLiteral("  老年卡  ")).empty());
    EXPECT_EQ(find(QStringLiteral("老年卡")).front().id, find(QStringLiteral(" 老年卡\t")).front().id);
    // The schema is untouched by SQL-looking input.
    EXPECT_FALSE(find(QStringLiteral("老年卡")).empty());
}

TEST(SearchQuery, NormalisationTrimsLowersAndBounds)
{
    EXPECT_EQ(normalizeQuery(QStringLiteral("  Lao   NIAN\tka ")), QStringLiteral("lao nian ka"));
    EXPECT_EQ(normalizeQuery(QString(500, QChar(u'x'))).size(), 64);
    const QString emoji = normalizeQuery(QString(100, QChar(u'a')).prepend(QStringLiteral("😀")));
    EXPECT_TRUE(emoji.startsWith(QStringLiteral("😀")));
    EXPECT_FALSE(emoji.back().isHighSurrogate());
}

TEST_F(CatalogTest, RebuildingTheIndexIsIdempotent)
{
    const size_t before = find(QStringLiteral("laonianka")).size();
    rebuildSearchIndex(db);
    EXPECT_EQ(find(QStringLiteral("laonianka")).size(), before);
}

} // namespace
} // namespace linli::information::test

namespace linli::information::test {
namespace {

TEST_F(CatalogTest, ShortWordsUseTheGramIndex)
{
    // One or two characters: exact Chinese characters and pairs, Latin prefixes.
    EXPECT_TRUE(ids(find(QStringLiteral("舞蹈"))).contains(QStringLiteral("room-dance")));
    EXPECT_TRUE(ids(find(QStringLiteral("wu dao"))).contains(QStringLiteral("room-dance")));
    EXPECT_TRUE(ids(find(QStringLiteral("食堂"))).contains(QStringLiteral("fac-baisuitang-canteen")));
    EXPECT_TRUE(find(QStringLiteral("* \"")).empty());
}

TEST(SearchIndex, IsBuiltWhenEmpty)
{
    auto db = storage::Database::openInMemory();
    storage::migrate(db, storage::bundledMigrations());
    EXPECT_TRUE(searchIndexIsEmpty(db));
    content::loadDemoContentIfEmpty(db, QStringLiteral(LINLI_DEMO_DIR), fixedNow());
    rebuildSearchIndex(db);
    EXPECT_FALSE(searchIndexIsEmpty(db));
}

} // namespace
} // namespace linli::information::test
