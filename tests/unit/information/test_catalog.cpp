#include "catalog_fixture.h"
#include "content/content_error.h"
#include "information/events.h"
#include "information/guides.h"
#include "information/hall.h"
#include "information/places.h"

#include <QFile>

namespace linli::information::test {
namespace {

TEST_F(CatalogTest, EveryDemoServiceHasACompleteGuide)
{
    const auto guides = listGuides(db);
    ASSERT_GE(guides.size(), 8u);
    for (const Guide &g : guides) {
        SCOPED_TRACE(g.id.toStdString());
        EXPECT_FALSE(g.title.zh.isEmpty());
        EXPECT_FALSE(g.title.en.isEmpty());
        EXPECT_FALSE(g.materials.zh.isEmpty());
        EXPECT_EQ(g.materials.zh.size(), g.materials.en.size());
        EXPECT_FALSE(g.steps.zh.isEmpty());
        EXPECT_FALSE(g.location.zh.isEmpty());
        EXPECT_FALSE(g.hours.zh.isEmpty());
    }
}

TEST_F(CatalogTest, SeniorCardGuideSaysWhatToBringAndWhere)
{
    const auto guide = findGuide(db, QStringLiteral("svc-senior-card"));
    ASSERT_TRUE(guide);
    EXPECT_EQ(guide->title.zh, QStringLiteral("老年卡办理"));
    EXPECT_TRUE(guide->materials.zh.first().contains(QStringLiteral("身份证")));
    EXPECT_EQ(guide->roomId, QStringLiteral("room-counter-2"));
    EXPECT_EQ(guide->floor, 1);
    EXPECT_EQ(guide->feeFen, 0);
    EXPECT_FALSE(findGuide(db, QStringLiteral("svc-nothing")));
}

TEST_F(CatalogTest, AGuideWithOnlyRequiredFieldsReadsCleanly)
{
    db.exec("INSERT INTO service_guide (id, title_zh, title_en, materials_zh) VALUES ('svc-bare', '空', "
            "'Bare', 'oops')");
    const auto guide = findGuide(db, QStringLiteral("svc-bare"));
    ASSERT_TRUE(guide);
    EXPECT_TRUE(guide->materials.zh.isEmpty()) << "a malformed list reads as empty";
    EXPECT_TRUE(guide->steps.en.isEmpty());
    EXPECT_EQ(guide->floor, 0);
}

TEST_F(CatalogTest, DirectoryHasFacilitiesAndTheHallsRoomsWithCategoryFilter)
{
    const auto all = listPlaces(db);
    EXPECT_EQ(all.size(), 25u + 16u);
    EXPECT_TRUE(all.front().inHall) << "the hall's own places come first";
    const auto sports = listPlaces(db, QStringLiteral("sports"));
    ASSERT_FALSE(sports.empty());
    for (const Place &p : sports)
        EXPECT_EQ(p.category, QStringLiteral("sports"));
    EXPECT_TRUE(listPlaces(db, QStringLiteral("no-such-category")).empty());
}

TEST_F(CatalogTest, DanceRoomHasItsFloorHoursAndAccess)
{
    const auto dance = findPlace(db, QStringLiteral("room-dance"));
    ASSERT_TRUE(dance);
    EXPECT_TRUE(dance->isRoom);
    EXPECT_EQ(dance->floor, 2);
    EXPECT_EQ(dance->floors.zh, QStringLiteral("2楼"));
    EXPECT_FALSE(dance->hours.zh.isEmpty());
    EXPECT_EQ(dance->category, QStringLiteral("elderly_care"));
    EXPECT_FALSE(dance->facilityName.zh.isEmpty());
    EXPECT_GT(dance->planW, 0);
}

TEST_F(CatalogTest, FloorPlanHasEveryRoomOnItsFloor)
{
    const auto floors = hallFloors(db);
    ASSERT_EQ(floors, (std::vector<int>{ 1, 2 }));
    EXPECT_EQ(roomsOnFloor(db, 1).size() + roomsOnFloor(db, 2).size(), 16u);
    for (const Place &room : roomsOnFloor(db, 2)) {
        EXPECT_GE(room.planX, 0);
        EXPECT_LE(room.planX + room.planW, 100.0 + 1e-9);
    }
}

TEST_F(CatalogTest, EventsOfTheNextWeekInOrderAndEndedOnesLeave)
{
    const qint64 now = clock.nowSecs();
    const auto week = upcomingEvents(db, now, now + 7 * 86400, now);
    ASSERT_FALSE(week.empty());
    for (size_t i = 1; i < week.size(); ++i)
        EXPECT_LE(week[i - 1].startsAtUtc, week[i].startsAtUtc);
    for (const Event &e : week) {
        EXPECT_GT(e.endsAtUtc, now);
        EXPECT_EQ(e.seatsLeft, e.capacity);
    }
    const bool talks
        = std::any_of(week.begin(), week.end(), [](const Event &e) { return e.kind == u"talk"; });
    EXPECT_TRUE(talks);
    // Today's 14:00 health check is listed until it ends at 16:00 local, then it is gone.
    auto hasToday = [&](qint64 at) {
        const auto list = upcomingEvents(db, at, at + 86400, at);
        return std::any_of(
            list.begin(), list.end(), [](const Event &e) { return e.id == u"evt-health-check-today"; });
    };
    EXPECT_TRUE(hasToday(now));
    clock.advanceSecs(6 * 3600 + 1); // 16:00:01 in Shanghai
    EXPECT_FALSE(hasToday(clock.nowSecs()));
}

TEST_F(CatalogTest, SeatsLeftCountsConfirmedSignUpsButNotTheWaitingList)
{
    const qint64 now = clock.nowSecs();
    db.exec("INSERT INTO resident(id, name) VALUES ('r1', 'A'), ('r2', 'B'), ('r3', 'C')");
    auto signUp = [&](const char *id, const char *resident, const char *status) {
        auto q = db.prepare(
            "INSERT INTO event_signup(id, event_id, resident_id, status, created_at_utc, updated_at_utc)"
            " VALUES (?1, 'evt-talk-tcm-small', ?2, ?3, ?4, ?4)");
        q.bind(1, id).bind(2, resident).bind(3, status).bind(4, now).run();
    };
    const auto before = findEvent(db, QStringLiteral("evt-talk-tcm-small"));
    ASSERT_TRUE(before.has_value());
    ASSERT_EQ(before->capacity, 2);
    EXPECT_EQ(before->seatsLeft, 2);
    signUp("s1", "r1", "confirmed");
    EXPECT_EQ(findEvent(db, QStringLiteral("evt-talk-tcm-small"))->seatsLeft, 1);
    signUp("s2", "r2", "confirmed");
    signUp("s3", "r3", "waitlisted");
    EXPECT_EQ(findEvent(db, QStringLiteral("evt-talk-tcm-small"))->seatsLeft, 0);
    const auto listed = upcomingEvents(db, now, now + 14 * 86400, now);
    const auto it = std::find_if(
        listed.begin(), listed.end(), [](const Event &e) { return e.id == u"evt-talk-tcm-small"; });
    ASSERT_NE(it, listed.end());
    EXPECT_EQ(it->seatsLeft, 0);
}

TEST_F(CatalogTest, NoticesRespectTheirValidityWindowWithAnInjectedClock)
{
    auto ids = [&] {
        QStringList list;
        for (const Notice &n : activeNotices(db, clock.nowSecs(), NoticePriority::Info))
            list << n.id;
        return list;
    };
    EXPECT_TRUE(ids().contains(QStringLiteral("ntc-lift-maintenance")));
    EXPECT_FALSE(ids().contains(QStringLiteral("ntc-sports-day-expired")));
    EXPECT_FALSE(ids().contains(QStringLiteral("ntc-fire-drill"))) << "starts in six days";
    EXPECT_EQ(
        activeNotices(db, clock.nowSecs(), NoticePriority::Info).front().priority, NoticePriority::Urgent);
    const auto change = nextNoticeChange(db, clock.nowSecs());
    ASSERT_TRUE(change);
    clock.set(QDateTime::fromSecsSinceEpoch(*change, QTimeZone::utc()));
    EXPECT_FALSE(ids().contains(QStringLiteral("ntc-lift-maintenance"))) << "gone exactly when it ends";
}

TEST(CatalogImport, AGuideMissingARequiredFieldIsRefusedNamingTheRecord)
{
    linli::test::TempDir dir;
    QFile::copy(QStringLiteral(LINLI_DEMO_DIR "/hall.json"), dir.file(QStringLiteral("hall.json")));
    QFile services(dir.file(QStringLiteral("services.json")));
    ASSERT_TRUE(services.open(QIODevice::WriteOnly));
    services.write(R"([{"id": "svc-no-title", "category": "elderly", "materials": {"zh": [], "en": []}}])");
    services.close();
    auto db = storage::Database::openInMemory();
    storage::migrate(db, storage::bundledMigrations());
    try {
        content::loadDemoContentIfEmpty(db, dir.path(), fixedNow());
        FAIL() << "a guide without a title was accepted";
    } catch (const content::ContentError &e) {
        EXPECT_TRUE(QString::fromUtf8(e.what()).contains(QStringLiteral("svc-no-title"))) << e.what();
        EXPECT_TRUE(QString::fromUtf8(e.what()).contains(QStringLiteral("title"))) << e.what();
    }
}

} // namespace
} // namespace linli::information::test
