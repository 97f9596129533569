// Room booking rules, each with the injected clock (now: Sunday 2026-11-22 10:00 Shanghai).
#include "booking/reasons.h"
#include "booking_fixture.h"

using namespace linli::booking;
using linli::booking::test::BookingFixture;

namespace {
const QString kMing = QStringLiteral("res-0001"), kXiu = QStringLiteral("res-0002");
const QString kDance = QStringLiteral("room-dance");
} // namespace

class RoomBookingTest : public BookingFixture { };

TEST_F(RoomBookingTest, BooksTheDanceRoomTomorrowAtThreeWithOutboxEvent)
{
    const BookingResult r = rooms->book(kMing, kDance, local("2026-11-23T15:00:00"));
    ASSERT_TRUE(r.ok) << r.reason.en.toStdString();
    EXPECT_EQ(r.value.status, BookingStatus::Confirmed);
    EXPECT_EQ(r.value.code.size(), 6);
    EXPECT_EQ(r.value.endUtc - r.value.startUtc, 3600);
    EXPECT_EQ(count("SELECT count(*) FROM booking_slot"), 1);
    EXPECT_EQ(
        count("SELECT count(*) FROM outbox WHERE kind = 'booking.created' AND length(event_id) = 36"), 1);
    ASSERT_EQ(rooms->upcoming(kMing).size(), 1u);
    EXPECT_EQ(rooms->upcoming(kMing).front().roomName.en, QStringLiteral("Dance Room"));
}

TEST_F(RoomBookingTest, SecondResidentGetsJustTakenAndNothingChanges)
{
    ASSERT_TRUE(rooms->book(kMing, kDance, local("2026-11-23T15:00:00")).ok);
    const BookingResult r = rooms->book(kXiu, kDance, local("2026-11-23T15:00:00"));
    EXPECT_FALSE(r.ok);
    EXPECT_EQ(r.reason, reasons::slotTaken());
    EXPECT_EQ(count("SELECT count(*) FROM booking"), 1);
    EXPECT_EQ(count("SELECT count(*) FROM outbox"), 1);
    // Overlap through a two-slot booking is refused too.
    EXPECT_FALSE(rooms->book(kXiu, kDance, local("2026-11-23T14:00:00"), 2).ok);
}

TEST_F(RoomBookingTest, UniqueConstraintRefusesADoubleSlotEvenBehindTheRules)
{
    ASSERT_TRUE(rooms->book(kMing, kDance, local("2026-11-23T15:00:00")).ok);
    linli::storage::test::expectStorageError(
        [&] {
            db->exec(
                "INSERT INTO booking(id, code, resident_id, room_id, starts_at_utc, ends_at_utc, status, "
                "created_at_utc, updated_at_utc) VALUES ('x', 'XXXXXX', 'res-0002', 'room-dance', 1, 2, "
                "'confirmed', 0, 0)");
            db->exec("INSERT INTO booking_slot SELECT room_id, slot_start_utc, 'x' FROM booking_slot");
        },
        linli::storage::ErrorKind::Constraint);
}

TEST_F(RoomBookingTest, RefusesPastSlotsMisalignedTimesAndTimesOutsideOpeningHours)
{
    EXPECT_EQ(rooms->book(kMing, kDance, local("2026-11-22T09:00:00")).reason, reasons::slotInPast());
    EXPECT_EQ(rooms->book(kMing, kDance, local("2026-11-23T15:30:00")).reason, reasons::notAlignedToSlot());
    EXPECT_EQ(rooms->book(kMing, kDance, local("2026-11-23T07:00:00")).reason, reasons::notAlignedToSlot());
    // Closing time 20:30: the 20:00 slot would cross it, so it is not offered; 19:00 + 2 slots neither.
    EXPECT_FALSE(rooms->book(kMing, kDance, local("2026-11-23T20:00:00")).ok);
    EXPECT_EQ(
        rooms->book(kMing, kDance, local("2026-11-23T19:00:00"), 2).reason, reasons::outsideOpeningHours());
    EXPECT_TRUE(rooms->book(kMing, kDance, local("2026-11-23T19:00:00"), 1).ok);
    // Midnight: the multi-function hall is closed on Sundays, the council room closes at noon on Saturdays.
    EXPECT_FALSE(rooms->book(kMing, QStringLiteral("room-multi-hall"), local("2026-11-29T10:00:00")).ok);
    EXPECT_EQ(count("SELECT count(*) FROM booking"), 1);
}

