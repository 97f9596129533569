#include "central_harness.h"
#include "store/central_store.h"

#include <gtest/gtest.h>
#include <QDateTime>
#include <QRegularExpression>
#include <QTimeZone>

using namespace linli;
using namespace linli::test;

namespace {

// 2027-03-02 14:00-15:00 in the demo hall's Asia/Shanghai.
const qint64 kSlotStartUtc = QDateTime(QDate(2027, 3, 2), QTime(6, 0), QTimeZone::utc()).toSecsSinceEpoch();

QByteArray booking(const QString &id)
{
    return QStringLiteral(
        R"({"booking_id": "%1", "room_id": "room-multi-hall", "starts_at_utc": %2, "ends_at_utc": %3, "resident_id": "res-0001", "status": "pending"})")
        .arg(id)
        .arg(kSlotStartUtc)
        .arg(kSlotStartUtc + 3600)
        .toUtf8();
}

QStringList linesWith(const QString &out, const QString &needle)
{
    QStringList found;
    for (const QString &line : out.split(u'\n'))
        if (line.contains(needle))
            found << line;
    return found;
}

} // namespace

// The event is committed before the kiosk gets its answer, so status shows it as soon as the
// kiosk's sync returns: no waiting.
TEST(CentralStatus, ABookingPushedAtAKioskShowsItsRoomAndLocalTime)
{
    CentralProcess central;
    TestKiosk kiosk(central);
    const auto created = kiosk.event(QStringLiteral("booking.created"), booking(QStringLiteral("bk-1")));
    const v1::SyncResponse r = kiosk.sync(kiosk.request({ created }));
    ASSERT_EQ(r.results_size(), 1);
    ASSERT_EQ(r.results(0).status(), v1::EventResult::STATUS_ACCEPTED);

    const CommandRun status = runCentral(central.db(), { QStringLiteral("status") });
    ASSERT_EQ(status.exitCode, 0) << status.err.toStdString();
    const QStringList lines = linesWith(status.out, QStringLiteral("booking.created"));
    ASSERT_EQ(lines.size(), 2) << status.out.toStdString(); // the count by kind, the event
    EXPECT_TRUE(lines[0].contains(QRegularExpression(QStringLiteral("booking.created\\s+1\\s+0$"))))
        << lines[0].toStdString();
    EXPECT_TRUE(lines[1].contains(kiosk.id())) << lines[1].toStdString();
    EXPECT_TRUE(
        lines[1].contains(QStringLiteral("room room-multi-hall 2027-03-02 14:00-15:00 (Asia/Shanghai)")))
        << lines[1].toStdString();
    EXPECT_TRUE(lines[1].endsWith(QStringLiteral("accepted"))) << lines[1].toStdString();
    EXPECT_TRUE(status.out.contains(QStringLiteral("events received: 1")));
}

TEST(CentralStatus, OrdersAndRejectionsShowWhatTheyAreAndWhy)
{
    CentralProcess central;
    TestKiosk kiosk(central);
    const auto order = kiosk.event(QStringLiteral("meal_order.created"),
        R"({"order_id": "o-1", "dish_id": "dish-set-a", "meal_date": "2027-03-02", "period": "lunch", "quantity": 2, "to_pay_fen": 2405})");
    const auto signup = kiosk.event(QStringLiteral("event.signed_up"),
        R"({"signup_id": "s-1", "event_id": "evt-nowhere", "resident_id": "res-0001", "status": "confirmed"})");
    kiosk.sync(kiosk.request({ order, signup }));

    const CommandRun status = runCentral(central.db(), { QStringLiteral("status") });
    ASSERT_EQ(status.exitCode, 0) << status.err.toStdString();
    const QStringList meal = linesWith(status.out, QStringLiteral("dish dish-set-a x2 for 2027-03-02 lunch"));
    ASSERT_EQ(meal.size(), 1) << status.out.toStdString();
    EXPECT_TRUE(meal[0].contains(QStringLiteral("to pay ¥24.05"))) << meal[0].toStdString();
    EXPECT_TRUE(meal[0].endsWith(QStringLiteral("accepted"))) << meal[0].toStdString();
    const QStringList rejected = linesWith(status.out, QStringLiteral("activity evt-nowhere"));
    ASSERT_EQ(rejected.size(), 1) << status.out.toStdString();
    EXPECT_TRUE(rejected[0].contains(QStringLiteral("rejected unknown_event: ")))
        << rejected[0].toStdString();
    EXPECT_TRUE(status.out.contains(QRegularExpression(QStringLiteral("\\n  event.signed_up\\s+0\\s+1\\n"))))
        << status.out.toStdString();
    EXPECT_TRUE(
        status.out.contains(QRegularExpression(QStringLiteral("\\n  meal_order.created\\s+1\\s+0\\n"))))
        << status.out.toStdString();
}

TEST(CentralStatus, ListsTheLatestEventsNewestFirstAsManyAsAsked)
{
    CentralProcess central;
    TestKiosk kiosk(central);
    QList<v1::OutboxEvent> events;
    for (int i = 1; i <= 12; ++i)
        events << kiosk.event(
            QStringLiteral("audit.note"), QStringLiteral(R"({"note": "n%1"})").arg(i).toUtf8());
    kiosk.sync(kiosk.request(events.mid(0, 6)));
    kiosk.sync(kiosk.request(events.mid(6)));

    const CommandRun byDefault = runCentral(central.db(), { QStringLiteral("status") });
    ASSERT_EQ(byDefault.exitCode, 0) << byDefault.err.toStdString();
    EXPECT_EQ(linesWith(byDefault.out, QStringLiteral("{\"note\"")).size(), 10)
        << byDefault.out.toStdString();

    const CommandRun three = runCentral(
        central.db(), { QStringLiteral("status"), QStringLiteral("--last"), QStringLiteral("3") });
    ASSERT_EQ(three.exitCode, 0) << three.err.toStdString();
    const QStringList shown = linesWith(three.out, QStringLiteral("{\"note\""));
    ASSERT_EQ(shown.size(), 3) << three.out.toStdString();
    EXPECT_TRUE(shown[0].contains(QStringLiteral("\"n12\""))) << three.out.toStdString();
    EXPECT_TRUE(shown[1].contains(QStringLiteral("\"n11\""))) << three.out.toStdString();
    EXPECT_TRUE(shown[2].contains(QStringLiteral("\"n10\""))) << three.out.toStdString();
    EXPECT_TRUE(three.out.contains(QStringLiteral("events received: 12")));
}

TEST(CentralStatus, ABadEventCountIsRefusedInBothLanguages)
{
    CentralProcess central;
    const CommandRun run = runCentral(
        central.db(), { QStringLiteral("status"), QStringLiteral("--last"), QStringLiteral("ten") });
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains(QStringLiteral("整数"))) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("whole number"))) << run.err.toStdString();
    EXPECT_TRUE(run.out.isEmpty());
}
