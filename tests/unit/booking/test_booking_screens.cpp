// The booking walk-through through the screens' controllers, as the pages drive them:
// identify with the demo card, book the dance room tomorrow at 15:00, see it under My
// bookings, cancel it, join a full talk's waiting list and be promoted when a seat frees.
#include "booked_controller.h"
#include "booking/reasons.h"
#include "booking_backend.h"
#include "booking_fixture.h"
#include "confirm_controller.h"
#include "core/scheduler.h"
#include "event_controller.h"
#include "language_controller.h"
#include "my_bookings_controller.h"
#include "resident_session.h"
#include "room_controller.h"
#include "rooms_controller.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using linli::booking::test::BookingFixture;

class BookingScreensTest : public BookingFixture {
protected:
    BookingScreensTest()
    {
        language.select(QStringLiteral("zh"));
        session = std::make_unique<ResidentSession>(&*db, clock, shanghai, language, 90);
        backend = backendFor(*session);
    }
    std::unique_ptr<BookingBackend> backendFor(ResidentSession &who)
    {
        return std::make_unique<BookingBackend>(
            KioskContext{ &*db, &clock, shanghai, &language, &who, &scheduler, {}, nullptr, {} });
    }
    // A screen's controller as its page makes it: the backend and its properties, then complete.
    template <typename Controller> std::unique_ptr<Controller> open(auto setUp, BookingBackend *on = nullptr)
    {
        auto controller = std::make_unique<Controller>();
        controller->setBooking(on ? on : backend.get());
        setUp(*controller);
        controller->componentComplete();
        return controller;
    }
    std::unique_ptr<RoomController> room(const QString &id)
    {
        auto r = open<RoomController>([&](RoomController &c) { c.setRoomId(id); });
        watch(r->days());
        watch(r->slotGrid());
        return r;
    }
    std::unique_ptr<ConfirmController> confirmAt(
        const QString &roomId, qint64 startUtc, BookingBackend *on = nullptr)
    {
        return open<ConfirmController>(
            [&](ConfirmController &c) {
                c.setRoute(QStringLiteral("confirm/%1@%2").arg(roomId).arg(startUtc));
            },
            on);
    }
    std::unique_ptr<MyBookingsController> my()
    {
        auto m = open<MyBookingsController>([](MyBookingsController &) {});
        watch(m->items());
        return m;
    }
    std::unique_ptr<BookedController> booked(const QString &route)
    {
        return open<BookedController>([&](BookedController &c) { c.setBookingId(route.section(u'/', 1)); });
    }
    void watch(QAbstractItemModel *model)
    {
        testers.push_back(std::make_unique<QAbstractItemModelTester>(
            model, QAbstractItemModelTester::FailureReportingMode::Fatal));
    }
    static QStringList statuses(GadgetListModel *items)
    {
        QStringList all;
        for (int i = 0; i < items->rowCount(); ++i)
            all << items->at<MyItemRow>(i).status;
        return all;
    }

    const QTimeZone shanghai{ "Asia/Shanghai" };
    LanguageController language;
    linli::Scheduler scheduler{ clock };
    std::unique_ptr<ResidentSession> session;
    std::unique_ptr<BookingBackend> backend;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
};

