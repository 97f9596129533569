#include "central_harness.h"
#include "store/central_store.h"

#include <gtest/gtest.h>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

using namespace linli;
using namespace linli::test;

namespace {

const QString kEvent = QStringLiteral("evt-health-check-today");

// The demo content with the health check's capacity set to `capacity`.
void setCapacity(const QString &dir, int capacity)
{
    QFile f(dir + QStringLiteral("/events.json"));
    ASSERT_TRUE(f.open(QIODevice::ReadWrite));
    QJsonArray events = QJsonDocument::fromJson(f.readAll()).array();
    for (QJsonValueRef e : events)
        if (e.toObject().value(QLatin1String("id")).toString() == kEvent) {
            QJsonObject o = e.toObject();
            o.insert(QStringLiteral("capacity"), capacity);
            e = o;
        }
    f.resize(0);
    f.write(QJsonDocument(events).toJson());
}

int shareOf(const v1::SyncResponse &r, const QString &resource)
{
    for (const v1::Grant &g : r.grants())
        if (QString::fromStdString(g.resource()) == resource)
            return static_cast<int>(g.units());
    return 0;
}

QList<v1::OutboxEvent> signUps(TestKiosk &kiosk, int count)
{
    QList<v1::OutboxEvent> out;
    for (int i = 0; i < count; ++i)
        out << kiosk.event(QStringLiteral("event.signed_up"),
            QStringLiteral(
                R"({"signup_id": "%1-%2", "event_id": "%3", "resident_id": "res-000%2", "status": "confirmed"})")
                .arg(kiosk.id())
                .arg(i + 1)
                .arg(kEvent)
                .toUtf8());
    return out;
}

QByteArray booking(const QString &id, qint64 start)
{
    return QStringLiteral(
        R"({"booking_id": "%1", "room_id": "room-multi-hall", "starts_at_utc": %2, "ends_at_utc": %3, "resident_id": "res-0001", "status": "pending"})")
        .arg(id)
        .arg(start)
        .arg(start + 3600)
        .toUtf8();
}

} // namespace

TEST(CentralQuota, TwoKiosksSellingOfflineBeyondTheirSharesNeverExceedTheQuota)
{
    TempDir dir;
    copyDemoContent(dir.path());
    setCapacity(dir.path(), 3);
    CentralProcess central(dir.path());
    TestKiosk a(central), b(central);
    const QString seats = QStringLiteral("event:") + kEvent;
    const int shareA = shareOf(a.sync(a.request()), seats);
    const int shareB = shareOf(b.sync(b.request()), seats);
    EXPECT_GE(shareA, 1);
    EXPECT_GE(shareB, 1);
    EXPECT_LE(shareA + shareB, 3);

    // Cut off, each sells one more than its share; B's events reach the server first.
    const auto soldByB = signUps(b, shareB + 1);
    const auto soldByA = signUps(a, shareA + 1);
    const v1::SyncResponse rb = b.sync(b.request(soldByB));
    const v1::SyncResponse ra = a.sync(a.request(soldByA));
    int accepted = 0;
    for (const auto *r : { &ra, &rb })
        for (const v1::EventResult &result : r->results()) {
            if (result.status() == v1::EventResult::STATUS_ACCEPTED)
                ++accepted;
            else
                EXPECT_EQ(result.reason_code(), "quota_exhausted");
        }
    EXPECT_EQ(accepted, 3);
    EXPECT_EQ(central.store().sold(seats), 3);
    // What each kiosk sold within its share was accepted.
    for (int i = 0; i < shareA; ++i)
        EXPECT_EQ(ra.results(i).status(), v1::EventResult::STATUS_ACCEPTED);
    for (int i = 0; i < shareB; ++i)
        EXPECT_EQ(rb.results(i).status(), v1::EventResult::STATUS_ACCEPTED);
    // Sold out: no kiosk gets a share any more.
    EXPECT_EQ(shareOf(a.sync(a.request()), seats), 0);
}

TEST(CentralQuota, SharesAreSentWhenTheyChangeNotOnEveryIdleSync)
{
    CentralProcess central;
    TestKiosk kiosk(central);
    const v1::SyncResponse first = kiosk.sync(kiosk.request());
    EXPECT_GT(first.grants_size(), 0);
    const v1::SyncResponse idle = kiosk.sync(kiosk.request({}, first.cursor()));
    EXPECT_EQ(idle.grants_size(), 0);
    EXPECT_LE(serialized(idle).size(), 512);
}

