// Room bookings, activity seats and meal orders on an enrolled kiosk: within its shares they
// stand at once; beyond them they say which outbox event the server must answer. A kiosk that
// is not enrolled sells by its own rules only. (Now: Sunday 2026-11-22 10:00 in Shanghai.)
#include "../booking/booking_fixture.h"
#include "booking/booking_store.h"
#include "canteen/canteen_orders.h"
#include "escrow/escrow_shares.h"
#include "escrow/resources.h"

using namespace linli;
using namespace linli::booking;
using linli::booking::test::BookingFixture;

namespace {

const QString kMing = QStringLiteral("res-0001"), kXiu = QStringLiteral("res-0002");
const QString kDance = QStringLiteral("room-dance");
const QString kSmall = QStringLiteral("evt-talk-tcm-small"); // capacity 2
constexpr qint64 kExpires = 4'000'000'000'000;

class SalesUnderShares : public BookingFixture {
protected:
    void enrol() { db->prepare("UPDATE sync_state SET kiosk_id = 'kiosk-1', hall_id = 'hall'").run(); }
    void grant(const QString &resource, int units)
    {
        escrow::applyGrants(*db, { { resource, units, kExpires } }, 0);
    }
    QString lastEventId()
    {
        auto q = db->prepare("SELECT event_id FROM outbox ORDER BY seq DESC LIMIT 1");
        return q.step() ? q.text(0) : QString();
    }
};

} // namespace

TEST_F(SalesUnderShares, AKioskOnItsOwnBooksAsBefore)
{
    const BookingResult r = rooms->book(kMing, kDance, local("2026-11-23T15:00:00"));
    ASSERT_TRUE(r.ok) << r.reason.en.toStdString();
    EXPECT_TRUE(r.value.awaitsServerEvent.isEmpty());
}

TEST_F(SalesUnderShares, ABookingWithinTheSlotsShareStandsAndSpendsIt)
{
    enrol();
    const QString slot = escrow::resources::roomSlot(kDance, local("2026-11-23T15:00:00"));
    grant(slot, 1);
    const BookingResult r = rooms->book(kMing, kDance, local("2026-11-23T15:00:00"));
    ASSERT_TRUE(r.ok) << r.reason.en.toStdString();
    EXPECT_TRUE(r.value.awaitsServerEvent.isEmpty());
    EXPECT_EQ(escrow::unitsLeft(*db, slot, clock.nowSecs() * 1000), 0);
}

TEST_F(SalesUnderShares, ATwoHourBookingNeedsBothSlotsShares)
{
    enrol();
    grant(escrow::resources::roomSlot(kDance, local("2026-11-23T14:00:00")), 1); // not 15:00
    const BookingResult r = rooms->book(kMing, kDance, local("2026-11-23T14:00:00"), 2);
    ASSERT_TRUE(r.ok) << r.reason.en.toStdString();
    EXPECT_EQ(r.value.awaitsServerEvent, lastEventId());
    EXPECT_EQ(escrow::unitsLeft(*db, escrow::resources::roomSlot(kDance, local("2026-11-23T14:00:00")),
                  clock.nowSecs() * 1000),
        1);
}

TEST_F(SalesUnderShares, ABookingBeyondTheSharesWaitsForTheServerAndCanBeWithdrawnAtOnce)
{
    enrol();
    // Ten minutes' notice: cancelling would be too late by the room's rules, withdrawing is not.
    const BookingResult r = rooms->book(kMing, kDance, local("2026-11-22T11:00:00"));
    ASSERT_TRUE(r.ok) << r.reason.en.toStdString();
    ASSERT_EQ(r.value.awaitsServerEvent, lastEventId());
    ASSERT_TRUE(rooms->withdraw(r.value.id).ok);
    EXPECT_EQ(rooms->find(r.value.id)->status, BookingStatus::Cancelled);
    EXPECT_EQ(count("SELECT count(*) FROM outbox WHERE kind = 'booking.cancelled'"), 1)
        << "the server must hear the withdrawal too";
    EXPECT_TRUE(rooms->book(kXiu, kDance, local("2026-11-22T11:00:00")).ok) << "the slot is free again";
}