TEST_F(BookingScreensTest, NewUserWalkThrough)
{
    session->identifyCard(QStringLiteral("3301050001"));
    ASSERT_TRUE(session->active());
    EXPECT_EQ(session->maskedName(), QStringLiteral("张*明"));

    auto dance = room(QStringLiteral("room-dance"));
    dance->selectDay(1);
    EXPECT_EQ(dance->days()->at<DayRow>(1).label, QStringLiteral("明天"));
    const qint64 at = local("2026-11-23T15:00:00");
    int found = -1;
    for (int i = 0; i < dance->slotGrid()->rowCount(); ++i)
        if (static_cast<qint64>(dance->slotGrid()->at<SlotRow>(i).startUtc) == at)
            found = i;
    ASSERT_GE(found, 0);
    EXPECT_EQ(dance->slotGrid()->at<SlotRow>(found).time, QStringLiteral("15:00–16:00"));
    EXPECT_EQ(dance->slotGrid()->at<SlotRow>(found).state, RoomController::Free);

    auto confirm = confirmAt(QStringLiteral("room-dance"), at);
    ASSERT_TRUE(confirm->valid());
    ASSERT_TRUE(confirm->confirm());
    auto result = booked(confirm->bookedRoute());
    ASSERT_TRUE(result->found());
    EXPECT_EQ(result->code().size(), 6);
    EXPECT_FALSE(session->active()); // a finished booking ends the session
    EXPECT_EQ(dance->slotGrid()->at<SlotRow>(found).state, RoomController::Taken)
        << "the grid behind shows it";

    session->identifyCard(QStringLiteral("3301050001"));
    auto mine = my();
    ASSERT_EQ(mine->items()->rowCount(), 1);
    const MyItemRow first = mine->items()->at<MyItemRow>(0);
    EXPECT_EQ(first.title, QStringLiteral("舞蹈室"));
    EXPECT_TRUE(first.when.contains(QStringLiteral("15:00–16:00")));
    ASSERT_TRUE(mine->cancel(MyBookingsController::Room, first.itemId));
    EXPECT_EQ(mine->items()->rowCount(), 0);
    EXPECT_EQ(mine->message(), QStringLiteral("已取消。"));

    // The small talk fills up; our resident joins the waiting list.
    events->signUp(QStringLiteral("res-0002"), QStringLiteral("evt-talk-tcm-small"),
        linli::booking::SignUpMode::SeatOnly);
    events->signUp(QStringLiteral("res-0003"), QStringLiteral("evt-talk-tcm-small"),
        linli::booking::SignUpMode::SeatOnly);
    auto talk = open<EventController>(
        [](EventController &c) { c.setEventId(QStringLiteral("evt-talk-tcm-small")); });
    EXPECT_EQ(talk->seatsLeft(), 0);
    ASSERT_TRUE(talk->signUp(true));
    EXPECT_EQ(talk->mine(), EventController::Waiting);
    session->end();
    EXPECT_EQ(talk->mine(), EventController::NotSignedUp); // wiped
    EXPECT_EQ(mine->items()->rowCount(), 0);

    events->cancel(QStringLiteral("res-0002"), QStringLiteral("evt-talk-tcm-small"));
    session->identifyCard(QStringLiteral("3301050001"));
    EXPECT_TRUE(backend->news().contains(QStringLiteral("中医膏方"))) << backend->news().toStdString();
    ASSERT_EQ(mine->items()->rowCount(), 1);
    EXPECT_EQ(mine->items()->at<MyItemRow>(0).status, QStringLiteral("已报名"));
    EXPECT_EQ(mine->items()->at<MyItemRow>(0).kind, MyBookingsController::Activity);
    EXPECT_EQ(talk->mine(), EventController::HasPlace);
    language.select(QStringLiteral("en"));
    EXPECT_EQ(mine->items()->at<MyItemRow>(0).status, QStringLiteral("Signed up"));
    EXPECT_TRUE(backend->news().startsWith(QStringLiteral("Good news"))) << backend->news().toStdString();
    session->end();
    EXPECT_TRUE(backend->news().isEmpty()) << "told once, and gone with the session";
}

TEST_F(BookingScreensTest, PinSignInRunsOffTheGuiThreadAndWrongPinSaysNothingMore)
{
    QSignalSpy started(session.get(), &ResidentSession::started);
    session->signIn(QStringLiteral("13800000001"), QStringLiteral("000000"));
    EXPECT_TRUE(session->busy());
    QSignalSpy changed(session.get(), &ResidentSession::changed);
    ASSERT_TRUE(changed.wait(10000));
    EXPECT_FALSE(session->active());
    EXPECT_EQ(session->message(), QStringLiteral("手机号或密码不对，请再试一次。"));
    session->signIn(QStringLiteral("13800000001"), QStringLiteral("123456"));
    ASSERT_TRUE(started.wait(10000));
    EXPECT_TRUE(session->active());
    EXPECT_EQ(session->maskedName(), QStringLiteral("张*明"));
}

TEST_F(BookingScreensTest, RoomRemovedWhileOnItsScreen)
{
    session->identifyCard(QStringLiteral("3301050002"));
    auto tennis = room(QStringLiteral("room-table-tennis"));
    tennis->selectDay(1);
    auto confirm = confirmAt(QStringLiteral("room-table-tennis"),
        static_cast<qint64>(tennis->slotGrid()->at<SlotRow>(5).startUtc));
    ASSERT_TRUE(confirm->valid());
    db->exec("DELETE FROM room WHERE id = 'room-table-tennis'"); // a sync removes it
    EXPECT_FALSE(confirm->confirm());
    EXPECT_TRUE(confirm->refusal().contains(QStringLiteral("不能预约"))) << confirm->refusal().toStdString();
    EXPECT_FALSE(tennis->found());
    EXPECT_FALSE(confirm->valid());
    EXPECT_TRUE(session->active()); // nothing happened, the resident may choose again
}

