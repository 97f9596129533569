// Staff changes of the day: a dish sold out (the menu shows it at once), quota changes,
// approving and rejecting pending bookings; role limits; an audit row (and outbox event) for
// every change and none for a refusal.
#include "booking/pending_bookings.h"
#include "canteen/menu.h"
#include "maintenance/audit.h"
#include "maintenance/staff_actions.h"
#include "unit/booking/booking_fixture.h"

using namespace linli::maintenance;
using linli::booking::test::BookingFixture;

namespace {
const StaffMember kOperator{ QStringLiteral("staff-op"), QStringLiteral("王值班"), StaffRole::Operator };
const StaffMember kCook{ QStringLiteral("staff-canteen"), QStringLiteral("刘师傅"), StaffRole::Canteen };
} // namespace

class StaffActionsTest : public BookingFixture {
protected:
    StaffActions actions() { return StaffActions(*db, clock, hallTime()); }
    QString firstOffer()
    {
        auto q = db->prepare(
            "SELECT id FROM canteen_offer WHERE removed = 0 AND taken < quota ORDER BY id LIMIT 1");
        return q.step() ? q.text(0) : QString();
    }
};

TEST_F(StaffActionsTest, SoldOutShowsOnTheMenuAtOnceAndIsAudited)
{
    const QString offer = firstOffer();
    ASSERT_FALSE(offer.isEmpty());
    const auto before = linli::canteen::findOffer(*db, offer);
    ASSERT_TRUE(before && !before->soldOut());
    const qint64 outbox = count("SELECT count(*) FROM outbox");

    const linli::Outcome done = actions().markSoldOut(kCook, offer);
    ASSERT_TRUE(done.ok) << done.reason.en.toStdString();
    EXPECT_TRUE(linli::canteen::findOffer(*db, offer)->soldOut());

    const auto audit = recentAudit(*db);
    ASSERT_EQ(audit.size(), 1u);
    EXPECT_EQ(audit[0].staffId, QStringLiteral("staff-canteen"));
    EXPECT_EQ(audit[0].action, QStringLiteral("canteen.offer_sold_out"));
    EXPECT_EQ(audit[0].subject, offer);
    EXPECT_EQ(audit[0].before[u"quota"].toInt(), before->quota);
    EXPECT_EQ(audit[0].after[u"quota"].toInt(), before->taken);
    EXPECT_EQ(audit[0].atUtc, clock.nowSecs());
    EXPECT_EQ(count("SELECT count(*) FROM outbox WHERE kind = 'staff.audit'"), 1);
    EXPECT_EQ(count("SELECT count(*) FROM outbox"), outbox + 2); // the quota event and the audit
}

TEST_F(StaffActionsTest, AnOperatorMayNotChangeTheMenuAndARefusalChangesNothing)
{
    const QString offer = firstOffer();
    const linli::Outcome refused = actions().markSoldOut(kOperator, offer);
    EXPECT_FALSE(refused.ok);
    EXPECT_FALSE(refused.reason.zh.isEmpty());
    EXPECT_FALSE(linli::canteen::findOffer(*db, offer)->soldOut());
    EXPECT_EQ(count("SELECT count(*) FROM staff_audit"), 0);
}

TEST_F(StaffActionsTest, QuotaNeverBelowWhatIsOrderedNorForAnUnknownDish)
{
    const QString offer = firstOffer();
    EXPECT_FALSE(actions().changeQuota(kCook, offer, -1).ok);
    EXPECT_FALSE(actions().changeQuota(kCook, QStringLiteral("no-such-offer"), 5).ok);
    EXPECT_EQ(count("SELECT count(*) FROM staff_audit"), 0);
    ASSERT_TRUE(actions().changeQuota(kCook, offer, 3).ok);
    EXPECT_EQ(linli::canteen::findOffer(*db, offer)->quota, 3);
}

TEST_F(StaffActionsTest, PendingBookingIsApprovedOrRejectedByTheOperatorNotTheCook)
{
    const auto booked = rooms->book(
        QStringLiteral("res-0001"), QStringLiteral("room-multi-hall"), local("2026-11-24T10:00:00"));
    ASSERT_TRUE(booked.ok) << booked.reason.en.toStdString();
    auto pending = linli::booking::pendingBookings(*db, clock.nowSecs());
    ASSERT_EQ(pending.size(), 1u);
    EXPECT_EQ(pending[0].roomName.en.isEmpty(), false);

    EXPECT_FALSE(actions().approveBooking(kCook, pending[0].id).ok);
    EXPECT_EQ(rooms->find(pending[0].id)->status, linli::booking::BookingStatus::Pending);

    ASSERT_TRUE(actions().approveBooking(kOperator, pending[0].id).ok);
    EXPECT_EQ(rooms->find(pending[0].id)->status, linli::booking::BookingStatus::Confirmed);
    EXPECT_TRUE(linli::booking::pendingBookings(*db, clock.nowSecs()).empty());
    EXPECT_EQ(recentAudit(*db).at(0).action, QStringLiteral("booking.approve"));
    // Deciding twice is refused and not audited again.
    EXPECT_FALSE(actions().rejectBooking(kOperator, pending[0].id).ok);
    EXPECT_EQ(count("SELECT count(*) FROM staff_audit"), 1);
}

TEST_F(StaffActionsTest, RejectedBookingTellsTheResidentWhy)
{
    const auto booked = rooms->book(
        QStringLiteral("res-0002"), QStringLiteral("room-multi-hall"), local("2026-11-24T14:00:00"));
    ASSERT_TRUE(booked.ok) << booked.reason.en.toStdString();
    ASSERT_TRUE(actions().rejectBooking(kOperator, booked.value.id).ok);
    const auto after = rooms->find(booked.value.id);
    EXPECT_EQ(after->status, linli::booking::BookingStatus::Rejected);
    EXPECT_FALSE(after->reason.zh.isEmpty());
    EXPECT_EQ(recentAudit(*db).at(0).after[u"status"].toString(), QStringLiteral("rejected"));
}
