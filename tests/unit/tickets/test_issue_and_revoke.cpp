// Issuing the ticket of a booking, an activity seat and a meal order (what it holds, once per
// source, its outbox event), the refusals, revocation on cancel, and My's live tickets.
#include "ticket_fixture.h"
#include "tickets/human_code.h"
#include "tickets/reasons.h"
#include "tickets/ticket_qr.h"

using namespace linli::tickets;
using namespace linli::tickets::test;
using linli::booking::SignUpMode;

class IssueTicketTest : public TicketFixture { };

TEST_F(IssueTicketTest, ABookingsTicketAdmitsItsRoomAndSlotsDuringCheckIn)
{
    const QString bookingId = bookDance();
    const auto r = office->ticketForBooking(bookingId);
    ASSERT_TRUE(r.ok) << r.reason.en.toStdString();
    const Ticket &t = r.value.ticket;
    EXPECT_EQ(t.kind, TicketKind::Room);
    EXPECT_EQ(t.hall, placeTag(PlaceKind::Hall, QStringLiteral("hall-changzhengqiao")));
    EXPECT_EQ(t.keyId, key->keyId());
    EXPECT_EQ(t.issuedAtUtc, clock.nowSecs());
    const auto room = std::get<RoomAdmission>(t.admits);
    EXPECT_EQ(room.room, placeTag(PlaceKind::Room, kDance));
    EXPECT_EQ(room.startsAtUtc, local("2026-11-23T15:00:00"));
    EXPECT_EQ(room.minutes, 120);
    EXPECT_EQ(t.validFromUtc, local("2026-11-23T14:45:00"));
    EXPECT_EQ(t.validUntilUtc, local("2026-11-23T15:15:00"));
    EXPECT_EQ(t.partySize, 1);
    EXPECT_EQ(t.holder, key->holderId(kMing));
    EXPECT_EQ(t.ticketId.size(), 16);
    EXPECT_EQ(r.value.source.kind, SourceKind::Booking);
    EXPECT_EQ(r.value.source.id, bookingId);
    EXPECT_EQ(r.value.code, humanCode(r.value.text));
    EXPECT_TRUE(qrMatrix(r.value.text));
    EXPECT_EQ(office->placeOf(t)->name.zh, QStringLiteral("舞蹈室"));

    EXPECT_EQ(count("SELECT count(*) FROM issued_ticket"), 1);
    EXPECT_EQ(count("SELECT count(*) FROM outbox WHERE kind = 'ticket.issued'"), 1);
}

TEST_F(IssueTicketTest, TheHolderIsAPseudonymNeverTheResidentsIdNameOrPhone)
{
    const IssuedTicket issued = danceTicket();
    const QByteArray body = decodeTicketText(issued.text).ticket.body;
    for (const char *secret : { "res-0001", "张国明", "13800000001", "3301050001" })
        EXPECT_FALSE(body.contains(QByteArray(secret))) << secret;
    EXPECT_NE(key->holderId(kMing), key->holderId(kChen));
    EXPECT_EQ(key->holderId(kMing), key->holderId(kMing));
    EXPECT_NE(SigningKey::generate().holderId(kMing), key->holderId(kMing))
        << "another kiosk, another pseudonym";
    // Neither does the outbox event carry the resident.
    EXPECT_EQ(
        count("SELECT count(*) FROM outbox WHERE kind = 'ticket.issued' AND payload LIKE '%res-0001%'"), 0);
}

TEST_F(IssueTicketTest, AskingAgainGivesTheSameTicket)
{
    const QString bookingId = bookDance();
    const auto first = office->ticketForBooking(bookingId);
    clock.advanceSecs(600);
    const auto again = office->ticketForBooking(bookingId);
    ASSERT_TRUE(again.ok);
    EXPECT_EQ(again.value.text, first.value.text);
    EXPECT_EQ(again.value.code, first.value.code);
    EXPECT_EQ(count("SELECT count(*) FROM issued_ticket"), 1);
    EXPECT_EQ(count("SELECT count(*) FROM outbox WHERE kind = 'ticket.issued'"), 1);
}