TEST_F(BookingScreensTest, CheckInFromMyBookingsOnlyInsideTheWindow)
{
    ASSERT_TRUE(
        rooms->book(QStringLiteral("res-0001"), QStringLiteral("room-dance"), local("2026-11-23T15:00:00"))
            .ok);
    session->identifyCard(QStringLiteral("3301050001"));
    auto mine = my();
    ASSERT_EQ(mine->items()->rowCount(), 1);
    EXPECT_FALSE(mine->items()->at<MyItemRow>(0).checkInOpen);
    setNow("2026-11-23T14:50:00");
    backend->announceChange();
    ASSERT_TRUE(mine->items()->at<MyItemRow>(0).checkInOpen);
    ASSERT_TRUE(mine->checkIn(mine->items()->at<MyItemRow>(0).itemId));
    EXPECT_EQ(mine->items()->at<MyItemRow>(0).status, QStringLiteral("已签到"));
    EXPECT_FALSE(mine->items()->at<MyItemRow>(0).cancellable);
    EXPECT_EQ(mine->message(), QStringLiteral("签到成功，祝您活动愉快！"));
}

TEST_F(BookingScreensTest, RejectedBookingsAndThePauseAreShownUnderMyBookings)
{
    const auto pending = rooms->book(
        QStringLiteral("res-0001"), QStringLiteral("room-multi-hall"), local("2026-11-23T10:00:00"));
    ASSERT_TRUE(pending.ok);
    ASSERT_TRUE(
        rooms->reject(pending.value.id, { QStringLiteral("当天已有活动"), QStringLiteral("An event is on") })
            .ok);
    for (const char *day : { "2026-11-23T09:00:00", "2026-11-24T09:00:00", "2026-11-25T09:00:00" })
        ASSERT_TRUE(
            rooms->book(QStringLiteral("res-0001"), QStringLiteral("room-table-tennis"), local(day)).ok);
    setNow("2026-11-25T12:00:00");
    session->identifyCard(QStringLiteral("3301050001"));
    auto mine = my();
    const QStringList all = statuses(mine->items());
    EXPECT_TRUE(all.contains(QStringLiteral("未获批准：当天已有活动"))) << all.join(u'|').toStdString();
    EXPECT_EQ(all.count(QStringLiteral("已释放：没有按时签到")), 3);
    EXPECT_TRUE(mine->message().contains(QStringLiteral("12月9日"))) << mine->message().toStdString();
}

TEST_F(BookingScreensTest, IdleSessionWarnsFirstAndATouchKeepsIt)
{
    ResidentSession quick(&*db, clock, shanghai, language, ResidentSession::kWarningSecs); // warns at once
    quick.identifyCard(QStringLiteral("3301050003"));
    ASSERT_TRUE(quick.active());
    QSignalSpy changed(&quick, &ResidentSession::changed);
    ASSERT_TRUE(changed.wait(2000));
    EXPECT_TRUE(quick.idleWarning());
    quick.stillHere();
    EXPECT_FALSE(quick.idleWarning());
    EXPECT_TRUE(quick.active());
    quick.end();
    EXPECT_FALSE(quick.idleWarning());
    EXPECT_TRUE(quick.maskedName().isEmpty());
}

// Someone who never identifies picks a time, makes it longer and walks away: after twice the
// idle time the screen goes home (the window pops every page) and what was chosen is forgotten
// even by a screen still open.
TEST_F(BookingScreensTest, AScreenLeftIdleWithoutAResidentGoesHomeAndForgetsTheChoice)
{
    ResidentSession quick(&*db, clock, shanghai, language, 1);
    auto quickBackend = backendFor(quick);
    QSignalSpy home(&quick, &ResidentSession::endedByIdle);
    auto confirm = confirmAt(QStringLiteral("room-dance"), local("2026-11-23T09:00:00"), quickBackend.get());
    confirm->setSlotCount(2);
    ASSERT_EQ(confirm->slotCount(), 2);
    EXPECT_FALSE(home.wait(300)) << "no touch yet: nothing to time out";

    quick.stillHere(); // a tap on the screen; nobody identified: twice the idle time, 2 s
    ASSERT_TRUE(home.wait(5000));
    EXPECT_EQ(confirm->slotCount(), 1);

    // A resident at the screen is timed by the session's own idle rule, not this one.
    quick.identifyCard(QStringLiteral("3301050003"));
    ASSERT_TRUE(quick.active());
    home.clear();
    quick.stillHere();
    ASSERT_TRUE(home.wait(3000));
    EXPECT_FALSE(quick.active());
}

