// Storage failing under a command: another connection holding the write lock past the busy
// timeout (busy: nothing changed, try again) or a broken schema (cannot save: ask the staff).
// Every command answers with a refusal a resident can read; no StorageError escapes, and
// nothing is half done.
#include "booking/reasons.h"
#include "booking_fixture.h"

using namespace linli::booking;
using linli::booking::test::BookingFixture;

namespace {
const QString kMing = QStringLiteral("res-0001"), kXiu = QStringLiteral("res-0002");
const QString kDance = QStringLiteral("room-dance"), kHall = QStringLiteral("room-multi-hall");
const QString kTalk = QStringLiteral("evt-talk-tcm-small");
const linli::LocalizedText kWhy{ QStringLiteral("已有活动"), QStringLiteral("An event is on") };

template <typename R> void expectRefused(const R &result, const linli::LocalizedText &why)
{
    EXPECT_FALSE(result.ok);
    EXPECT_EQ(result.reason, why) << result.reason.en.toStdString();
}
} // namespace

// Now: Monday 2026-11-23 14:50, check-in open for the dance room at 15:00.
class StorageFailureTest : public BookingFixture {
protected:
    StorageFailureTest()
    {
        checkInToday = bookOk(kMing, kDance, "2026-11-23T15:00:00");
        toCancel = bookOk(kMing, kDance, "2026-11-25T15:00:00");
        toApprove = bookOk(kMing, kHall, "2026-11-24T10:00:00");
        toReject = bookOk(kMing, kHall, "2026-11-24T11:00:00");
        EXPECT_TRUE(events->signUp(kXiu, kTalk, SignUpMode::SeatOnly).ok);
        setNow("2026-11-23T14:50:00");
    }

    QString bookOk(const QString &who, const QString &room, const char *at)
    {
        const BookingResult r = rooms->book(who, room, local(at));
        EXPECT_TRUE(r.ok) << r.reason.en.toStdString();
        return r.value.id;
    }
    BookingStatus statusOf(const QString &id) { return rooms->find(id)->status; }

    QString checkInToday, toCancel, toApprove, toReject;
};

TEST_F(StorageFailureTest, AnotherConnectionHoldingTheWriteLockMeansBusyAndNothingChanges)
{
    const qint64 outbox = count("SELECT count(*) FROM outbox");
    auto conn = linli::storage::Database::open(db->path(), { .busyTimeoutMs = 50 });
    RoomBooking lockedRooms(conn, clock, hallTime());
    EventSignUp lockedEvents(conn, clock);
    db->exec("BEGIN IMMEDIATE"); // another kiosk process in the middle of a write

    expectRefused(lockedRooms.book(kXiu, kDance, local("2026-11-26T15:00:00")), reasons::busy());
    expectRefused(lockedRooms.cancel(kMing, toCancel), reasons::busy());
    expectRefused(lockedRooms.checkIn(checkInToday), reasons::busy());
    expectRefused(lockedRooms.approve(toApprove), reasons::busy());
    expectRefused(lockedRooms.reject(toReject, kWhy), reasons::busy());
    expectRefused(lockedEvents.signUp(kMing, kTalk, SignUpMode::SeatOnly), reasons::busy());
    expectRefused(lockedEvents.cancel(kXiu, kTalk), reasons::busy());
    EXPECT_EQ(lockedRooms.releaseNoShows(), 0);

    db->exec("ROLLBACK");
    EXPECT_EQ(count("SELECT count(*) FROM outbox"), outbox);
    EXPECT_EQ(statusOf(toApprove), BookingStatus::Pending);
    // Refused only for the lock: the same calls go through once it is gone.
    EXPECT_TRUE(lockedRooms.book(kXiu, kDance, local("2026-11-26T15:00:00")).ok);
    EXPECT_TRUE(lockedRooms.cancel(kMing, toCancel).ok);
    EXPECT_TRUE(lockedRooms.checkIn(checkInToday).ok);
    EXPECT_TRUE(lockedRooms.approve(toApprove).ok);
    EXPECT_TRUE(lockedRooms.reject(toReject, kWhy).ok);
    EXPECT_TRUE(lockedEvents.signUp(kMing, kTalk, SignUpMode::SeatOnly).ok);
    EXPECT_TRUE(lockedEvents.cancel(kXiu, kTalk).ok);
}

