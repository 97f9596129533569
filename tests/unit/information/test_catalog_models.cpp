// The catalog's QML-facing models and screen controllers: well-behaved
// (QAbstractItemModelTester), in the current language, filtered and searched as the screens
// ask; a record that is not there is told apart from storage that cannot be read.
#include "catalog_facade.h"
#include "catalog_fixture.h"
#include "facility_controller.h"
#include "floor_plan_controller.h"
#include "guide_controller.h"
#include "language_controller.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

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

    // One row's role, read the way a delegate reads it.
    static QString role(QAbstractItemModel *model, int row, const char *name)
    {
        return model->index(row, 0).data(model->roleNames().key(name, -1)).toString();
    }

    // A controller as its page creates it: the backend and the id set, then read once.
    template <typename Controller, typename Setup> std::unique_ptr<Controller> screen(Setup &&setup)
    {
        auto controller = std::make_unique<Controller>();
        controller->setInformation(&facade);
        setup(*controller);
        controller->componentComplete();
        return controller;
    }
    std::unique_ptr<GuideController> guideScreen(const QString &id)
    {
        return screen<GuideController>([&](GuideController &c) { c.setGuideId(id); });
    }
    std::unique_ptr<FacilityController> facilityScreen(const QString &id)
    {
        return screen<FacilityController>([&](FacilityController &c) { c.setPlaceId(id); });
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
    EXPECT_EQ(facade.guides()->at<GuideRow>(0).guideId, QStringLiteral("svc-senior-card"));
}

TEST_F(CatalogModelsTest, GuideScreenReadsItsGuideAndFollowsTheLanguage)
{
    const auto screen = guideScreen(QStringLiteral("svc-senior-card"));
    ASSERT_TRUE(screen->found());
    EXPECT_TRUE(screen->problem().isEmpty());
    EXPECT_EQ(screen->guide().title, QStringLiteral("老年卡办理"));
    QSignalSpy changed(screen.get(), &InformationScreen::changed);
    language.setLanguage(Language::English);
    EXPECT_EQ(changed.count(), 1);
    const GuideRecord guide = screen->guide();
    EXPECT_EQ(guide.title, QStringLiteral("Senior card (Laonian Ka)"));
    EXPECT_EQ(guide.fee, QStringLiteral("Free"));
    EXPECT_EQ(guide.floor, QStringLiteral("1F"));
    EXPECT_FALSE(guide.materials.isEmpty());
}

TEST_F(CatalogModelsTest, AGuideThatIsGoneIsNotFoundWithoutAProblem)
{
    const auto screen = guideScreen(QStringLiteral("svc-gone"));
    EXPECT_FALSE(screen->found());
    EXPECT_TRUE(screen->problem().isEmpty());
    EXPECT_TRUE(screen->guide().title.isEmpty());
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
}

TEST_F(CatalogModelsTest, FacilityScreenReadsItsPlace)
{
    const auto dance = facilityScreen(QStringLiteral("room-dance"));
    ASSERT_TRUE(dance->found());
    EXPECT_EQ(dance->place().floors, QStringLiteral("2楼"));
    EXPECT_TRUE(dance->place().isRoom);
    EXPECT_EQ(dance->place().access, QStringLiteral("有电梯 · 有坡道 · 无障碍卫生间"));
    const auto gone = facilityScreen(QStringLiteral("room-gone"));
    EXPECT_FALSE(gone->found());
    EXPECT_TRUE(gone->problem().isEmpty());
}

TEST_F(CatalogModelsTest, FloorPlanOpensOnTheHighlightedRoomsFloor)
{
    const auto plan = screen<FloorPlanController>(
        [](FloorPlanController &c) { c.setHighlighted(QStringLiteral("room-dance")); });
    QAbstractItemModelTester tester(plan->rooms(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(plan->floor(), 2);
    EXPECT_EQ(plan->rooms()->rowCount(), 8);
    ASSERT_TRUE(plan->floors().contains(1));
    EXPECT_EQ(plan->floorNames().at(plan->floors().indexOf(1)), QStringLiteral("1楼"));
    EXPECT_EQ(plan->floorValues().at(plan->floors().indexOf(1)), QStringLiteral("1"));
    const QStringList ids = [&] {
        QStringList list;
        for (int i = 0; i < plan->rooms()->rowCount(); ++i)
            list << plan->rooms()->at<FloorRoom>(i).roomId;
        return list;
    }();
    EXPECT_TRUE(ids.contains(QStringLiteral("room-dance")));
    const FloorRoom first = plan->rooms()->at<FloorRoom>(0);
    EXPECT_GT(first.planW, 0);
    EXPECT_GT(first.planH, 0);
    plan->setFloor(1);
    EXPECT_EQ(plan->floor(), 1);
    EXPECT_GT(plan->rooms()->rowCount(), 0);
    plan->setFloor(99); // no such floor: the first there is
    EXPECT_EQ(plan->floor(), plan->floors().first());
}

// A broken database (a table gone, a failing disk) is not "no longer available": every screen
// says the kiosk cannot read just now, and no exception leaves the controller or the model.
TEST_F(CatalogModelsTest, StorageThatFailsIsAProblemNotAMissingRecord)
{
    db.exec("DROP TABLE service_guide");
    const auto guide = guideScreen(QStringLiteral("svc-senior-card"));
    EXPECT_FALSE(guide->found());
    EXPECT_EQ(guide->problem(), Catalog::readProblem());
    EXPECT_FALSE(guide->problem().isEmpty());
    QSignalSpy problem(facade.guides(), &CatalogListModel::problemChanged);
    facade.guides()->refresh();
    EXPECT_EQ(problem.count(), 1);
    EXPECT_EQ(facade.guides()->rowCount(), 0);
    EXPECT_EQ(facade.guides()->problem(), Catalog::readProblem());
    language.setLanguage(Language::English); // a re-read that fails again stays a problem
    EXPECT_EQ(guide->problem(), Catalog::readProblem());
    EXPECT_EQ(facade.guides()->problem(), Catalog::readProblem());
}

TEST_F(CatalogModelsTest, PlacesThatCannotBeReadAreAProblemOnEveryScreen)
{
    db.exec("PRAGMA foreign_keys = OFF");
    db.exec("DROP TABLE room");
    const auto facility = facilityScreen(QStringLiteral("room-dance"));
    EXPECT_FALSE(facility->found());
    EXPECT_FALSE(facility->problem().isEmpty());
    const auto plan = screen<FloorPlanController>([](FloorPlanController &) {});
    EXPECT_FALSE(plan->problem().isEmpty());
    EXPECT_EQ(plan->rooms()->rowCount(), 0);
    EXPECT_TRUE(plan->floors().isEmpty());
    facade.places()->setCategory(QStringLiteral("sports"));
    EXPECT_EQ(facade.places()->rowCount(), 0);
    EXPECT_FALSE(facade.places()->problem().isEmpty());
}

TEST_F(CatalogModelsTest, AScreenWithoutADatabaseSaysSo)
{
    LanguageController otherLanguage;
    Catalog outOfService(CatalogSource{ nullptr, &clock, QTimeZone("Asia/Shanghai") }, otherLanguage);
    GuideController guide;
    guide.setInformation(&outOfService);
    guide.setGuideId(QStringLiteral("svc-senior-card"));
    guide.componentComplete();
    EXPECT_FALSE(guide.found());
    EXPECT_FALSE(guide.problem().isEmpty());
    EXPECT_EQ(outOfService.guides()->rowCount(), 0);
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
