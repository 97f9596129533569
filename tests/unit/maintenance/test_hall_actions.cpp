// Staff changes to the hall (a room out of service, a notice, check-in mode): only for the
// operator and the administrator, each with its audit row (and outbox event), none for a
// refusal.
#include "maintenance/audit.h"
#include "maintenance/hall_actions.h"
#include "unit/booking/booking_fixture.h"

using namespace linli::maintenance;
using linli::booking::test::BookingFixture;

namespace {
const StaffMember kOperator{ QStringLiteral("staff-op"), QStringLiteral("王值班"), StaffRole::Operator };
const StaffMember kCook{ QStringLiteral("staff-canteen"), QStringLiteral("刘师傅"), StaffRole::Canteen };
const linli::LocalizedText kCleaning{ QStringLiteral("清洁消毒"), QStringLiteral("cleaning") };
const QDate kTomorrow(2026, 11, 23);
} // namespace

class HallActionsTest : public BookingFixture {
protected:
    HallActions actions() { return HallActions(*db, clock, hallTime()); }
};

TEST_F(HallActionsTest, TheOperatorClosesARoomAndTheAuditSaysHowManyBookingsWent)
{
    ASSERT_TRUE(
        rooms->book(QStringLiteral("res-0001"), QStringLiteral("room-dance"), local("2026-11-23T15:00:00"))
            .ok);
    const auto closed = actions().closeRoom(kOperator, QStringLiteral("room-dance"), kTomorrow, kCleaning);
    ASSERT_TRUE(closed.ok) << closed.reason.en.toStdString();
    EXPECT_EQ(closed.value, 1);
    const auto audit = recentAudit(*db);
    ASSERT_EQ(audit.size(), 1u);
    EXPECT_EQ(audit[0].staffId, QStringLiteral("staff-op"));
    EXPECT_EQ(audit[0].action, QStringLiteral("booking.room_out_of_service"));
    EXPECT_EQ(audit[0].subject, QStringLiteral("room-dance"));
    EXPECT_TRUE(audit[0].before[u"open"].toBool());
    EXPECT_FALSE(audit[0].after[u"open"].toBool());
    EXPECT_EQ(audit[0].after[u"day"].toString(), QStringLiteral("2026-11-23"));
    EXPECT_EQ(audit[0].after[u"bookings_cancelled"].toInt(), 1);
    EXPECT_EQ(count("SELECT count(*) FROM outbox WHERE kind = 'staff.audit'"), 1);
}

TEST_F(HallActionsTest, TheCookMayNotCloseRoomsPostNoticesOrOpenCheckIn)
{
    EXPECT_FALSE(actions().closeRoom(kCook, QStringLiteral("room-dance"), kTomorrow, kCleaning).ok);
    EXPECT_FALSE(actions().postNotice(kCook, { QStringLiteral("停水"), {}, true, kTomorrow }).ok);
    EXPECT_FALSE(actions().openCheckIn(kCook, QStringLiteral("room-dance")).ok);
    EXPECT_EQ(count("SELECT count(*) FROM staff_audit"), 0);
    EXPECT_EQ(
        count("SELECT count(*) FROM room_closure WHERE kind = 'out_of_service' AND first_day = '2026-11-23'"),
        0);
}

TEST_F(HallActionsTest, ANoticeAndCheckInModeAreAuditedARefusedNoticeIsNot)
{
    EXPECT_FALSE(actions().postNotice(kOperator, { QStringLiteral(" "), {}, true, kTomorrow }).ok);
    EXPECT_EQ(count("SELECT count(*) FROM staff_audit"), 0);
    ASSERT_TRUE(actions().postNotice(kOperator, { QStringLiteral("明天上午停水"), {}, true, kTomorrow }).ok);
    ASSERT_TRUE(actions().openCheckIn(kOperator, QStringLiteral("room-dance")).ok);
    EXPECT_FALSE(actions().openCheckIn(kOperator, QString()).ok);
    const auto audit = recentAudit(*db);
    ASSERT_EQ(audit.size(), 2u);
    EXPECT_EQ(audit[0].action, QStringLiteral("kiosk.checkin_mode"));
    EXPECT_EQ(audit[0].after[u"mode"].toString(), QStringLiteral("checkin"));
    EXPECT_EQ(audit[1].action, QStringLiteral("information.notice_posted"));
    EXPECT_EQ(audit[1].after[u"title"].toString(), QStringLiteral("明天上午停水"));
    EXPECT_TRUE(audit[1].after[u"urgent"].toBool());
}
