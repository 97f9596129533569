// Staff put a room out of service for one day (now: Sunday 2026-11-22 10:00 Shanghai): that
// day only is closed to booking, with the reason on the room's plan; the day's bookings that
// have not started are cancelled with a reason the residents read under My bookings.
#include "booking/room_closures.h"
#include "booking_fixture.h"
#include "storage/transaction.h"

using namespace linli::booking;
using linli::booking::test::BookingFixture;

namespace {
const QString kMing = QStringLiteral("res-0001"), kXiu = QStringLiteral("res-0002");
const QString kDance = QStringLiteral("room-dance");
const linli::LocalizedText kRepairs{ QStringLiteral("地板维修"), QStringLiteral("floor repairs") };
} // namespace

class RoomClosureTest : public BookingFixture {
protected:
    linli::Result<int> close(const QDate &day, const linli::LocalizedText &why = kRepairs)
    {
        linli::storage::Transaction tx(*db);
        auto r = closeRoomForDay(*db, hallTime(), kDance, day, why, clock.nowSecs());
        tx.commit();
        return r;
    }
    const QDate tomorrow{ 2026, 11, 23 };
};

TEST_F(RoomClosureTest, ClosesThatDayOnlyWithTheReasonOnThePlan)
{
    const auto closed = close(tomorrow);
    ASSERT_TRUE(closed.ok) << closed.reason.en.toStdString();
    EXPECT_EQ(closed.value, 0);
    const BookingResult refused = rooms->book(kMing, kDance, local("2026-11-23T15:00:00"));
    EXPECT_FALSE(refused.ok);
    EXPECT_TRUE(refused.reason.en.contains(u"floor repairs")) << refused.reason.en.toStdString();
    EXPECT_TRUE(rooms->book(kMing, kDance, local("2026-11-24T15:00:00")).ok) << "the next day stays open";
    const auto plan = roomDays(*db, hallTime(), kDance, clock.nowSecs(), 3);
    ASSERT_TRUE(plan);
    EXPECT_EQ(plan->days[1].closedReason.zh, QStringLiteral("地板维修"));
    EXPECT_TRUE(plan->days[2].closedReason.isEmpty());
    EXPECT_EQ(count("SELECT count(*) FROM outbox WHERE kind = 'room.out_of_service'"), 1);
}

TEST_F(RoomClosureTest, CancelsThatDaysBookingsWithAReasonTheResidentReads)
{
    ASSERT_TRUE(rooms->book(kMing, kDance, local("2026-11-23T09:00:00")).ok);
    ASSERT_TRUE(rooms->book(kXiu, kDance, local("2026-11-23T15:00:00")).ok);
    ASSERT_TRUE(rooms->book(kXiu, kDance, local("2026-11-24T15:00:00")).ok);
    EXPECT_EQ(bookingsToCancel(*db, hallTime(), kDance, tomorrow, clock.nowSecs()).size(), 2u);

    const auto closed = close(tomorrow);
    ASSERT_TRUE(closed.ok);
    EXPECT_EQ(closed.value, 2);
    EXPECT_TRUE(rooms->upcoming(kMing).empty());
    ASSERT_EQ(rooms->upcoming(kXiu).size(), 1u) << "the booking of the next day stands";
    const auto ended = rooms->recentlyEnded(kMing);
    ASSERT_EQ(ended.size(), 1u);
    EXPECT_EQ(ended[0].status, BookingStatus::Cancelled);
    EXPECT_EQ(ended[0].reason, closedByStaff(kRepairs));
    // 1795449600: midnight after 23 November in Shanghai.
    EXPECT_EQ(count("SELECT count(*) FROM booking_slot WHERE slot_start_utc < 1795449600"), 0)
        << "the cancelled bookings gave their slots back";
    EXPECT_EQ(count("SELECT count(*) FROM booking_slot"), 1);
    EXPECT_EQ(count("SELECT count(*) FROM outbox WHERE kind = 'booking.cancelled' "
                    "AND json_extract(payload, '$.reason_en') LIKE '%floor repairs%'"),
        2);
}

TEST_F(RoomClosureTest, AResidentsOwnCancellationIsNotListedAsEnded)
{
    const auto booked = rooms->book(kMing, kDance, local("2026-11-24T09:00:00"));
    ASSERT_TRUE(rooms->cancel(kMing, booked.value.id).ok);
    EXPECT_TRUE(rooms->recentlyEnded(kMing).empty());
}

TEST_F(RoomClosureTest, RefusesAPastDayNoReasonATwiceClosedDayAndAnUnknownRoom)
{
    EXPECT_FALSE(close(QDate(2026, 11, 21)).ok);
    EXPECT_FALSE(close(tomorrow, { QStringLiteral(" "), QStringLiteral("") }).ok);
    ASSERT_TRUE(close(tomorrow).ok);
    const auto twice = close(tomorrow);
    EXPECT_FALSE(twice.ok);
    EXPECT_FALSE(twice.reason.zh.isEmpty());
    linli::storage::Transaction tx(*db);
    EXPECT_FALSE(closeRoomForDay(*db, hallTime(), QStringLiteral("no-room"), tomorrow, kRepairs, 0).ok);
    tx.commit();
    EXPECT_EQ(count("SELECT count(*) FROM room_closure WHERE kind = 'out_of_service' AND first_day = "
                    "'2026-11-23'"),
        1);
    EXPECT_TRUE(close(QDate(2026, 11, 22)).ok) << "today may be closed";
}
