// The demo content itself: what the later features (booking, notices, talks) rely on.
#include "content_fixture.h"

#include <QRegularExpression>
#include <QSet>

namespace linli::content::test {
namespace {

QJsonArray array(const char *name)
{
    return demoJson(QString::fromLatin1(name)).array();
}

TEST(DemoContent, BookableRoomsCarryBookingRules)
{
    int bookable = 0;
    for (const QJsonValue &value : array("rooms.json")) {
        const QJsonObject room = value.toObject();
        const std::string id = room.value(QStringLiteral("id")).toString().toStdString();
        const QJsonObject booking = room.value(QStringLiteral("booking")).toObject();
        ASSERT_EQ(room.value(QStringLiteral("bookable")).toBool(), !booking.isEmpty()) << id;
        if (booking.isEmpty())
            continue;
        ++bookable;
        EXPECT_GT(booking.value(QStringLiteral("slot_minutes")).toInt(), 0) << id;
        EXPECT_EQ(booking.value(QStringLiteral("approval_required")).toBool(), id == "room-multi-hall") << id;
        const QJsonArray weekly = booking.value(QStringLiteral("weekly_hours")).toArray();
        EXPECT_FALSE(weekly.isEmpty()) << id;
        for (const QJsonValue &day : weekly) {
            const int weekday = day[QStringLiteral("weekday")].toInt();
            EXPECT_TRUE(weekday >= 1 && weekday <= 7) << id;
            EXPECT_LT(day[QStringLiteral("open")].toString(), day[QStringLiteral("close")].toString()) << id;
        }
    }
    EXPECT_GE(bookable, 5);
}

TEST(DemoContent, EventsSpanTwoWeeksWithAFullableTalk)
{
    int talksThisWeek = 0;
    bool smallTalk = false;
    QSet<int> days;
    for (const QJsonValue &value : array("events.json")) {
        const QJsonObject event = value.toObject();
        const int day = event.value(QStringLiteral("day_offset")).toInt(-1);
        EXPECT_TRUE(day >= 0 && day <= 13) << event.value(QStringLiteral("id")).toString().toStdString();
        days.insert(day);
        if (event.value(QStringLiteral("kind")).toString() == QLatin1String("talk")) {
            talksThisWeek += day < 7 ? 1 : 0;
            smallTalk = smallTalk || event.value(QStringLiteral("capacity")).toInt() == 2;
        }
    }
    EXPECT_GE(array("events.json").size(), 12);
    EXPECT_GE(talksThisWeek, 2);
    EXPECT_TRUE(smallTalk);
    EXPECT_TRUE(days.contains(0) && days.contains(13));
}

TEST(DemoContent, NoticesIncludeUrgentExpiredAndFutureOnes)
{
    bool urgent = false, expired = false, future = false;
    for (const QJsonValue &value : array("notices.json")) {
        const QJsonObject notice = value.toObject();
        const int from = notice.value(QStringLiteral("valid_from_offset_days")).toInt();
        const int days = notice.value(QStringLiteral("valid_days")).toInt();
        urgent = urgent
            || (notice.value(QStringLiteral("priority")).toString() == QLatin1String("urgent") && from <= 0
                && from + days > 0);
        expired = expired || from + days <= 0;
        future = future || from > 0;
    }
    EXPECT_TRUE(urgent);
    EXPECT_TRUE(expired);
    EXPECT_TRUE(future);
}

TEST(DemoContent, GuidesPointAtCounters)
{
    QSet<QString> counters;
    for (const QJsonValue &room : array("rooms.json")) {
        if (room[QStringLiteral("kind")].toString() == QLatin1String("counter"))
            counters.insert(room[QStringLiteral("id")].toString());
    }
    for (const QJsonValue &guide : array("services.json"))
        EXPECT_TRUE(counters.contains(guide[QStringLiteral("room_id")].toString()))
            << guide[QStringLiteral("id")].toString().toStdString();
}

TEST(DemoContent, DemoResidentsAreWellFormed)
{
    const QJsonArray residents = array("residents.json");
    EXPECT_GE(residents.size(), 6);
    EXPECT_LE(residents.size(), 10);
    QSet<QString> ids, cards;
    const QRegularExpression pin(QStringLiteral("^[0-9]{6}$"));
    for (const QJsonValue &value : residents) {
        const QJsonObject r = value.toObject();
        ids.insert(r.value(QStringLiteral("id")).toString());
        cards.insert(r.value(QStringLiteral("card")).toString());
        EXPECT_TRUE(pin.match(r.value(QStringLiteral("pin")).toString()).hasMatch());
        EXPECT_GT(r.value(QStringLiteral("birth_year")).toInt(), 1900);
    }
    EXPECT_EQ(ids.size(), residents.size());
    EXPECT_EQ(cards.size(), residents.size());
}

TEST(DemoContent, MenuPricesAreWholeFen)
{
    const QJsonArray menu
        = demoJson(QStringLiteral("canteen.json")).object().value(QStringLiteral("menu")).toArray();
    EXPECT_FALSE(menu.isEmpty());
    for (const QJsonValue &dish : menu) {
        const double fen = dish[QStringLiteral("price_fen")].toDouble(-1);
        EXPECT_TRUE(fen > 0 && fen == double(qint64(fen)))
            << dish[QStringLiteral("id")].toString().toStdString();
    }
}

} // namespace
} // namespace linli::content::test
