// The bundled demo content (deploy/demo) loads into a fresh database, once.
#include "content/demo_loader.h"
#include "content_fixture.h"

#include <QJsonArray>
#include <QStringList>

namespace linli::content::test {
namespace {

class DemoLoaderTest : public ContentDbTest { };

TEST_F(DemoLoaderTest, LoadsEveryFileAndCountsMatchTheJson)
{
    const LoadReport report = loadDemoContentIfEmpty(db, kDemoDir, fixedNow());

    ASSERT_TRUE(report.loaded);
    EXPECT_EQ(report.facilities, demoJson(QStringLiteral("facilities.json")).array().size());
    EXPECT_EQ(report.rooms, demoJson(QStringLiteral("rooms.json")).array().size());
    EXPECT_EQ(report.canteens, 1);
    EXPECT_EQ(report.guides, demoJson(QStringLiteral("services.json")).array().size());
    EXPECT_EQ(report.notices, demoJson(QStringLiteral("notices.json")).array().size());
    EXPECT_EQ(report.events, demoJson(QStringLiteral("events.json")).array().size());
    EXPECT_GE(report.facilities, 20);
    EXPECT_GE(report.guides, 10);
    EXPECT_EQ(scalar("SELECT COUNT(*) FROM hall"), 1);
    EXPECT_EQ(scalar("SELECT COUNT(*) FROM facility"), report.facilities);
    EXPECT_EQ(scalar("SELECT COUNT(*) FROM room"), report.rooms);
    EXPECT_EQ(scalar("SELECT COUNT(*) FROM service_guide"), report.guides);
    EXPECT_EQ(scalar("SELECT COUNT(*) FROM notice"), report.notices);
    EXPECT_EQ(scalar("SELECT COUNT(*) FROM event"), report.events);
    EXPECT_EQ(text("SELECT timezone FROM hall WHERE id = ?1", QStringLiteral("hall-changzhengqiao")),
        QStringLiteral("Asia/Shanghai"));
}

TEST_F(DemoLoaderTest, EveryFacilityOfSeed000IsListed)
{
    loadDemoContentIfEmpty(db, kDemoDir, fixedNow());
    const QStringList seedNames = { QStringLiteral("小河驿·梦空间传统文化展示馆"),
        QStringLiteral("小河农贸市场"), QStringLiteral("小河驿·同心文化站"),
        QStringLiteral("丝联166园区区域性枢纽型党群服务阵地"),
        QStringLiteral("大浒路社区文化家园(新时代文明实践站)"), QStringLiteral("乐堤港运河城市驿站"),
        QStringLiteral("长征桥社区阳光老人家"), QStringLiteral("娑婆桥运河城市驿站"),
        QStringLiteral("董家新村社区党群服务中心"), QStringLiteral("新时代文明实践所(文化家园)"),
        QStringLiteral("小河直街运河城市驿站"), QStringLiteral("明真宫社区党群服务中心(新时代文明实践站)"),
        QStringLiteral("董家益美术馆"), QStringLiteral("杨家门农贸市场"),
        QStringLiteral("余杭塘路社区阳光老人家"), QStringLiteral("广兴新村智慧邻里中心"),
        QStringLiteral("明真宫社区阳光老人家"), QStringLiteral("人大代表联络站和工匠馆"),
        QStringLiteral("塘河新村&余杭塘路社区党群服务中心"), QStringLiteral("余杭塘路社区党建小公园") };
    for (const QString &name : seedNames) {
        EXPECT_FALSE(text("SELECT id FROM facility WHERE name_zh = ?1", name).isEmpty())
            << "missing facility " << name.toStdString();
    }
    EXPECT_EQ(text("SELECT address_zh FROM facility WHERE name_zh = ?1", QStringLiteral("小河农贸市场")),
        QStringLiteral("古运河99号"));
    EXPECT_EQ(
        text("SELECT category FROM facility WHERE name_zh = ?1", QStringLiteral("长征桥社区阳光老人家")),
        QStringLiteral("elderly_care"));
}

TEST_F(DemoLoaderTest, EveryRowIsBilingual)
{
    loadDemoContentIfEmpty(db, kDemoDir, fixedNow());
    EXPECT_EQ(scalar("SELECT COUNT(*) FROM hall WHERE name_zh = '' OR name_en = '' OR address_en = ''"), 0);
    EXPECT_EQ(scalar("SELECT COUNT(*) FROM facility WHERE name_zh = '' OR name_en = '' OR address_en = '' "
                     "OR description_en = '' OR functions_en = '[]'"),
        0);
    EXPECT_EQ(
        scalar("SELECT COUNT(*) FROM room WHERE name_zh = '' OR name_en = '' OR equipment_en = '[]'"), 0);
    EXPECT_EQ(scalar("SELECT COUNT(*) FROM canteen WHERE name_zh = '' OR name_en = ''"), 0);
    EXPECT_EQ(
        scalar("SELECT COUNT(*) FROM service_guide WHERE title_zh = '' OR title_en = '' OR summary_en = '' "
               "OR keywords_zh = '' OR keywords_en = ''"),
        0);
    EXPECT_EQ(scalar("SELECT COUNT(*) FROM notice WHERE title_zh = '' OR title_en = '' OR body_en = ''"), 0);
    EXPECT_EQ(scalar("SELECT COUNT(*) FROM event WHERE title_zh = '' OR title_en = '' OR place_en = ''"), 0);
    // Any Chinese in the English columns would be a missed translation.
    EXPECT_EQ(scalar("SELECT COUNT(*) FROM facility WHERE name_en GLOB '*[一-龥]*'"), 0);
    EXPECT_EQ(scalar("SELECT COUNT(*) FROM service_guide WHERE materials_en GLOB '*[一-龥]*'"), 0);
}

TEST_F(DemoLoaderTest, StoresListsAsJsonArraysAndKeywordsAsText)
{
    loadDemoContentIfEmpty(db, kDemoDir, fixedNow());
    const QString materials
        = text("SELECT materials_zh FROM service_guide WHERE id = ?1", QStringLiteral("svc-senior-card"));
    const QJsonArray list = QJsonDocument::fromJson(materials.toUtf8()).array();
    ASSERT_FALSE(list.isEmpty());
    EXPECT_TRUE(list.first().toString().contains(QStringLiteral("身份证")));
    EXPECT_TRUE(text("SELECT keywords_zh FROM service_guide WHERE id = ?1", QStringLiteral("svc-senior-card"))
                    .split(u' ')
                    .contains(QStringLiteral("老年证")));
    EXPECT_EQ(scalar("SELECT fee_fen FROM service_guide WHERE id = 'svc-senior-card'"), 0);
    EXPECT_EQ(text("SELECT room_id FROM canteen WHERE id = ?1", QStringLiteral("canteen-baisuitang")),
        QStringLiteral("room-canteen"));
    EXPECT_EQ(scalar("SELECT priority FROM notice WHERE id = 'ntc-lift-maintenance'"), 2);
}

TEST_F(DemoLoaderTest, RelativeDatesLandOnTheHallsLocalDay)
{
    loadDemoContentIfEmpty(db, kDemoDir, fixedNow());
    // day_offset 1, 09:30 Shanghai on Monday 23 November = 01:30Z; 90 minutes.
    EXPECT_EQ(scalar("SELECT starts_at_utc FROM event WHERE id = 'evt-talk-anti-fraud'"),
        utcSecs(2026, 11, 23, 1, 30));
    EXPECT_EQ(scalar("SELECT ends_at_utc FROM event WHERE id = 'evt-talk-anti-fraud'"),
        utcSecs(2026, 11, 23, 3, 0));
    // valid_from_offset_days 0, valid_days 2: local midnight 22 Nov to local midnight 24 Nov.
    EXPECT_EQ(scalar("SELECT valid_from_utc FROM notice WHERE id = 'ntc-lift-maintenance'"),
        utcSecs(2026, 11, 21, 16, 0));
    EXPECT_EQ(scalar("SELECT valid_until_utc FROM notice WHERE id = 'ntc-lift-maintenance'"),
        utcSecs(2026, 11, 23, 16, 0));
}

TEST_F(DemoLoaderTest, TodayIsTheLocalDateNotTheUtcDate)
{
    // 17:30Z on 22 November is already 01:30 on 23 November in Shanghai.
    loadDemoContentIfEmpty(db, kDemoDir, QDateTime(QDate(2026, 11, 22), QTime(17, 30), QTimeZone::utc()));
    EXPECT_EQ(scalar("SELECT starts_at_utc FROM event WHERE id = 'evt-talk-anti-fraud'"),
        utcSecs(2026, 11, 24, 1, 30));
}

TEST_F(DemoLoaderTest, SecondCallLoadsNothing)
{
    ASSERT_TRUE(loadDemoContentIfEmpty(db, kDemoDir, fixedNow()).loaded);
    const qint64 rows = contentRows();

    const LoadReport again = loadDemoContentIfEmpty(db, kDemoDir, fixedNow().addDays(3));
    EXPECT_FALSE(again.loaded);
    EXPECT_EQ(again.facilities + again.rooms + again.guides + again.events, 0);
    EXPECT_EQ(contentRows(), rows);
    EXPECT_EQ(scalar("SELECT starts_at_utc FROM event WHERE id = 'evt-talk-anti-fraud'"),
        utcSecs(2026, 11, 23, 1, 30));
}

TEST_F(DemoLoaderTest, AHallFromElsewhereIsNeverOverwritten)
{
    db.exec("INSERT INTO hall (id, name_zh, name_en) VALUES ('hall-synced', '已同步', 'Synced')");
    // Even a broken demo folder is not read once a hall exists.
    EXPECT_FALSE(loadDemoContentIfEmpty(db, kBadDir + QStringLiteral("/broken_json"), fixedNow()).loaded);
    EXPECT_EQ(scalar("SELECT COUNT(*) FROM facility"), 0);
}

} // namespace
} // namespace linli::content::test