TEST_F(RoomBookingTest, MinimumNoticeMaximumLengthAndHorizonLastDay)
{
    setNow("2026-11-23T14:40:00");
    EXPECT_EQ(rooms->book(kMing, kDance, local("2026-11-23T15:00:00")).reason, reasons::tooSoon(30));
    EXPECT_EQ(rooms->book(kMing, kDance, local("2026-11-23T16:00:00"), 3).reason, reasons::tooLong(2));
    setNow("2026-11-22T10:00:00");
    // 14-day horizon: today (22nd) up to the 5th of December inclusive.
    EXPECT_TRUE(rooms->book(kMing, kDance, local("2026-12-05T19:00:00")).ok);
    const BookingResult beyond = rooms->book(kXiu, kDance, local("2026-12-06T09:00:00"));
    EXPECT_EQ(beyond.reason, reasons::beyondHorizon(QDate(2026, 12, 5)));
}

TEST_F(RoomBookingTest, ClosuresAndOutOfServiceDays)
{
    setNow("2026-12-25T10:00:00");
    const BookingResult r = rooms->book(kMing, kDance, local("2027-01-01T10:00:00"));
    EXPECT_FALSE(r.ok);
    EXPECT_TRUE(r.reason.zh.contains(QStringLiteral("元旦"))) << r.reason.zh.toStdString();
    db->exec("INSERT INTO room_closure VALUES ('room-dance', 'out_of_service', '2026-12-28', '2026-12-29', "
             "'地板维修', 'Floor repairs')");
    rooms.emplace(*db, clock, hallTime());
    EXPECT_TRUE(
        rooms->book(kMing, kDance, local("2026-12-29T10:00:00")).reason.en.contains(u"Floor repairs"));
    EXPECT_TRUE(rooms->book(kMing, kDance, local("2026-12-30T10:00:00")).ok);
}

TEST_F(RoomBookingTest, PerResidentUpcomingAndWeeklyHoursLimits)
{
    // Dance room: at most 4 hours a week (Mon-Sun) and 3 upcoming bookings.
    EXPECT_EQ(rooms->weeklySlotsLeft(kMing, kDance, local("2026-11-25T09:00:00")), 4);
    ASSERT_TRUE(rooms->book(kMing, kDance, local("2026-11-23T09:00:00"), 2).ok);
    EXPECT_EQ(rooms->weeklySlotsLeft(kMing, kDance, local("2026-11-29T19:00:00")), 2) << "Sunday: same week";
    ASSERT_TRUE(rooms->book(kMing, kDance, local("2026-11-24T09:00:00"), 2).ok);
    EXPECT_EQ(rooms->weeklySlotsLeft(kMing, kDance, local("2026-11-25T09:00:00")), 0);
    EXPECT_EQ(rooms->book(kMing, kDance, local("2026-11-25T09:00:00")).reason, reasons::weeklyHoursUsed(240));
    EXPECT_EQ(rooms->weeklySlotsLeft(kMing, kDance, local("2026-11-30T09:00:00")), 4) << "next week";
    EXPECT_EQ(rooms->weeklySlotsLeft(kXiu, kDance, local("2026-11-25T09:00:00")), 4) << "another resident";
    ASSERT_TRUE(rooms->book(kMing, kDance, local("2026-11-30T09:00:00")).ok); // next week
    EXPECT_EQ(rooms->book(kMing, kDance, local("2026-12-01T09:00:00")).reason, reasons::tooManyUpcoming(3));
    // Other rooms and other residents are not affected.
    EXPECT_TRUE(rooms->book(kMing, QStringLiteral("room-table-tennis"), local("2026-11-25T09:00:00")).ok);
    EXPECT_TRUE(rooms->book(kXiu, kDance, local("2026-11-25T09:00:00")).ok);
}