// Cut off, the hall's only kiosk books a room as far ahead as a resident may (the room's
// horizon_days: 30 for the multi-purpose hall, 14 for the dance room), not just today and tomorrow.
TEST(CentralQuota, ALoneKioskGetsSharesOfRoomSlotsAsFarAheadAsTheRoomIsBookable)
{
    CentralProcess central;
    TestKiosk kiosk(central);
    const v1::SyncResponse first = kiosk.sync(kiosk.request());
    auto furthestDaysAhead = [&](const QString &room) {
        qint64 furthest = 0;
        for (const v1::Grant &g : first.grants()) {
            const QString name = QString::fromStdString(g.resource());
            if (g.units() > 0 && name.startsWith(QStringLiteral("room:%1:").arg(room)))
                furthest = std::max(furthest, name.section(u':', -1).toLongLong());
        }
        return static_cast<double>(furthest - nowMs() / 1000) / 86400;
    };
    EXPECT_GT(furthestDaysAhead(QStringLiteral("room-multi-hall")), 27);
    EXPECT_LT(furthestDaysAhead(QStringLiteral("room-multi-hall")), 30);
    EXPECT_GT(furthestDaysAhead(QStringLiteral("room-dance")), 11);
    EXPECT_LT(furthestDaysAhead(QStringLiteral("room-dance")), 14);
}

// The dance room opens at 08:30 and the kiosk offers its hours on the clock, 09:00 to 19:00: the
// shares must name those very slots, or a kiosk cut off from the server can book none of them.
TEST(CentralQuota, SharesAreOfTheSlotsTheKioskOffersOnTheClock)
{
    CentralProcess central;
    TestKiosk kiosk(central);
    const v1::SyncResponse first = kiosk.sync(kiosk.request());
    const QTimeZone shanghai("Asia/Shanghai");
    const QDate dayAfterTomorrow = QDateTime::fromMSecsSinceEpoch(nowMs(), shanghai).date().addDays(2);
    QStringList hours;
    for (const v1::Grant &g : first.grants()) {
        const QString name = QString::fromStdString(g.resource());
        if (g.units() <= 0 || !name.startsWith(u"room:room-dance:"))
            continue;
        const QDateTime start = QDateTime::fromSecsSinceEpoch(name.section(u':', -1).toLongLong(), shanghai);
        if (start.date() == dayAfterTomorrow)
            hours << start.time().toString(u"HH:mm");
    }
    hours.sort();
    EXPECT_EQ(
        hours.join(u' ').toStdString(), "09:00 10:00 11:00 12:00 13:00 14:00 15:00 16:00 17:00 18:00 19:00");
}

TEST(CentralQuota, ARoomSlotBookedAtOneKioskIsRefusedAtAnother)
{
    CentralProcess central;
    TestKiosk a(central), b(central);
    const qint64 start = (nowMs() / 1000 / 3600 + 50) * 3600;
    const v1::SyncResponse ra = a.sync(
        a.request({ a.event(QStringLiteral("booking.created"), booking(QStringLiteral("bk-a"), start)) }));
    ASSERT_EQ(ra.results_size(), 1);
    EXPECT_EQ(ra.results(0).status(), v1::EventResult::STATUS_ACCEPTED);
    const v1::SyncResponse rb = b.sync(
        b.request({ b.event(QStringLiteral("booking.created"), booking(QStringLiteral("bk-b"), start)) }));
    ASSERT_EQ(rb.results_size(), 1);
    EXPECT_EQ(rb.results(0).status(), v1::EventResult::STATUS_REJECTED);
    EXPECT_EQ(rb.results(0).reason_code(), "slot_taken");
    EXPECT_FALSE(rb.results(0).reason_zh().empty());

    // Once A's booking is cancelled the slot is free again.
    a.sync(
        a.request({ a.event(QStringLiteral("booking.cancelled"), booking(QStringLiteral("bk-a"), start)) }));
    const v1::SyncResponse again = b.sync(
        b.request({ b.event(QStringLiteral("booking.created"), booking(QStringLiteral("bk-b2"), start)) }));
    EXPECT_EQ(again.results(0).status(), v1::EventResult::STATUS_ACCEPTED);
}

