// The "done when" walk-through of issue #4 through the app's facades, as the screens drive
// them: identify with the demo card, book the dance room tomorrow at 15:00, see it under My
// bookings, cancel it, join a full talk's waiting list and be promoted when a seat frees.
#include "booking/reasons.h"
#include "booking_desk.h"
#include "booking_fixture.h"
#include "language_controller.h"
#include "resident_session.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using linli::booking::test::BookingFixture;

class BookingDeskTest : public BookingFixture {
protected:
    BookingDeskTest()
    {
        language.select(QStringLiteral("zh"));
        session = std::make_unique<ResidentSession>(&*db, clock, language, 90);
        desk = std::make_unique<BookingDesk>(&*db, clock, language, *session);
        for (RowListModel *m : { desk->roomsToday(), desk->days(), desk->slotGrid(), desk->myItems() })
            testers.push_back(std::make_unique<QAbstractItemModelTester>(
                m, QAbstractItemModelTester::FailureReportingMode::Fatal));
    }
    QVariant row(RowListModel *m, int i, const char *key)
    {
        return m->rows().at(static_cast<size_t>(i)).value(key);
    }

    LanguageController language;
    std::unique_ptr<ResidentSession> session;
    std::unique_ptr<BookingDesk> desk;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
};

TEST_F(BookingDeskTest, NewUserWalkThrough)
{
    session->identifyCard(QStringLiteral("3301050001"));
    ASSERT_TRUE(session->active());
    EXPECT_EQ(session->maskedName(), QStringLiteral("张*明"));

    desk->openRoom(QStringLiteral("room-dance"));
    desk->selectDay(1);
    EXPECT_EQ(row(desk->days(), 1, "label").toString(), QStringLiteral("明天"));
    const qint64 at = local("2026-11-23T15:00:00");
    int found = -1;
    for (int i = 0; i < desk->slotGrid()->rowCount(); ++i)
        if (static_cast<qint64>(row(desk->slotGrid(), i, "startUtc").toDouble()) == at)
            found = i;
    ASSERT_GE(found, 0);
    EXPECT_EQ(row(desk->slotGrid(), found, "time").toString(), QStringLiteral("15:00–16:00"));
    ASSERT_TRUE(desk->choose(static_cast<double>(at)));
    EXPECT_EQ(desk->choice().value("name").toString(), QStringLiteral("张*明"));
    ASSERT_TRUE(desk->confirm());
    EXPECT_EQ(desk->result().value("code").toString().size(), 6);
    EXPECT_FALSE(session->active()); // a finished booking ends the session
    EXPECT_EQ(row(desk->slotGrid(), found, "state").toString(), QStringLiteral("taken"));

    session->identifyCard(QStringLiteral("3301050001"));
    ASSERT_EQ(desk->myItems()->rowCount(), 1);
    EXPECT_EQ(row(desk->myItems(), 0, "title").toString(), QStringLiteral("舞蹈室"));
    EXPECT_TRUE(row(desk->myItems(), 0, "when").toString().contains(QStringLiteral("15:00–16:00")));
    ASSERT_TRUE(desk->cancelItem(QStringLiteral("room"), row(desk->myItems(), 0, "itemId").toString()));
    EXPECT_EQ(desk->myItems()->rowCount(), 0);

    // The small talk fills up; our resident joins the waiting list.
    events->signUp(QStringLiteral("res-0002"), QStringLiteral("evt-talk-tcm-small"),
        linli::booking::SignUpMode::SeatOnly);
    events->signUp(QStringLiteral("res-0003"), QStringLiteral("evt-talk-tcm-small"),
        linli::booking::SignUpMode::SeatOnly);
    desk->openEvent(QStringLiteral("evt-talk-tcm-small"));
    EXPECT_EQ(desk->event().value("seatsLeft").toInt(), 0);
    ASSERT_TRUE(desk->signUp(true));
    EXPECT_EQ(desk->event().value("myStatus").toString(), QStringLiteral("waitlisted"));
    session->end();
    EXPECT_EQ(desk->event().value("myStatus").toString(), QString()); // wiped
    EXPECT_EQ(desk->myItems()->rowCount(), 0);

    events->cancel(QStringLiteral("res-0002"), QStringLiteral("evt-talk-tcm-small"));
    session->identifyCard(QStringLiteral("3301050001"));
    EXPECT_TRUE(desk->my().value("promotions").toString().contains(QStringLiteral("中医膏方")));
    ASSERT_EQ(desk->myItems()->rowCount(), 1);
    EXPECT_EQ(row(desk->myItems(), 0, "status").toString(), QStringLiteral("已报名"));
    EXPECT_EQ(desk->event().value("myStatus").toString(), QStringLiteral("confirmed"));
    language.select(QStringLiteral("en"));
    EXPECT_EQ(row(desk->myItems(), 0, "status").toString(), QStringLiteral("Signed up"));
}

