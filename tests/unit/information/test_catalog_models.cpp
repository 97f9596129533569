// The catalog's QML-facing models: well-behaved (QAbstractItemModelTester), in the current
// language, filtered and searched as the screens ask.
#include "catalog_facade.h"
#include "catalog_fixture.h"
#include "language_controller.h"

#include <QAbstractItemModelTester>

namespace linli::information::test {
namespace {

class CatalogModelsTest : public CatalogTest {
protected:
    CatalogModelsTest()
        : facade(CatalogSource{ &db, &clock, QTimeZone("Asia/Shanghai") }, language)
    {
        language.setLanguage(Language::Chinese);
        for (QAbstractItemModel *model : std::initializer_list<QAbstractItemModel *>{
                 facade.guides(), facade.places(), facade.events(), facade.notices(), facade.search() })
            testers.push_back(std::make_unique<QAbstractItemModelTester>(
                model, QAbstractItemModelTester::FailureReportingMode::Fatal));
    }

    static QString role(RecordListModel *model, int row, const char *name)
    {
        return model->get(row).value(QString::fromLatin1(name)).toString();
    }

    LanguageController language;
    Catalog facade;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
};

TEST_F(CatalogModelsTest, GuidesFollowTheLanguage)
{
    ASSERT_EQ(facade.guides()->rowCount(), 12);
    EXPECT_EQ(role(facade.guides(), 0, "title"), QStringLiteral("老年卡办理"));
    language.setLanguage(Language::English);
    EXPECT_EQ(role(facade.guides(), 0, "title"), QStringLiteral("Senior card (Laonian Ka)"));
    const QVariantMap guide = facade.guide(QStringLiteral("svc-senior-card"), QStringLiteral("en"));
    EXPECT_EQ(guide.value(QStringLiteral("fee")).toString(), QStringLiteral("Free"));
    EXPECT_EQ(guide.value(QStringLiteral("floor")).toString(), QStringLiteral("1F"));
    EXPECT_FALSE(guide.value(QStringLiteral("materials")).toStringList().isEmpty());
    EXPECT_TRUE(facade.guide(QStringLiteral("svc-gone"), QStringLiteral("zh")).isEmpty());
}

TEST_F(CatalogModelsTest, PlacesFilterByCategoryAndIgnoreUnknownOnes)
{
    const int all = facade.places()->rowCount();
    facade.places()->setCategory(QStringLiteral("sports"));
    ASSERT_GT(facade.places()->rowCount(), 0);
    EXPECT_LT(facade.places()->rowCount(), all);
    EXPECT_EQ(role(facade.places(), 0, "category"), QStringLiteral("sports"));
    facade.places()->setCategory(QStringLiteral("'; DROP TABLE facility; --"));
    EXPECT_EQ(facade.places()->category(), QString());
    EXPECT_EQ(facade.places()->rowCount(), all);
    const QVariantMap dance = facade.place(QStringLiteral("room-dance"), QStringLiteral("zh"));
    EXPECT_EQ(dance.value(QStringLiteral("floors")).toString(), QStringLiteral("2楼"));
    EXPECT_EQ(
        dance.value(QStringLiteral("access")).toString(), QStringLiteral("有电梯 · 有坡道 · 无障碍卫生间"));
    EXPECT_EQ(facade.floorName(-1, QStringLiteral("zh")), QStringLiteral("地下1层"));
    EXPECT_EQ(facade.rooms(2, QStringLiteral("zh")).size(), 8);
}

TEST_F(CatalogModelsTest, EventsByDayAndWeek)
{
    facade.events()->setRange(QStringLiteral("today"));
    ASSERT_EQ(facade.events()->rowCount(), 1);
    EXPECT_EQ(role(facade.events(), 0, "time"), QStringLiteral("14:00–16:00"));
    EXPECT_EQ(role(facade.events(), 0, "day"), QStringLiteral("今天 · 11月22日 周日"));
    language.setLanguage(Language::English);
    EXPECT_EQ(role(facade.events(), 0, "day"), QStringLiteral("Today · Sun 22 Nov"));
    language.setLanguage(Language::Chinese);
    facade.events()->setRange(QStringLiteral("week"));
    EXPECT_GE(facade.events()->rowCount(), 7);
    facade.events()->setRange(QStringLiteral("nonsense"));
    EXPECT_EQ(facade.events()->range(), QStringLiteral("week"));
}

TEST_F(CatalogModelsTest, SearchGivesRoutesAndSurvivesAnyInput)
{
    facade.search()->setQuery(QStringLiteral("lnk"));
    ASSERT_GT(facade.search()->rowCount(), 0);
    EXPECT_EQ(role(facade.search(), 0, "route"), QStringLiteral("guide/svc-senior-card"));
    for (const QString &q : { QStringLiteral("NEAR("), QStringLiteral("\""), QStringLiteral("*"),
             QString(500, u'x'), QStringLiteral("😀"), QString() })
        facade.search()->setQuery(q);
    EXPECT_EQ(facade.search()->rowCount(), 0);
}

TEST_F(CatalogModelsTest, NoticesShowTheirValidityAndPriority)
{
    ASSERT_GT(facade.notices()->rowCount(), 0);
    const QModelIndex first = facade.notices()->index(0);
    EXPECT_EQ(first.data(NoticeListModel::PriorityRole).toInt(), 2);
    // The lift notice runs today and tomorrow: its last day, as a full date.
    EXPECT_EQ(
        first.data(NoticeListModel::ValidityRole).toString(), QStringLiteral("有效期至2026年11月23日 周一"));
    language.setLanguage(Language::English);
    EXPECT_EQ(first.data(NoticeListModel::ValidityRole).toString(),
        QStringLiteral("Until Monday 23 November 2026"));
}

} // namespace
} // namespace linli::information::test