TEST(CentralQuota, AnUnknownRoomIsRejected)
{
    CentralProcess central;
    TestKiosk kiosk(central);
    QByteArray payload = booking(QStringLiteral("bk-x"), 1'900'000'000);
    payload.replace("room-multi-hall", "room-nowhere");
    const v1::SyncResponse r
        = kiosk.sync(kiosk.request({ kiosk.event(QStringLiteral("booking.created"), payload) }));
    EXPECT_EQ(r.results(0).reason_code(), "unknown_room");
}

TEST(CentralQuota, OneTicketAdmittedAtTwoKiosksIsFlagged)
{
    CentralProcess central;
    TestKiosk a(central), b(central);
    const QByteArray admitted
        = R"({"ticket_id": "0a0b0c0d0e0f10111213141516171819", "place_id": "room-health"})";
    a.sync(a.request({ a.event(QStringLiteral("ticket.admitted"), admitted) }));
    EXPECT_TRUE(central.store().flags().empty());
    const v1::SyncResponse r = b.sync(b.request({ b.event(QStringLiteral("ticket.admitted"), admitted) }));
    EXPECT_EQ(r.results(0).status(), v1::EventResult::STATUS_ACCEPTED); // it happened; staff look at it
    const CommandRun status = runCentral(central.db(), { QStringLiteral("status") });
    EXPECT_TRUE(status.out.contains(QStringLiteral("ticket_admitted_twice"))) << status.out.toStdString();
    EXPECT_TRUE(status.out.contains(QStringLiteral("0a0b0c0d0e0f10111213141516171819")));
}

TEST(CentralQuota, ACanteensServingsPerMealLimitTheOrdersOfAllKiosks)
{
    TempDir dir;
    copyDemoContent(dir.path());
    {
        QFile f(dir.file(QStringLiteral("canteen.json")));
        ASSERT_TRUE(f.open(QIODevice::ReadWrite));
        QJsonObject canteen = QJsonDocument::fromJson(f.readAll()).object();
        canteen.insert(QStringLiteral("servings_per_meal"), 3); // the kiosk's parser takes it as it is
        f.resize(0);
        f.write(QJsonDocument(canteen).toJson());
    }
    CentralProcess central(dir.path());
    TestKiosk a(central), b(central);
    const auto order = [](const char *id, int quantity) {
        return QStringLiteral(
            R"({"order_id": "%1", "dish_id": "dish-set-a", "meal_date": "2027-03-02", "period": "lunch", "quantity": %2})")
            .arg(QLatin1String(id))
            .arg(quantity)
            .toUtf8();
    };
    const v1::SyncResponse ra
        = a.sync(a.request({ a.event(QStringLiteral("meal_order.created"), order("o-a", 2)) }));
    EXPECT_EQ(ra.results(0).status(), v1::EventResult::STATUS_ACCEPTED);
    const v1::SyncResponse rb
        = b.sync(b.request({ b.event(QStringLiteral("meal_order.created"), order("o-b", 2)),
            b.event(QStringLiteral("meal_order.created"), order("o-b2", 1)) }));
    EXPECT_EQ(rb.results(0).status(), v1::EventResult::STATUS_REJECTED);
    EXPECT_EQ(rb.results(0).reason_code(), "quota_exhausted");
    EXPECT_EQ(rb.results(1).status(), v1::EventResult::STATUS_ACCEPTED);
    EXPECT_EQ(central.store().sold(QStringLiteral("meal:canteen-baisuitang:2027-03-02:lunch")), 3);
}

TEST(CentralQuota, ASyncWithEventsResendsEveryShareInCaseTheLastReplyWasLost)
{
    CentralProcess central;
    TestKiosk kiosk(central);
    const v1::SyncResponse first = kiosk.sync(kiosk.request());
    ASSERT_GT(first.grants_size(), 0);
    // The reply above never reached the kiosk; its next sync carries an audit event.
    const v1::SyncResponse next
        = kiosk.sync(kiosk.request({ kiosk.event(QStringLiteral("voucher.used"), "{}") }, first.cursor()));
    EXPECT_EQ(next.grants_size(), first.grants_size());
    for (const v1::Grant &g : first.grants())
        EXPECT_EQ(shareOf(next, QString::fromStdString(g.resource())), static_cast<int>(g.units()));
}