TEST_F(StorageFailureTest, ABrokenSchemaMeansCannotSaveAndEachChangeIsRolledBack)
{
    // Every change writes its outbox event in the same transaction; without the table, each
    // one fails after its first writes, which must vanish with it.
    db->exec("DROP TABLE outbox");
    const qint64 bookings = count("SELECT count(*) FROM booking"),
                 slotRows = count("SELECT count(*) FROM booking_slot");

    expectRefused(rooms->approve(toApprove), reasons::cannotSave());
    EXPECT_EQ(statusOf(toApprove), BookingStatus::Pending);
    expectRefused(rooms->reject(toReject, kWhy), reasons::cannotSave());
    EXPECT_EQ(statusOf(toReject), BookingStatus::Pending);
    expectRefused(rooms->book(kXiu, kDance, local("2026-11-26T15:00:00")), reasons::cannotSave());
    expectRefused(rooms->cancel(kMing, toCancel), reasons::cannotSave());
    EXPECT_EQ(statusOf(toCancel), BookingStatus::Confirmed);
    expectRefused(rooms->checkIn(checkInToday), reasons::cannotSave());
    EXPECT_EQ(statusOf(checkInToday), BookingStatus::Confirmed);
    EXPECT_EQ(count("SELECT count(*) FROM booking"), bookings);
    EXPECT_EQ(count("SELECT count(*) FROM booking_slot"), slotRows);

    expectRefused(events->signUp(kMing, kTalk, SignUpMode::SeatOnly), reasons::cannotSave());
    expectRefused(events->cancel(kXiu, kTalk), reasons::cannotSave());
    EXPECT_EQ(events->seats(kTalk)->taken, 1);
    EXPECT_EQ(events->seats(kTalk, kMing)->myStatus, SignUpStatus::None);
}

TEST_F(StorageFailureTest, TheBusyAndCannotSaveReasonsAreKindAndBilingual)
{
    for (const linli::LocalizedText &t : { reasons::busy(), reasons::cannotSave() }) {
        EXPECT_FALSE(t.zh.isEmpty());
        EXPECT_FALSE(t.en.isEmpty());
        EXPECT_NE(t.zh, t.en);
    }
    EXPECT_NE(reasons::busy(), reasons::cannotSave());
    EXPECT_TRUE(reasons::cannotSave().en.contains(u"staff"));
}

TEST_F(StorageFailureTest, AnUnknownStoredStatusIsReadAsCancelledAndNothingActsOnIt)
{
    // A status this build does not know (a newer schema, a bad sync); the CHECK would refuse it.
    db->exec("PRAGMA ignore_check_constraints = ON");
    db->prepare("UPDATE booking SET status = 'on_hold' WHERE id = ?").bind(1, toCancel).run();
    db->prepare("UPDATE booking SET status = 'on_hold' WHERE id = ?").bind(1, toApprove).run();
    db->exec("UPDATE event_signup SET status = 'maybe'");
    db->exec("PRAGMA ignore_check_constraints = OFF");

    EXPECT_EQ(statusOf(toCancel), BookingStatus::Cancelled);
    expectRefused(rooms->cancel(kMing, toCancel), reasons::bookingNotFound());
    expectRefused(rooms->checkIn(toCancel), reasons::bookingNotFound());
    expectRefused(rooms->approve(toApprove), reasons::notPending());
    expectRefused(rooms->reject(toApprove, kWhy), reasons::notPending());
    // Its slot stays as stored: nobody books over it.
    expectRefused(rooms->book(kXiu, kDance, local("2026-11-25T15:00:00")), reasons::slotTaken());
    EXPECT_EQ(events->seats(kTalk, kXiu)->myStatus, SignUpStatus::None);
}

TEST(BookingStore, StatusesKeepTheirStoredNames)
{
    // The names in the database (and in outbox payloads) are the ones migration 0003 checks.
    EXPECT_EQ(store::statusName(BookingStatus::Pending), QStringLiteral("pending"));
    EXPECT_EQ(store::statusName(BookingStatus::Confirmed), QStringLiteral("confirmed"));
    EXPECT_EQ(store::statusName(BookingStatus::CheckedIn), QStringLiteral("checked_in"));
    EXPECT_EQ(store::statusName(BookingStatus::Cancelled), QStringLiteral("cancelled"));
    EXPECT_EQ(store::statusName(BookingStatus::Rejected), QStringLiteral("rejected"));
    EXPECT_EQ(store::statusName(BookingStatus::Released), QStringLiteral("released"));
    for (BookingStatus s : { BookingStatus::Pending, BookingStatus::Confirmed, BookingStatus::CheckedIn,
             BookingStatus::Cancelled, BookingStatus::Rejected, BookingStatus::Released })
        EXPECT_EQ(store::bookingStatusFrom(store::statusName(s)), s);
    EXPECT_EQ(store::signUpStatusName(SignUpStatus::Confirmed), QStringLiteral("confirmed"));
    EXPECT_EQ(store::signUpStatusName(SignUpStatus::Waitlisted), QStringLiteral("waitlisted"));
    EXPECT_EQ(store::signUpStatusFrom(QStringLiteral("confirmed")), SignUpStatus::Confirmed);
    EXPECT_EQ(store::signUpStatusFrom(QStringLiteral("waitlisted")), SignUpStatus::Waitlisted);
    EXPECT_EQ(store::signUpStatusFrom(QStringLiteral("cancelled")), SignUpStatus::None);
    EXPECT_EQ(store::signUpStatusFrom(QString()), SignUpStatus::None);
}