TEST_F(RoomBookingTest, CancelFreesTheSlotWithinNoticeOnly)
{
    const BookingResult r = rooms->book(kMing, kDance, local("2026-11-23T15:00:00"));
    ASSERT_TRUE(r.ok);
    EXPECT_EQ(rooms->cancel(kXiu, r.value.id).reason, reasons::bookingNotFound()); // not hers
    setNow("2026-11-23T13:30:00");
    EXPECT_EQ(rooms->cancel(kMing, r.value.id).reason, reasons::cancelTooLate(120));
    setNow("2026-11-23T12:59:00");
    EXPECT_TRUE(rooms->cancel(kMing, r.value.id).ok);
    EXPECT_EQ(count("SELECT count(*) FROM booking_slot"), 0);
    EXPECT_EQ(count("SELECT count(*) FROM outbox WHERE kind = 'booking.cancelled'"), 1);
    EXPECT_TRUE(rooms->upcoming(kMing).empty());
    EXPECT_TRUE(rooms->book(kXiu, kDance, local("2026-11-23T15:00:00")).ok);
    EXPECT_FALSE(rooms->cancel(kMing, r.value.id).ok); // twice
}

TEST_F(RoomBookingTest, ApprovalRoomGivesPendingThatStaffApproveOrReject)
{
    const QString hall = QStringLiteral("room-multi-hall");
    const BookingResult a = rooms->book(kMing, hall, local("2026-11-23T10:00:00"));
    ASSERT_TRUE(a.ok);
    EXPECT_EQ(a.value.status, BookingStatus::Pending);
    EXPECT_EQ(rooms->book(kXiu, hall, local("2026-11-23T10:00:00")).reason, reasons::slotTaken()); // held
    EXPECT_TRUE(rooms->approve(a.value.id).ok);
    EXPECT_EQ(rooms->find(a.value.id)->status, BookingStatus::Confirmed);
    EXPECT_FALSE(rooms->approve(a.value.id).ok);
    const BookingResult b = rooms->book(kXiu, hall, local("2026-11-23T11:00:00"));
    ASSERT_TRUE(
        rooms->reject(b.value.id, { QStringLiteral("已有活动"), QStringLiteral("An event is on") }).ok);
    EXPECT_EQ(rooms->find(b.value.id)->status, BookingStatus::Rejected);
    EXPECT_TRUE(rooms->book(kXiu, hall, local("2026-11-23T11:00:00")).ok); // freed
    EXPECT_EQ(count("SELECT count(*) FROM outbox WHERE kind IN ('booking.approved', 'booking.rejected')"), 2);
}

TEST_F(RoomBookingTest, CheckInWindowAndAutomaticReleaseOfNoShows)
{
    const BookingResult r = rooms->book(kMing, kDance, local("2026-11-23T15:00:00"));
    setNow("2026-11-23T14:44:00");
    EXPECT_EQ(rooms->checkIn(r.value.id).reason, reasons::checkInNotYet());
    setNow("2026-11-23T15:15:00");
    EXPECT_TRUE(rooms->checkIn(r.value.id).ok); // closes 15 min after the start, inclusive
    const BookingResult late = rooms->book(kMing, kDance, local("2026-11-24T15:00:00"));
    setNow("2026-11-24T15:16:00");
    EXPECT_EQ(rooms->checkIn(late.value.id).reason, reasons::checkInClosed());
    EXPECT_EQ(rooms->find(late.value.id)->status, BookingStatus::Released);
    EXPECT_EQ(count("SELECT count(*) FROM no_show"), 1);
    EXPECT_EQ(rooms->find(r.value.id)->status, BookingStatus::CheckedIn);
}