TEST_F(SalesUnderShares, ASeatWithinTheShareStandsAWaitingPlaceNeedsNone)
{
    enrol();
    grant(escrow::resources::eventSeats(kSmall), 1);
    const SignUpResult first = events->signUp(kMing, kSmall, SignUpMode::SeatOnly);
    ASSERT_TRUE(first.ok) << first.reason.en.toStdString();
    EXPECT_TRUE(first.value.awaitsServerEvent.isEmpty());
    const SignUpResult second = events->signUp(kXiu, kSmall, SignUpMode::SeatOnly);
    ASSERT_TRUE(second.ok) << second.reason.en.toStdString();
    EXPECT_EQ(second.value.awaitsServerEvent, lastEventId()) << "the share had one seat";
}

TEST_F(SalesUnderShares, AMealIsLimitedAcrossKiosksOnlyWhenTheCanteenSaysHowMany)
{
    enrol();
    canteen::CanteenOrders orders(*db, clock, hallTime());
    canteen::OrderRequest r;
    r.residentId = QStringLiteral("res-0007");
    r.offerId = QStringLiteral("2026-11-23.lunch.dish-set-a");
    const auto unlimited = orders.order(r);
    ASSERT_TRUE(unlimited.ok) << unlimited.reason.en.toStdString();
    EXPECT_TRUE(unlimited.value.awaitsServerEvent.isEmpty());

    db->prepare("UPDATE canteen_rules SET rules_json = json_set(rules_json, '$.servings_per_meal', 80)")
        .run();
    grant(escrow::resources::meal(
              QStringLiteral("canteen-baisuitang"), QStringLiteral("2026-11-23"), QStringLiteral("lunch")),
        2);
    r.quantity = 2;
    r.residentId = QStringLiteral("res-0006");
    const auto covered = orders.order(r);
    ASSERT_TRUE(covered.ok) << covered.reason.en.toStdString();
    EXPECT_TRUE(covered.value.awaitsServerEvent.isEmpty());
    r.quantity = 1;
    r.residentId = QStringLiteral("res-0004");
    const auto beyond = orders.order(r);
    ASSERT_TRUE(beyond.ok) << beyond.reason.en.toStdString();
    EXPECT_EQ(beyond.value.awaitsServerEvent, lastEventId());
}

TEST_F(SalesUnderShares, ASeatTheServerRefusedIsGoneAndMyBookingsSaysWhy)
{
    const SignUpResult r = events->signUp(kMing, kSmall, SignUpMode::SeatOnly);
    ASSERT_TRUE(r.ok) << r.reason.en.toStdString();
    auto q = db->prepare("SELECT id FROM event_signup WHERE resident_id = ? AND event_id = ?");
    q.bind(1, kMing).bind(2, kSmall);
    ASSERT_TRUE(q.step());
    const QString signup = q.text(0);
    const LocalizedText why{ QStringLiteral("名额已满"), QStringLiteral("the activity is full") };
    ASSERT_TRUE(store::refuseSeatByServer(*db, signup, why, clock.nowSecs()));
    EXPECT_FALSE(store::refuseSeatByServer(*db, signup, why, clock.nowSecs())) << "refused once";
    EXPECT_EQ(events->seats(kSmall, kMing)->myStatus, SignUpStatus::None);
    const auto refused = events->recentlyRefused(kMing);
    ASSERT_EQ(refused.size(), 1u);
    EXPECT_EQ(refused[0].eventId, kSmall);
    EXPECT_EQ(refused[0].reason.en, why.en);
    EXPECT_TRUE(events->recentlyRefused(kXiu).empty());
    clock.set(clock.nowUtc().addDays(8));
    EXPECT_TRUE(events->recentlyRefused(kMing).empty()) << "shown for a week";
}