// Dance room: 4 hours a week. 张*明 has 3 this week already, so once he is known the screen
// offers him one hour, says why, and a length chosen before identifying shrinks to fit.
TEST_F(BookingScreensTest, LongerBookingsStopAtTheResidentsHoursLeftThisWeek)
{
    ASSERT_TRUE(
        rooms->book(QStringLiteral("res-0001"), QStringLiteral("room-dance"), local("2026-11-23T09:00:00"), 2)
            .ok);
    ASSERT_TRUE(
        rooms->book(QStringLiteral("res-0001"), QStringLiteral("room-dance"), local("2026-11-24T09:00:00"))
            .ok);
    auto confirm = confirmAt(QStringLiteral("room-dance"), local("2026-11-25T09:00:00"));
    confirm->setSlotCount(2);
    EXPECT_EQ(confirm->slotCount(), 2) << "not known yet: the room's limit";

    session->identifyCard(QStringLiteral("3301050001")); // card read on the confirm screen
    EXPECT_EQ(confirm->slotCount(), 1);
    EXPECT_EQ(confirm->maxSlots(), 1);
    EXPECT_EQ(confirm->lengthLimit(), ConfirmController::WeeklyHours);
    confirm->setSlotCount(2);
    EXPECT_EQ(confirm->slotCount(), 1);
    ASSERT_TRUE(confirm->confirm());
    EXPECT_TRUE(booked(confirm->bookedRoute())->when().endsWith(QStringLiteral("09:00–10:00")));

    // Next week is a new week: the room's own limit again.
    session->identifyCard(QStringLiteral("3301050001"));
    auto nextWeek = confirmAt(QStringLiteral("room-dance"), local("2026-11-30T09:00:00"));
    EXPECT_EQ(nextWeek->maxSlots(), 2);
    EXPECT_EQ(nextWeek->lengthLimit(), ConfirmController::RoomMaximum);
}