TEST_F(IssueTicketTest, AnActivitySeatsTicketAdmitsFromHalfAnHourBeforeToTheEnd)
{
    ASSERT_TRUE(events->signUp(kMing, kTaichi, SignUpMode::SeatOnly).ok);
    const auto r = office->ticketForSignUp(kMing, kTaichi);
    ASSERT_TRUE(r.ok) << r.reason.en.toStdString();
    const Ticket &t = r.value.ticket;
    EXPECT_EQ(t.kind, TicketKind::Activity);
    EXPECT_EQ(std::get<ActivityAdmission>(t.admits).activity, placeTag(PlaceKind::Activity, kTaichi));
    EXPECT_EQ(std::get<ActivityAdmission>(t.admits).startsAtUtc, local("2026-11-25T08:30:00"));
    EXPECT_EQ(t.validFromUtc, local("2026-11-25T08:00:00"));
    EXPECT_EQ(t.validUntilUtc, local("2026-11-25T09:30:00"));
    EXPECT_EQ(r.value.source.kind, SourceKind::SignUp);
    EXPECT_EQ(office->placeOf(t)->id, kTaichi);
}

TEST_F(IssueTicketTest, AMealOrdersTicketAdmitsItsPortionsDuringPickup)
{
    const QString orderId = orderLunch();
    const auto r = office->ticketForMealOrder(orderId);
    ASSERT_TRUE(r.ok) << r.reason.en.toStdString();
    const Ticket &t = r.value.ticket;
    EXPECT_EQ(t.kind, TicketKind::Meal);
    const auto meal = std::get<MealAdmission>(t.admits);
    EXPECT_EQ(meal.canteen, placeTag(PlaceKind::Canteen, QStringLiteral("canteen-baisuitang")));
    EXPECT_EQ(meal.mealDate, QDate(2026, 11, 23));
    EXPECT_EQ(meal.period, linli::canteen::MealPeriod::Lunch);
    EXPECT_FALSE(meal.delivery);
    EXPECT_EQ(t.partySize, 2);
    EXPECT_EQ(t.validFromUtc, local("2026-11-23T11:00:00"));
    EXPECT_EQ(t.validUntilUtc, local("2026-11-23T13:00:00"));
}

TEST_F(IssueTicketTest, NoTicketForWhatIsPendingWaitingCancelledGoneOrOver)
{
    EXPECT_EQ(office->ticketForBooking(QStringLiteral("no-such-booking")).reason, reasons::bookingNotFound());
    const QString bookingId = bookDance();
    ASSERT_TRUE(rooms->cancel(kMing, bookingId).ok);
    EXPECT_EQ(office->ticketForBooking(bookingId).reason, reasons::bookingNotLive());

    EXPECT_EQ(office->ticketForSignUp(kMing, kTaichi).reason, reasons::signUpNotFound());
    const QString kSmall = QStringLiteral("evt-talk-tcm-small"); // two seats
    ASSERT_TRUE(events->signUp(QStringLiteral("res-0002"), kSmall, SignUpMode::SeatOnly).ok);
    ASSERT_TRUE(events->signUp(QStringLiteral("res-0003"), kSmall, SignUpMode::SeatOnly).ok);
    ASSERT_TRUE(events->signUp(kMing, kSmall, SignUpMode::SeatOrWaitlist).ok);
    EXPECT_EQ(office->ticketForSignUp(kMing, kSmall).reason, reasons::signUpWaitlisted());

    EXPECT_EQ(office->ticketForMealOrder(QStringLiteral("no-such-order")).reason, reasons::orderNotFound());
    const QString orderId = orderLunch();
    ASSERT_TRUE(orders->cancel(kChen, orderId).ok);
    EXPECT_EQ(office->ticketForMealOrder(orderId).reason, reasons::orderCancelled());

    const QString later = orderLunch();
    setNow("2026-11-23T13:01:00"); // pickup ended at 13:00
    EXPECT_EQ(office->ticketForMealOrder(later).reason, reasons::alreadyOver());

    EXPECT_EQ(count("SELECT count(*) FROM issued_ticket"), 0);
    EXPECT_EQ(count("SELECT count(*) FROM outbox WHERE kind LIKE 'ticket.%'"), 0);
}

TEST_F(IssueTicketTest, ABookingAwaitingApprovalGetsItsTicketOnceApproved)
{
    db->exec("UPDATE room_booking_rule SET approval_required = 1 WHERE room_id = 'room-dance'");
    const QString bookingId = rooms->book(kMing, kDance, local("2026-11-23T15:00:00")).value.id;
    EXPECT_EQ(office->ticketForBooking(bookingId).reason, reasons::bookingAwaitsApproval());
    ASSERT_TRUE(rooms->approve(bookingId).ok);
    EXPECT_TRUE(office->ticketForBooking(bookingId).ok);
}

TEST_F(IssueTicketTest, AClockFarOffIssuesNothing)
{
    const QString bookingId = bookDance();
    clock.set(QDateTime::fromSecsSinceEpoch(0, Qt::UTC));
    const auto r = office->ticketForBooking(bookingId);
    EXPECT_FALSE(r.ok);
    EXPECT_TRUE(r.reason.en.contains(QLatin1String("1970"))) << r.reason.en.toStdString();
    EXPECT_TRUE(r.reason.zh.contains(QLatin1String("1970"))) << r.reason.zh.toStdString();
    EXPECT_EQ(count("SELECT count(*) FROM issued_ticket"), 0);
}

