// A door's check-in: the ticket admits once, the second scan says when and where, and a room
// ticket also checks its booking in, so the no-show rules leave it alone.
#include "../tickets/ticket_fixture.h"
#include "checkin/check_in_desk.h"
#include "tickets/human_code.h"

using namespace linli::tickets;
using namespace linli::tickets::test;
using linli::booking::BookingStatus;
using linli::checkin::CheckInDesk;

class CheckInDeskTest : public TicketFixture {
protected:
    CheckInDesk desk() { return CheckInDesk(*db, *office, *rooms, danceDoor); }
};

TEST_F(CheckInDeskTest, ARoomTicketChecksItsBookingInAndSparesItTheNoShowRules)
{
    const IssuedTicket ticket = danceTicket();
    const QString bookingId = ticket.source.id;
    setNow("2026-11-23T14:52:00");
    auto d = desk();
    const auto outcome = d.scanned(ticket.text);
    ASSERT_EQ(outcome.scan.status, TicketStatus::Accepted) << outcome.scan.message.en.toStdString();
    ASSERT_TRUE(outcome.bookingCheckIn);
    EXPECT_TRUE(outcome.bookingCheckIn->ok) << outcome.bookingCheckIn->reason.en.toStdString();
    EXPECT_EQ(rooms->find(bookingId)->status, BookingStatus::CheckedIn);
    setNow("2026-11-23T15:30:00"); // after the check-in window
    rooms->releaseNoShows();
    EXPECT_EQ(rooms->find(bookingId)->status, BookingStatus::CheckedIn);
}

TEST_F(CheckInDeskTest, AnUncheckedBookingIsReleasedAsANoShow)
{
    // The test above would pass if nothing ever released bookings: this one shows it does.
    const IssuedTicket ticket = danceTicket();
    setNow("2026-11-23T15:30:00");
    rooms->releaseNoShows();
    EXPECT_EQ(rooms->find(ticket.source.id)->status, BookingStatus::Released);
}

TEST_F(CheckInDeskTest, TheSecondScanSaysWhenAndWhereAndChecksNothingIn)
{
    const IssuedTicket ticket = danceTicket();
    setNow("2026-11-23T14:52:00");
    auto d = desk();
    ASSERT_TRUE(d.scanned(ticket.text).scan.accepted());
    setNow("2026-11-23T14:55:00");
    const auto again = d.scanned(ticket.text);
    EXPECT_EQ(again.scan.status, TicketStatus::AlreadyUsed);
    EXPECT_FALSE(again.bookingCheckIn);
    EXPECT_EQ(
        again.scan.message.en, QStringLiteral("This ticket was already used at 14:52 at the Dance Room."));
    EXPECT_TRUE(again.scan.message.zh.contains(QStringLiteral("14:52")));
    EXPECT_TRUE(again.scan.message.zh.contains(QStringLiteral("舞蹈室")));
    EXPECT_EQ(count("SELECT COUNT(*) FROM outbox WHERE kind = 'ticket.admitted'"), 1);
}

TEST_F(CheckInDeskTest, TheHumanCodeTypedOrScannedAdmitsTheSameTicket)
{
    const IssuedTicket ticket = danceTicket();
    setNow("2026-11-23T14:52:00");
    auto d = desk();
    const auto typed = d.typed(spacedHumanCode(ticket.code).toLower());
    ASSERT_EQ(typed.scan.status, TicketStatus::Accepted) << typed.scan.message.en.toStdString();
    EXPECT_EQ(d.scanned(ticket.code).scan.status, TicketStatus::AlreadyUsed) << "a code read by the scanner";
}

TEST_F(CheckInDeskTest, AMealTicketChecksNoBookingIn)
{
    const auto meal = office->ticketForMealOrder(orderLunch());
    ASSERT_TRUE(meal.ok) << meal.reason.en.toStdString();
    clock.set(QDateTime::fromSecsSinceEpoch(meal.value.ticket.validFromUtc + 60, Qt::UTC));
    CheckInDesk counter(*db, *office, *rooms,
        { QStringLiteral("canteen-baisuitang"), { QStringLiteral("食堂"), QStringLiteral("the canteen") } });
    const auto served = counter.scanned(meal.value.text);
    EXPECT_EQ(served.scan.status, TicketStatus::Accepted) << served.scan.message.en.toStdString();
    EXPECT_FALSE(served.bookingCheckIn);
    EXPECT_EQ(counter.scanned(meal.value.text).scan.status, TicketStatus::AlreadyUsed);
}

TEST_F(CheckInDeskTest, GarbageAndMistypedCodesAreToldApart)
{
    auto d = desk();
    EXPECT_EQ(d.scanned(QStringLiteral("https://example.com/pay?x=123456789")).scan.status,
        TicketStatus::NotATicket);
    EXPECT_EQ(d.typed(QStringLiteral("ABCDE")).scan.status, TicketStatus::CodeMistyped);
    EXPECT_EQ(count("SELECT COUNT(*) FROM ticket_admission"), 0);
}

TEST_F(CheckInDeskTest, ATicketForAnotherDoorIsSentThereRecordedAsAFailedScanAndStaysUnused)
{
    const IssuedTicket ticket = danceTicket();
    setNow("2026-11-23T14:52:00");
    CheckInDesk canteenDoor(*db, *office, *rooms,
        { QStringLiteral("canteen-baisuitang"), { QStringLiteral("食堂"), QStringLiteral("the canteen") } });
    const qint64 outboxBefore = count("SELECT COUNT(*) FROM outbox");
    const auto there = canteenDoor.scanned(ticket.text);
    EXPECT_TRUE(there.elsewhere);
    EXPECT_FALSE(there.admitted());
    EXPECT_EQ(there.scan.message.en,
        QStringLiteral("This ticket is for Dance Room, not the canteen. Please check in there."));
    EXPECT_TRUE(canteenDoor.typed(ticket.code).elsewhere) << "typed, the same";
    EXPECT_EQ(count("SELECT COUNT(*) FROM ticket_admission"), 0);
    // Each refusal is a failed scan like any other: one outbox event, nothing else written.
    EXPECT_EQ(count("SELECT COUNT(*) FROM outbox"), outboxBefore + 2);
    EXPECT_EQ(count("SELECT COUNT(*) FROM outbox WHERE kind = 'ticket.scan_failed' "
                    "AND json_extract(payload, '$.result') = 'wrong_place' "
                    "AND json_extract(payload, '$.place_id') = 'canteen-baisuitang'"),
        2);
    EXPECT_EQ(count("SELECT COUNT(*) FROM outbox WHERE kind = 'ticket.scan_failed' "
                    "AND json_extract(payload, '$.scanned_length') = 10"),
        1)
        << "the typed code's length, not the ticket's";
    EXPECT_EQ(rooms->find(ticket.source.id)->status, BookingStatus::Confirmed);
    EXPECT_TRUE(desk().scanned(ticket.text).admitted()) << "and at its own door it still admits";
}

TEST_F(CheckInDeskTest, AMealIsServedAtTheCanteensRoomDoorToo)
{
    const auto meal = office->ticketForMealOrder(orderLunch());
    ASSERT_TRUE(meal.ok) << meal.reason.en.toStdString();
    clock.set(QDateTime::fromSecsSinceEpoch(meal.value.ticket.validFromUtc + 60, Qt::UTC));
    CheckInDesk canteenRoom(*db, *office, *rooms,
        { QStringLiteral("room-canteen"), { QStringLiteral("食堂"), QStringLiteral("the canteen") } });
    EXPECT_TRUE(canteenRoom.scanned(meal.value.text).admitted());
}