TEST_F(BookingScreensTest, LongerBookingsOnlyOverFreeSlotsAndUpToTheRoomsLimit)
{
    // Tomorrow (Monday 23rd) someone else has the dance room at 17:00. Dance room: 60-minute
    // slots, at most 2 a booking, the last slot 19:00-20:00 (it closes at 20:30).
    ASSERT_TRUE(
        rooms->book(QStringLiteral("res-0002"), QStringLiteral("room-dance"), local("2026-11-23T17:00:00"))
            .ok);
    session->identifyCard(QStringLiteral("3301050001"));
    const QString dance = QStringLiteral("room-dance");

    // 09:00: all the day is free, so the room's limit decides.
    auto nine = confirmAt(dance, local("2026-11-23T09:00:00"));
    EXPECT_EQ(nine->slotCount(), 1);
    EXPECT_EQ(nine->maxSlots(), 2);
    EXPECT_EQ(nine->length(), QStringLiteral("1小时"));
    nine->setSlotCount(2);
    EXPECT_EQ(nine->slotCount(), 2);
    EXPECT_EQ(nine->time(), QStringLiteral("09:00–11:00"));
    EXPECT_EQ(nine->length(), QStringLiteral("2小时"));
    EXPECT_EQ(nine->lengthLimit(), ConfirmController::RoomMaximum);
    EXPECT_EQ(nine->resumeRoute(),
        QStringLiteral("confirm/room-dance@%1?slots=2").arg(local("2026-11-23T09:00:00")));
    nine->setSlotCount(3); // past the room's limit
    EXPECT_EQ(nine->slotCount(), 2);
    nine->setSlotCount(0); // never below one slot
    EXPECT_EQ(nine->slotCount(), 1);

    // 16:00: the 17:00 slot is taken, so one hour only; 19:00: closing time.
    auto four = confirmAt(dance, local("2026-11-23T16:00:00"));
    EXPECT_EQ(four->maxSlots(), 1);
    four->setSlotCount(2);
    EXPECT_EQ(four->slotCount(), 1);
    EXPECT_EQ(four->time(), QStringLiteral("16:00–17:00"));
    EXPECT_EQ(four->lengthLimit(), ConfirmController::NextSlotTaken);
    auto seven = confirmAt(dance, local("2026-11-23T19:00:00"));
    EXPECT_EQ(seven->maxSlots(), 1);
    EXPECT_EQ(seven->lengthLimit(), ConfirmController::Closing);

    // The multi-function hall allows 3 slots; from 15:00 only 2 remain before 17:00 closing.
    auto hall = confirmAt(QStringLiteral("room-multi-hall"), local("2026-11-23T14:00:00"));
    EXPECT_EQ(hall->maxSlots(), 3);
    EXPECT_EQ(hall->maxLength(), QStringLiteral("3小时"));
    EXPECT_EQ(confirmAt(QStringLiteral("room-multi-hall"), local("2026-11-23T15:00:00"))->maxSlots(), 2);

    // Two hours from 14:00 in the dance room; someone takes 15:00 before Confirm: the service
    // refuses the overlap and the screen falls back to the one hour still free.
    auto two = confirmAt(dance, local("2026-11-23T14:00:00"));
    two->setSlotCount(2);
    ASSERT_TRUE(rooms->book(QStringLiteral("res-0003"), dance, local("2026-11-23T15:00:00")).ok);
    EXPECT_FALSE(two->confirm());
    EXPECT_EQ(two->refusal(), linli::booking::reasons::slotTaken().zh);
    EXPECT_EQ(two->slotCount(), 1);
    EXPECT_EQ(two->maxSlots(), 1);

    // A route that asks for more than is free (a length chosen before someone else booked)
    // opens at what is free.
    auto resumed = open<ConfirmController>([&](ConfirmController &c) {
        c.setRoute(QStringLiteral("confirm/room-dance@%1?slots=2").arg(local("2026-11-23T14:00:00")));
    });
    EXPECT_EQ(resumed->slotCount(), 1);

    // 12:00 for two hours: booked as such, and shown so on the result and under My bookings.
    auto noon = confirmAt(dance, local("2026-11-23T12:00:00"));
    noon->setSlotCount(2);
    language.select(QStringLiteral("en"));
    EXPECT_EQ(noon->length(), QStringLiteral("2 hours"));
    language.select(QStringLiteral("zh"));
    ASSERT_TRUE(noon->confirm());
    EXPECT_TRUE(booked(noon->bookedRoute())->when().endsWith(QStringLiteral("12:00–14:00")));
    session->identifyCard(QStringLiteral("3301050001"));
    auto mine = my();
    ASSERT_EQ(mine->items()->rowCount(), 1);
    EXPECT_TRUE(mine->items()->at<MyItemRow>(0).when.contains(QStringLiteral("12:00–14:00")));

    // Half-hour slots read as hours and minutes.
    db->exec("UPDATE room_booking_rule SET slot_minutes = 30, max_slots_per_booking = 3 WHERE room_id = "
             "'room-council'");
    auto council = confirmAt(QStringLiteral("room-council"), local("2026-11-23T10:00:00"));
    council->setSlotCount(3);
    EXPECT_EQ(council->time(), QStringLiteral("10:00–11:30"));
    EXPECT_EQ(council->length(), QStringLiteral("1小时30分钟"));
    language.select(QStringLiteral("en"));
    EXPECT_EQ(council->length(), QStringLiteral("1 hour 30 minutes"));
}

// No-shows are released on the scheduler, with nobody at the screen, and every open booking
// screen is told to read again, so the slot shows free on time.
TEST_F(BookingScreensTest, TheSchedulerReleasesANoShowAndTheScreensReadAgain)
{
    ASSERT_TRUE(
        rooms->book(QStringLiteral("res-0001"), QStringLiteral("room-dance"), local("2026-11-22T14:00:00"))
            .ok);
    QSignalSpy changed(backend.get(), &BookingBackend::bookingsChanged);
    setNow("2026-11-22T14:14:00");
    scheduler.runDue();
    EXPECT_EQ(changed.count(), 0) << "check-in still open";
    setNow("2026-11-22T14:16:00");
    EXPECT_GE(scheduler.runDue(), 1);
    EXPECT_EQ(changed.count(), 1);
    EXPECT_EQ(rooms->upcoming(QStringLiteral("res-0001")).size(), 0u);
}