TEST_F(RoomBookingTest, ReleasedSlotCanBeTakenByOthers)
{
    ASSERT_TRUE(rooms->book(kMing, kDance, local("2026-11-23T15:00:00"), 2).ok);
    setNow("2026-11-23T15:16:00");
    // The 16:00 slot of the released booking is free again at once.
    EXPECT_TRUE(rooms->book(kXiu, kDance, local("2026-11-23T16:00:00")).ok);
    EXPECT_EQ(count("SELECT count(*) FROM outbox WHERE kind = 'booking.released_no_show'"), 1);
}

TEST_F(RoomBookingTest, ThreeNoShowsIn30DaysPauseFor14DaysShownWithTheEndDate)
{
    for (const char *day : { "2026-11-23T09:00:00", "2026-11-24T09:00:00", "2026-11-25T09:00:00" })
        ASSERT_TRUE(rooms->book(kMing, QStringLiteral("room-table-tennis"), local(day)).ok);
    setNow("2026-11-24T12:00:00");
    EXPECT_EQ(rooms->releaseNoShows(), 2);
    EXPECT_EQ(rooms->pausedUntil(kMing), 0);
    setNow("2026-11-25T12:00:00");
    EXPECT_EQ(rooms->releaseNoShows(), 1);
    EXPECT_EQ(rooms->pausedUntil(kMing), local("2026-12-10T00:00:00"));
    const BookingResult r = rooms->book(kMing, kDance, local("2026-11-28T10:00:00"));
    EXPECT_EQ(r.reason, reasons::paused(QDate(2026, 12, 9)));
    EXPECT_TRUE(r.reason.zh.contains(QStringLiteral("12月9日")));
    EXPECT_TRUE(events->signUp(kMing, QStringLiteral("evt-class-calligraphy"), SignUpMode::SeatOnly).ok);
    setNow("2026-12-10T00:00:00");
    EXPECT_TRUE(rooms->book(kMing, kDance, local("2026-12-11T10:00:00")).ok);
}

TEST_F(RoomBookingTest, RoomRemovedBySyncWhileOnItsScreen)
{
    db->exec("DELETE FROM room WHERE id = 'room-dance'");
    const BookingResult r = rooms->book(kMing, kDance, local("2026-11-23T15:00:00"));
    EXPECT_EQ(r.reason, reasons::roomUnavailable());
    EXPECT_EQ(count("SELECT count(*) FROM booking"), 0);
    db->exec("UPDATE room SET bookable = 0 WHERE id = 'room-activity'");
    EXPECT_EQ(rooms->book(kMing, QStringLiteral("room-activity"), local("2026-11-23T15:00:00")).reason,
        reasons::roomUnavailable());
}

TEST_F(RoomBookingTest, ClockJumpingBackChangesNoDecisionAlreadyMade)
{
    const BookingResult r = rooms->book(kMing, kDance, local("2026-11-23T15:00:00"));
    setNow("2026-11-23T15:20:00");
    EXPECT_EQ(rooms->releaseNoShows(), 1);
    setNow("2026-11-23T14:50:00"); // NTP puts the clock back half an hour
    EXPECT_EQ(rooms->releaseNoShows(), 0);
    EXPECT_EQ(rooms->find(r.value.id)->status, BookingStatus::Released);
    EXPECT_FALSE(rooms->checkIn(r.value.id).ok);
    // A slot that is "in the future" again can be booked, once.
    EXPECT_TRUE(rooms->book(kXiu, kDance, local("2026-11-23T16:00:00")).ok);
    EXPECT_FALSE(rooms->book(kMing, kDance, local("2026-11-23T16:00:00")).ok);
}

TEST_F(RoomBookingTest, EveryRefusalIsBilingualText)
{
    for (const linli::LocalizedText &t : { reasons::slotTaken(), reasons::paused(QDate(2026, 1, 1)),
             reasons::busy(), reasons::tooSoon(30), reasons::lastSeatTaken(), reasons::roomUnavailable() }) {
        EXPECT_FALSE(t.zh.isEmpty());
        EXPECT_FALSE(t.en.isEmpty());
        EXPECT_NE(t.zh, t.en);
    }
}
