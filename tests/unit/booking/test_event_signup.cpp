// Activity seats, the waiting list and automatic promotion.
#include "booking/reasons.h"
#include "booking_fixture.h"

using namespace linli::booking;
using linli::booking::test::BookingFixture;

namespace {
const QString kSmall = QStringLiteral("evt-talk-tcm-small"); // capacity 2, in two days
} // namespace

class EventSignUpTest : public BookingFixture { };

TEST_F(EventSignUpTest, FullTalkWaitlistAndPromotionWhenASeatFrees)
{
    EXPECT_EQ(events->signUp("res-0002", kSmall, SignUpMode::SeatOnly).value.status, SignUpStatus::Confirmed);
    EXPECT_EQ(events->signUp("res-0003", kSmall, SignUpMode::SeatOnly).value.status, SignUpStatus::Confirmed);
    const SignUpResult full = events->signUp("res-0001", kSmall, SignUpMode::SeatOnly);
    EXPECT_FALSE(full.ok);
    EXPECT_EQ(full.reason, reasons::lastSeatTaken());
    const SignUpResult wait = events->signUp("res-0001", kSmall, SignUpMode::SeatOrWaitlist);
    ASSERT_TRUE(wait.ok);
    EXPECT_EQ(wait.value.status, SignUpStatus::Waitlisted);
    EXPECT_EQ(wait.value.waitPosition, 1);
    EXPECT_EQ(events->signUp("res-0004", kSmall, SignUpMode::SeatOrWaitlist).value.waitPosition, 2);
    EXPECT_EQ(events->seats(kSmall, "res-0004")->myWaitPosition, 2);

    EXPECT_TRUE(events->cancel("res-0002", kSmall).ok);
    const auto mine = events->seats(kSmall, "res-0001");
    EXPECT_EQ(mine->myStatus, SignUpStatus::Confirmed);
    EXPECT_EQ(mine->taken, 2);
    EXPECT_EQ(events->seats(kSmall, "res-0004")->myWaitPosition, 1);
    EXPECT_EQ(count("SELECT count(*) FROM outbox WHERE kind = 'event.promoted'"), 1);

    // Told once, at the next visit.
    const auto told = events->takePromotions("res-0001");
    ASSERT_EQ(told.size(), 1u);
    EXPECT_EQ(told.front().eventId, kSmall);
    EXPECT_TRUE(events->takePromotions("res-0001").empty());
}

TEST_F(EventSignUpTest, WaitlistCancelDoesNotPromoteAndDuplicatesAreRefused)
{
    events->signUp("res-0002", kSmall, SignUpMode::SeatOnly);
    events->signUp("res-0003", kSmall, SignUpMode::SeatOnly);
    events->signUp("res-0001", kSmall, SignUpMode::SeatOrWaitlist);
    EXPECT_EQ(
        events->signUp("res-0001", kSmall, SignUpMode::SeatOrWaitlist).reason, reasons::alreadySignedUp());
    EXPECT_TRUE(events->cancel("res-0001", kSmall).ok);
    EXPECT_EQ(events->seats(kSmall)->waiting, 0);
    EXPECT_EQ(events->seats(kSmall)->taken, 2);
    EXPECT_EQ(events->cancel("res-0001", kSmall).reason, reasons::notSignedUp());
    // Signing up again after cancelling is fine.
    EXPECT_TRUE(events->signUp("res-0001", kSmall, SignUpMode::SeatOrWaitlist).ok);
}

TEST_F(EventSignUpTest, OpenEventsStartedEventsAndUnknownEvents)
{
    EXPECT_EQ(events->signUp("res-0001", "evt-activity-scissors", SignUpMode::SeatOnly).reason,
        reasons::eventNoSignUp());
    EXPECT_EQ(events->signUp("res-0001", "evt-gone", SignUpMode::SeatOnly).reason, reasons::eventNotFound());
    events->signUp("res-0001", kSmall, SignUpMode::SeatOnly);
    clock.advanceSecs(3 * 86400);
    EXPECT_EQ(events->signUp("res-0002", kSmall, SignUpMode::SeatOnly).reason, reasons::eventStarted());
    EXPECT_EQ(events->cancel("res-0001", kSmall).reason, reasons::eventStarted());
}

TEST_F(EventSignUpTest, UpcomingListsSeatsAndWaitingPlaces)
{
    events->signUp("res-0001", "evt-class-calligraphy", SignUpMode::SeatOnly);
    events->signUp("res-0001", kSmall, SignUpMode::SeatOnly);
    const auto list = events->upcoming("res-0001");
    ASSERT_EQ(list.size(), 2u);
    EXPECT_EQ(list.front().eventId, kSmall); // soonest first
    EXPECT_EQ(count("SELECT count(*) FROM outbox WHERE kind = 'event.signed_up'"), 2);
}