TEST_F(BookingDeskTest, PinSignInRunsOffTheGuiThreadAndWrongPinSaysNothingMore)
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

TEST_F(BookingDeskTest, RoomRemovedWhileOnItsScreen)
{
    session->identifyCard(QStringLiteral("3301050002"));
    desk->openRoom(QStringLiteral("room-table-tennis"));
    desk->selectDay(1);
    ASSERT_TRUE(desk->choose(row(desk->slotGrid(), 5, "startUtc").toDouble()));
    db->exec("DELETE FROM room WHERE id = 'room-table-tennis'"); // a sync removes it
    EXPECT_FALSE(desk->confirm());
    EXPECT_TRUE(desk->result().value("message").toString().contains(QStringLiteral("不能预约")));
    EXPECT_FALSE(desk->room().value("found").toBool());
    EXPECT_TRUE(session->active()); // nothing happened, the resident may choose again
}

TEST_F(BookingDeskTest, CheckInFromMyBookingsOnlyInsideTheWindow)
{
    ASSERT_TRUE(
        rooms->book(QStringLiteral("res-0001"), QStringLiteral("room-dance"), local("2026-11-23T15:00:00"))
            .ok);
    session->identifyCard(QStringLiteral("3301050001"));
    ASSERT_EQ(desk->myItems()->rowCount(), 1);
    EXPECT_FALSE(row(desk->myItems(), 0, "checkInOpen").toBool());
    setNow("2026-11-23T14:50:00");
    desk->refreshMy();
    ASSERT_TRUE(row(desk->myItems(), 0, "checkInOpen").toBool());
    ASSERT_TRUE(desk->checkIn(row(desk->myItems(), 0, "itemId").toString()));
    EXPECT_EQ(row(desk->myItems(), 0, "status").toString(), QStringLiteral("已签到"));
    EXPECT_FALSE(row(desk->myItems(), 0, "cancellable").toBool());
}

TEST_F(BookingDeskTest, RejectedBookingsAndThePauseAreShownUnderMyBookings)
{
    const auto pending = rooms->book(
        QStringLiteral("res-0001"), QStringLiteral("room-multi-hall"), local("2026-11-23T10:00:00"));
    ASSERT_TRUE(pending.ok);
    ASSERT_TRUE(
        rooms->reject(
                 pending.booking.id, { QStringLiteral("当天已有活动"), QStringLiteral("An event is on") })
            .ok);
    for (const char *day : { "2026-11-23T09:00:00", "2026-11-24T09:00:00", "2026-11-25T09:00:00" })
        ASSERT_TRUE(
            rooms->book(QStringLiteral("res-0001"), QStringLiteral("room-table-tennis"), local(day)).ok);
    setNow("2026-11-25T12:00:00");
    session->identifyCard(QStringLiteral("3301050001"));
    QStringList statuses;
    for (int i = 0; i < desk->myItems()->rowCount(); ++i)
        statuses << row(desk->myItems(), i, "status").toString();
    EXPECT_TRUE(statuses.contains(QStringLiteral("未获批准：当天已有活动")))
        << statuses.join(u'|').toStdString();
    EXPECT_EQ(statuses.count(QStringLiteral("已释放：没有按时签到")), 3);
    EXPECT_TRUE(desk->my().value("message").toString().contains(QStringLiteral("12月9日")));
}

