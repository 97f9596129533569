// The server's answers applied to the outbox: accepted, or rejected with a reason that reaches
// the resident's booking or meal order (and revokes its ticket); nothing of a bad answer.
#include "canteen/vouchers.h"
#include "storage/transaction.h"
#include "sync/outbox_results.h"
#include "sync/sync_error.h"
#include "sync_fixture.h"

namespace linli::sync::test {
namespace {

using ResultsTest = SyncFixture;

const v1::OutboxEvent &eventOf(const v1::SyncRequest &r, const char *kind)
{
    for (const auto &e : r.events())
        if (e.kind() == kind)
            return e;
    throw std::runtime_error(std::string("no event ") + kind);
}

TEST_F(ResultsTest, AcceptedEventsAreAnsweredAndLeaveTheBookingAsItWas)
{
    const QString booking = bookDance();
    const v1::SyncRequest sent = request();
    v1::SyncResponse response = emptyResponse();
    for (const auto &e : sent.events())
        addResult(response, e, true);
    const ResultsApplied applied = applyResults(*db, sent, response, clock.nowSecs());
    EXPECT_EQ(applied.accepted, sent.events_size());
    EXPECT_EQ(applied.rejected, 0);
    EXPECT_EQ(count("SELECT count(*) FROM outbox WHERE result IS NULL"), 0);
    EXPECT_EQ(count("SELECT count(*) FROM outbox WHERE result = 'accepted' AND result_at_utc IS NOT NULL"),
        sent.events_size());
    EXPECT_EQ(rooms->find(booking)->status, booking::BookingStatus::Confirmed);
}

TEST_F(ResultsTest, ARefusedBookingSaysWhyFreesItsTimeAndLosesItsTicket)
{
    const IssuedTicket ticket = danceTicket();
    const QString booking = ticket.source.id;
    const v1::SyncRequest sent = request();
    v1::SyncResponse response = emptyResponse();
    addResult(response, eventOf(sent, "booking.created"), false, "slot_taken");
    const ResultsApplied applied = applyResults(*db, sent, response, clock.nowSecs());
    EXPECT_EQ(applied.refusedBookings, 1);

    const auto b = rooms->find(booking);
    EXPECT_EQ(b->status, booking::BookingStatus::Rejected);
    EXPECT_EQ(b->reason.en, QStringLiteral("another kiosk booked this time first"));
    EXPECT_EQ(b->reason.zh, QStringLiteral("该时段已被其他终端预订"));
    EXPECT_EQ(rooms->recentlyEnded(tickets::test::kMing).size(), 1u) << "My bookings shows it";
    EXPECT_EQ(count("SELECT count(*) FROM booking_slot"), 0) << "the time is free again";
    EXPECT_EQ(
        count("SELECT count(*) FROM outbox WHERE result = 'rejected' AND reason_code = 'slot_taken'"), 1);
    // The other events were not answered: they go again.
    EXPECT_EQ(count("SELECT count(*) FROM outbox WHERE result IS NULL"), sent.events_size() - 1);

    EXPECT_EQ(office->revokeCancelled(), 1);
    EXPECT_TRUE(
        storage::test::queryInt(*db, "SELECT count(*) FROM ticket_revocation WHERE reason = 'rejected'")
        == 1);
}

TEST_F(ResultsTest, ARefusedMealOrderIsCancelledWithItsReasonServingsAndVouchersBack)
{
    const qint64 balanceBefore = canteen::ledger::balance(*db, tickets::test::kChen);
    const qint64 takenBefore
        = count("SELECT taken FROM canteen_offer WHERE id = '2026-11-23.lunch.dish-set-a'");
    const QString order = orderLunch();
    ASSERT_LT(canteen::ledger::balance(*db, tickets::test::kChen), balanceBefore)
        << "the order used vouchers";
    ASSERT_TRUE(office->ticketForMealOrder(order).ok);
    const v1::SyncRequest sent = request();
    v1::SyncResponse response = emptyResponse();
    addResult(response, eventOf(sent, "meal_order.created"), false, "quota_exhausted");
    EXPECT_EQ(applyResults(*db, sent, response, clock.nowSecs()).refusedOrders, 1);

    const auto o = orders->find(order);
    EXPECT_EQ(o->status, canteen::OrderStatus::Cancelled);
    EXPECT_EQ(o->refusedByServer.en, QStringLiteral("another kiosk booked this time first"));
    EXPECT_EQ(orders->refusedRecently(tickets::test::kChen).size(), 1u) << "My meal orders shows it";
    EXPECT_EQ(count("SELECT taken FROM canteen_offer WHERE id = '2026-11-23.lunch.dish-set-a'"), takenBefore);
    EXPECT_EQ(canteen::ledger::balance(*db, tickets::test::kChen), balanceBefore);
    EXPECT_EQ(office->revokeCancelled(), 1);
}

TEST_F(ResultsTest, AnAnswerToAnEventNotSentChangesNothing)
{
    bookDance();
    const v1::SyncRequest sent = request();
    v1::SyncResponse response = emptyResponse();
    addResult(response, sent.events(0), true);
    v1::OutboxEvent stranger;
    stranger.set_event_id("not-sent");
    addResult(response, stranger, false);
    storage::Transaction tx(*db);
    EXPECT_THROW(applyResults(*db, sent, response, clock.nowSecs()), BadResponse);
    EXPECT_EQ(count("SELECT count(*) FROM outbox WHERE result IS NOT NULL"), 0);

    v1::SyncResponse twice = emptyResponse();
    addResult(twice, sent.events(0), true);
    addResult(twice, sent.events(0), false);
    EXPECT_THROW(applyResults(*db, sent, twice, clock.nowSecs()), BadResponse);
    EXPECT_EQ(count("SELECT count(*) FROM outbox WHERE result IS NOT NULL"), 0);
}

TEST_F(ResultsTest, AnEventTheServerCouldNotJudgeIsSentAgain)
{
    bookDance();
    const v1::SyncRequest sent = request();
    v1::SyncResponse response = emptyResponse();
    v1::EventResult *r = response.add_results();
    r->set_event_id(sent.events(0).event_id()); // STATUS_UNSPECIFIED
    applyResults(*db, sent, response, clock.nowSecs());
    EXPECT_EQ(request().events(0).event_id(), sent.events(0).event_id());
}

} // namespace
} // namespace linli::sync::test