TEST_F(IssueTicketTest, CancellingRevokesEachKindOfTicketOnceWithAnOutboxEvent)
{
    const QString bookingId = bookDance();
    const IssuedTicket room = office->ticketForBooking(bookingId).value;
    ASSERT_TRUE(events->signUp(kMing, kTaichi, SignUpMode::SeatOnly).ok);
    const IssuedTicket seat = office->ticketForSignUp(kMing, kTaichi).value;
    const QString orderId = orderLunch();
    const IssuedTicket meal = office->ticketForMealOrder(orderId).value;

    ASSERT_TRUE(rooms->cancel(kMing, bookingId).ok);
    EXPECT_TRUE(office->revokeBooking(bookingId).ok);
    ASSERT_TRUE(events->cancel(kMing, kTaichi).ok);
    EXPECT_TRUE(office->revokeSignUp(kMing, kTaichi).ok);
    ASSERT_TRUE(orders->cancel(kChen, orderId).ok);
    EXPECT_TRUE(office->revokeMealOrder(orderId).ok);
    EXPECT_TRUE(office->revokeBooking(bookingId).ok) << "again: nothing more to do";
    EXPECT_TRUE(office->revokeBooking(QStringLiteral("never-ticketed")).ok);

    EXPECT_EQ(count("SELECT count(*) FROM ticket_revocation WHERE reason = 'cancelled'"), 3);
    EXPECT_EQ(count("SELECT count(*) FROM outbox WHERE kind = 'ticket.revoked'"), 3);
    for (const IssuedTicket *t : { &room, &seat, &meal })
        EXPECT_EQ(office->inspect(t->text).status, TicketStatus::Revoked);
}

TEST_F(IssueTicketTest, TheSweepRevokesWhatWasCancelledOrRejectedWithoutBeingRevoked)
{
    const IssuedTicket kept = danceTicket();
    const QString cancelled = rooms->book(kMing, kDance, local("2026-11-24T15:00:00")).value.id;
    ASSERT_TRUE(office->ticketForBooking(cancelled).ok);
    ASSERT_TRUE(rooms->cancel(kMing, cancelled).ok); // the screen did not revoke
    const QString orderId = orderLunch();
    ASSERT_TRUE(office->ticketForMealOrder(orderId).ok);
    ASSERT_TRUE(orders->cancel(kChen, orderId).ok);

    EXPECT_EQ(office->revokeCancelled(), 2);
    EXPECT_EQ(office->revokeCancelled(), 0);
    EXPECT_EQ(count("SELECT count(*) FROM ticket_revocation"), 2);
    EXPECT_EQ(office->inspect(kept.text).status, TicketStatus::NotYetValid)
        << "the live booking's ticket stands";
}

TEST_F(IssueTicketTest, MyShowsTheLiveTicketsSoonestFirst)
{
    const QString later = rooms->book(kMing, kDance, local("2026-11-24T15:00:00")).value.id;
    ASSERT_TRUE(office->ticketForBooking(later).ok);
    ASSERT_TRUE(events->signUp(kMing, kTaichi, SignUpMode::SeatOnly).ok);
    ASSERT_TRUE(office->ticketForSignUp(kMing, kTaichi).ok);
    const IssuedTicket soonest = danceTicket();
    const QString gone = rooms->book(kMing, kDance, local("2026-11-26T15:00:00")).value.id;
    ASSERT_TRUE(office->ticketForBooking(gone).ok);
    ASSERT_TRUE(rooms->cancel(kMing, gone).ok);
    ASSERT_TRUE(office->revokeBooking(gone).ok);

    auto live = office->liveTickets(kMing);
    ASSERT_EQ(live.size(), 3u);
    EXPECT_EQ(live[0].text, soonest.text);
    EXPECT_EQ(live[1].source.id, later);
    EXPECT_EQ(live[2].source.kind, SourceKind::SignUp);
    EXPECT_TRUE(office->liveTickets(kChen).empty());

    setNow("2026-11-23T14:50:00");
    ASSERT_TRUE(office->checkIn(soonest.text, danceDoor).accepted());
    EXPECT_EQ(office->liveTickets(kMing).size(), 2u) << "a used ticket is not live";
    setNow("2026-11-25T09:31:00");
    EXPECT_TRUE(office->liveTickets(kMing).empty()) << "nor one whose time is over";
}