TEST_F(BookingDeskTest, IdleSessionWarnsFirstAndATouchKeepsIt)
{
    ResidentSession quick(&*db, clock, language, ResidentSession::kWarningSecs); // warns at once
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
// idle time the screen goes home and the next person does not find their choice.
TEST_F(BookingDeskTest, AScreenLeftIdleWithoutAResidentGoesHomeAndForgetsTheChoice)
{
    ResidentSession quick(&*db, clock, language, 1);
    BookingDesk quickDesk(&*db, clock, language, quick);
    QSignalSpy home(&quick, &ResidentSession::endedByIdle);
    quickDesk.openRoom(QStringLiteral("room-dance"));
    quickDesk.selectDay(1);
    ASSERT_TRUE(quickDesk.chooseAt(QStringLiteral("room-dance"), local("2026-11-23T09:00:00")));
    quickDesk.setSlotCount(2);
    ASSERT_EQ(quickDesk.choice().value("slots").toInt(), 2);
    EXPECT_FALSE(home.wait(300)) << "no touch yet: nothing to time out";

    quick.stillHere(); // a tap on the screen; nobody identified: twice the idle time, 2 s
    ASSERT_TRUE(home.wait(5000));
    EXPECT_FALSE(quickDesk.choice().value("valid").toBool());
    ASSERT_TRUE(quickDesk.chooseAt(QStringLiteral("room-dance"), local("2026-11-23T09:00:00")));
    EXPECT_EQ(quickDesk.choice().value("slots").toInt(), 1);

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
TEST_F(BookingDeskTest, LongerBookingsStopAtTheResidentsHoursLeftThisWeek)
{
    ASSERT_TRUE(
        rooms->book(QStringLiteral("res-0001"), QStringLiteral("room-dance"), local("2026-11-23T09:00:00"), 2)
            .ok);
    ASSERT_TRUE(
        rooms->book(QStringLiteral("res-0001"), QStringLiteral("room-dance"), local("2026-11-24T09:00:00"))
            .ok);
    ASSERT_TRUE(desk->chooseAt(QStringLiteral("room-dance"), local("2026-11-25T09:00:00")));
    desk->setSlotCount(2);
    EXPECT_EQ(desk->choice().value("slots").toInt(), 2) << "not known yet: the room's limit";

    session->identifyCard(QStringLiteral("3301050001")); // card read on the confirm screen
    EXPECT_EQ(desk->choice().value("slots").toInt(), 1);
    EXPECT_EQ(desk->choice().value("maxSlots").toInt(), 1);
    EXPECT_EQ(desk->choice().value("longerBlockedBy").toString(), QStringLiteral("week"));
    desk->setSlotCount(2);
    EXPECT_EQ(desk->choice().value("slots").toInt(), 1);
    EXPECT_TRUE(desk->confirm());
    EXPECT_EQ(desk->result().value("time").toString(), QStringLiteral("09:00–10:00"));

    // Next week is a new week: the room's own limit again.
    session->identifyCard(QStringLiteral("3301050001"));
    ASSERT_TRUE(desk->chooseAt(QStringLiteral("room-dance"), local("2026-11-30T09:00:00")));
    EXPECT_EQ(desk->choice().value("maxSlots").toInt(), 2);
    EXPECT_EQ(desk->choice().value("longerBlockedBy").toString(), QStringLiteral("limit"));
}

TEST_F(BookingDeskTest, LongerBookingsOnlyOverFreeSlotsAndUpToTheRoomsLimit)
{
    // Tomorrow (Monday 23rd) someone else has the dance room at 17:00. Dance room: 60-minute
    // slots, at most 2 a booking, the last slot 19:00-20:00 (it closes at 20:30).
    ASSERT_TRUE(
        rooms->book(QStringLiteral("res-0002"), QStringLiteral("room-dance"), local("2026-11-23T17:00:00"))
            .ok);
    session->identifyCard(QStringLiteral("3301050001"));
    desk->openRoom(QStringLiteral("room-dance"));
    desk->selectDay(1);
    const auto choice = [&](const char *key) { return desk->choice().value(key); };

    // 09:00: all the day is free, so the room's limit decides.
    ASSERT_TRUE(desk->choose(static_cast<double>(local("2026-11-23T09:00:00"))));
    EXPECT_EQ(choice("slots").toInt(), 1);
    EXPECT_EQ(choice("maxSlots").toInt(), 2);
    EXPECT_EQ(choice("length").toString(), QStringLiteral("1小时"));
    desk->setSlotCount(2);
    EXPECT_EQ(choice("slots").toInt(), 2);
    EXPECT_EQ(choice("time").toString(), QStringLiteral("09:00–11:00"));
    EXPECT_EQ(choice("length").toString(), QStringLiteral("2小时"));
    EXPECT_EQ(choice("longerBlockedBy").toString(), QStringLiteral("limit"));
    desk->setSlotCount(3); // past the room's limit
    EXPECT_EQ(choice("slots").toInt(), 2);
    desk->setSlotCount(0); // never below one slot
    EXPECT_EQ(choice("slots").toInt(), 1);

    // 16:00: the 17:00 slot is taken, so one hour only; 19:00: closing time.
    ASSERT_TRUE(desk->choose(static_cast<double>(local("2026-11-23T16:00:00"))));
    EXPECT_EQ(choice("maxSlots").toInt(), 1);
    desk->setSlotCount(2);
    EXPECT_EQ(choice("slots").toInt(), 1);
    EXPECT_EQ(choice("time").toString(), QStringLiteral("16:00–17:00"));
    EXPECT_EQ(choice("longerBlockedBy").toString(), QStringLiteral("taken"));
    ASSERT_TRUE(desk->choose(static_cast<double>(local("2026-11-23T19:00:00"))));
    EXPECT_EQ(choice("maxSlots").toInt(), 1);
    EXPECT_EQ(choice("longerBlockedBy").toString(), QStringLiteral("closed"));

    // The multi-function hall allows 3 slots; from 15:00 only 2 remain before 17:00 closing.
    desk->openRoom(QStringLiteral("room-multi-hall"));
    desk->selectDay(1);
    ASSERT_TRUE(desk->choose(static_cast<double>(local("2026-11-23T14:00:00"))));
    EXPECT_EQ(choice("maxSlots").toInt(), 3);
    EXPECT_EQ(choice("maxLength").toString(), QStringLiteral("3小时"));
    ASSERT_TRUE(desk->choose(static_cast<double>(local("2026-11-23T15:00:00"))));
    EXPECT_EQ(choice("maxSlots").toInt(), 2);

    // Two hours from 14:00 in the dance room; someone takes 15:00 before Confirm: the service
    // refuses the overlap and the screen falls back to the one hour still free.
    desk->openRoom(QStringLiteral("room-dance"));
    desk->selectDay(1);
    ASSERT_TRUE(desk->choose(static_cast<double>(local("2026-11-23T14:00:00"))));
    desk->setSlotCount(2);
    ASSERT_TRUE(
        rooms->book(QStringLiteral("res-0003"), QStringLiteral("room-dance"), local("2026-11-23T15:00:00"))
            .ok);
    EXPECT_FALSE(desk->confirm());
    EXPECT_EQ(desk->result().value("message").toString(), linli::booking::reasons::slotTaken().zh);
    EXPECT_EQ(choice("slots").toInt(), 1);
    EXPECT_EQ(choice("maxSlots").toInt(), 1);

    // 12:00 for two hours: booked as such, and shown so on the result and under My bookings.
    ASSERT_TRUE(desk->choose(static_cast<double>(local("2026-11-23T12:00:00"))));
    desk->setSlotCount(2);
    language.select(QStringLiteral("en"));
    EXPECT_EQ(choice("length").toString(), QStringLiteral("2 hours"));
    language.select(QStringLiteral("zh"));
    ASSERT_TRUE(desk->confirm());
    EXPECT_EQ(desk->result().value("time").toString(), QStringLiteral("12:00–14:00"));
    session->identifyCard(QStringLiteral("3301050001"));
    ASSERT_EQ(desk->myItems()->rowCount(), 1);
    EXPECT_TRUE(row(desk->myItems(), 0, "when").toString().contains(QStringLiteral("12:00–14:00")));

    // Half-hour slots read as hours and minutes.
    db->exec("UPDATE room_booking_rule SET slot_minutes = 30, max_slots_per_booking = 3 WHERE room_id = "
             "'room-council'");
    desk->openRoom(QStringLiteral("room-council"));
    desk->selectDay(1);
    ASSERT_TRUE(desk->choose(static_cast<double>(local("2026-11-23T10:00:00"))));
    desk->setSlotCount(3);
    EXPECT_EQ(choice("time").toString(), QStringLiteral("10:00–11:30"));
    EXPECT_EQ(choice("length").toString(), QStringLiteral("1小时30分钟"));
    language.select(QStringLiteral("en"));
    EXPECT_EQ(choice("length").toString(), QStringLiteral("1 hour 30 minutes"));
}
