#include "booking/room_booking.h"

#include "booking/booking_store.h"
#include "booking/outbox.h"
#include "booking/reasons.h"
#include "booking/room_schedule.h"
#include "core/clock.h"
#include "core/logging.h"
#include "escrow/escrow_shares.h"
#include "escrow/resources.h"
#include "storage/database.h"
#include "storage/storage_error.h"
#include "storage/storage_reasons.h"
#include "storage/transaction.h"

namespace linli::booking {

using storage::StorageError;
using storage::Transaction;

namespace {

// Every command below: a storage failure is logged and refused, never thrown.
template <typename F> auto guarded(const char *what, F &&command)
{
    return storage::refuseOnStorageError(lcBooking(), what, std::forward<F>(command));
}

LocalizedText notApprovedInTime()
{
    return { QStringLiteral("工作人员没有及时审核，预约未成立。"),
        QStringLiteral("Staff did not approve it in time, so it did not go ahead.") };
}

} // namespace

RoomBooking::RoomBooking(storage::Database &db, const Clock &clock, HallTime time)
    : m_db(db)
    , m_clock(clock)
    , m_time(std::move(time))
{
}

BookingResult RoomBooking::book(
    const QString &residentId, const QString &roomId, qint64 startUtc, int slotCount)
{
    const qint64 now = m_clock.nowSecs();
    try {
        Transaction tx(m_db);
        releaseNoShowsLocked(now); // a no-show's slot is free for this very request
        BookingResult result = bookLocked(residentId, roomId, startUtc, slotCount, now);
        if (result.ok)
            tx.commit();
        return result;
    } catch (const StorageError &e) {
        // The UNIQUE(room, slot) constraint is the last word on "already taken".
        if (e.kind() == storage::ErrorKind::Constraint)
            return BookingResult::refuse(reasons::slotTaken());
        qCWarning(lcBooking) << "booking failed:" << storage::errorKindName(e.kind()) << e.what();
        return BookingResult::refuse(storage::refusalFor(e));
    }
}

BookingResult RoomBooking::bookLocked(
    const QString &residentId, const QString &roomId, qint64 startUtc, int slotCount, qint64 now)
{
    const auto room = loadRoomSchedule(m_db, roomId);
    if (!room)
        return BookingResult::refuse(reasons::roomUnavailable());
    if (const qint64 until = store::pausedUntil(m_db, residentId); until > now)
        return BookingResult::refuse(reasons::paused(m_time.localDate(until - 1)));
    std::vector<qint64> starts;
    if (Outcome check = checkRequest(*room, m_time, startUtc, slotCount, now, &starts); !check.ok)
        return BookingResult::refuse(check.reason);
    if (store::anySlotTaken(m_db, roomId, starts))
        return BookingResult::refuse(reasons::slotTaken());
    const RoomRules &r = room->rules;
    if (store::upcomingCount(m_db, residentId, roomId, now) >= r.maxUpcomingPerResident)
        return BookingResult::refuse(reasons::tooManyUpcoming(r.maxUpcomingPerResident));
    const qint64 used = bookedSecsInWeekOf(residentId, roomId, startUtc);
    const qint64 wanted = static_cast<qint64>(slotCount) * r.slotMinutes * 60;
    if (used + wanted > r.maxMinutesPerWeek * 60LL)
        return BookingResult::refuse(reasons::weeklyHoursUsed(r.maxMinutesPerWeek));

    BookingRecord b;
    b.id = newUuid();
    b.code = store::uniqueCode(m_db);
    b.residentId = residentId;
    b.roomId = roomId;
    b.roomName = r.roomName;
    b.startUtc = startUtc;
    b.endUtc = startUtc + wanted;
    b.status = r.approvalRequired ? BookingStatus::Pending : BookingStatus::Confirmed;
    store::insertBooking(m_db, b, starts, now);
    const QString eventId = writeOutbox(m_db, QStringLiteral("booking.created"), now, store::payloadOf(b));
    QStringList slotNames;
    for (const qint64 s : starts)
        slotNames << escrow::resources::roomSlot(roomId, s);
    if (escrow::cover(m_db, eventId, slotNames, 1, now * 1000) == escrow::Cover::Server)
        b.awaitsServerEvent = eventId;
    return BookingResult::success(std::move(b));
}

qint64 RoomBooking::bookedSecsInWeekOf(const QString &residentId, const QString &roomId, qint64 startUtc)
{
    const qint64 weekFrom = m_time.utcOf(m_time.weekStart(m_time.localDate(startUtc)), 0);
    return store::bookedSecs(m_db, residentId, roomId, weekFrom, weekFrom + 7 * 86400);
}

int RoomBooking::weeklySlotsLeft(const QString &residentId, const QString &roomId, qint64 startUtc)
{
    const auto room = loadRoomSchedule(m_db, roomId);
    if (!room || room->rules.slotMinutes <= 0)
        return 0;
    const qint64 left
        = room->rules.maxMinutesPerWeek * 60LL - bookedSecsInWeekOf(residentId, roomId, startUtc);
    return left <= 0 ? 0 : static_cast<int>(left / (room->rules.slotMinutes * 60LL));
}

Outcome RoomBooking::cancel(const QString &residentId, const QString &bookingId)
{
    const qint64 now = m_clock.nowSecs();
    return guarded("cancel", [&] {
        Transaction tx(m_db);
        auto b = store::findBooking(m_db, bookingId);
        if (!b || b->residentId != residentId
            || (b->status != BookingStatus::Pending && b->status != BookingStatus::Confirmed))
            return Outcome::refuse(reasons::bookingNotFound());
        if (b->startUtc <= now)
            return Outcome::refuse(reasons::alreadyEnded());
        const auto room = loadRoomSchedule(m_db, b->roomId);
        const int notice = room ? room->rules.minCancelNoticeMinutes : 0;
        // A pending booking was never promised, so it may always be withdrawn before the start.
        if (b->status == BookingStatus::Confirmed && b->startUtc - now < notice * 60LL)
            return Outcome::refuse(reasons::cancelTooLate(notice));
        store::setStatus(m_db, bookingId, BookingStatus::Cancelled, {}, now);
        b->status = BookingStatus::Cancelled;
        writeOutbox(m_db, QStringLiteral("booking.cancelled"), now, store::payloadOf(*b));
        tx.commit();
        return Outcome::success();
    });
}

Outcome RoomBooking::withdraw(const QString &bookingId)
{
    const qint64 now = m_clock.nowSecs();
    return guarded("withdraw", [&] {
        Transaction tx(m_db);
        auto b = store::findBooking(m_db, bookingId);
        if (!b || (b->status != BookingStatus::Pending && b->status != BookingStatus::Confirmed))
            return Outcome::refuse(reasons::bookingNotFound());
        store::setStatus(m_db, bookingId, BookingStatus::Cancelled, {}, now);
        b->status = BookingStatus::Cancelled;
        writeOutbox(m_db, QStringLiteral("booking.cancelled"), now, store::payloadOf(*b));
        tx.commit();
        return Outcome::success();
    });
}

Outcome RoomBooking::checkIn(const QString &bookingId)
{
    const qint64 now = m_clock.nowSecs();
    return guarded("check-in", [&] {
        Transaction tx(m_db);
        auto b = store::findBooking(m_db, bookingId);
        if (!b || b->status != BookingStatus::Confirmed)
            return Outcome::refuse(reasons::bookingNotFound());
        if (now < b->startUtc - kCheckInWindowSecs)
            return Outcome::refuse(reasons::checkInNotYet());
        if (now > b->startUtc + kCheckInWindowSecs) {
            releaseNoShowsLocked(now);
            tx.commit();
            return Outcome::refuse(reasons::checkInClosed());
        }
        store::setStatus(m_db, bookingId, BookingStatus::CheckedIn, {}, now, false);
        b->status = BookingStatus::CheckedIn;
        writeOutbox(m_db, QStringLiteral("booking.checked_in"), now, store::payloadOf(*b));
        tx.commit();
        return Outcome::success();
    });
}

Outcome RoomBooking::approve(const QString &bookingId)
{
    const qint64 now = m_clock.nowSecs();
    return guarded("approval", [&] {
        Transaction tx(m_db);
        auto b = store::findBooking(m_db, bookingId);
        if (!b || b->status != BookingStatus::Pending)
            return Outcome::refuse(reasons::notPending());
        if (b->startUtc <= now)
            return Outcome::refuse(reasons::alreadyEnded());
        store::setStatus(m_db, bookingId, BookingStatus::Confirmed, {}, now, false);
        b->status = BookingStatus::Confirmed;
        writeOutbox(m_db, QStringLiteral("booking.approved"), now, store::payloadOf(*b));
        tx.commit();
        return Outcome::success();
    });
}

Outcome RoomBooking::reject(const QString &bookingId, const LocalizedText &why)
{
    const qint64 now = m_clock.nowSecs();
    return guarded("rejection", [&] {
        Transaction tx(m_db);
        auto b = store::findBooking(m_db, bookingId);
        if (!b || b->status != BookingStatus::Pending)
            return Outcome::refuse(reasons::notPending());
        store::setStatus(m_db, bookingId, BookingStatus::Rejected, why, now);
        b->status = BookingStatus::Rejected;
        QJsonObject payload = store::payloadOf(*b);
        payload.insert(QStringLiteral("reason_zh"), why.zh);
        payload.insert(QStringLiteral("reason_en"), why.en);
        writeOutbox(m_db, QStringLiteral("booking.rejected"), now, payload);
        tx.commit();
        return Outcome::success();
    });
}

int RoomBooking::releaseNoShows()
{
    try {
        Transaction tx(m_db);
        const int n = releaseNoShowsLocked(m_clock.nowSecs());
        tx.commit();
        return n;
    } catch (const StorageError &e) {
        qCWarning(lcBooking) << "release of no-shows failed:" << storage::errorKindName(e.kind()) << e.what();
        return 0;
    }
}

int RoomBooking::releaseNoShowsLocked(qint64 now)
{
    const auto due = store::dueForRelease(m_db, now - kCheckInWindowSecs);
    for (BookingRecord b : due) {
        if (b.status == BookingStatus::Pending) { // never approved in time: not the resident's fault
            store::setStatus(m_db, b.id, BookingStatus::Rejected, notApprovedInTime(), now);
            b.status = BookingStatus::Rejected;
            writeOutbox(m_db, QStringLiteral("booking.rejected"), now, store::payloadOf(b));
            continue;
        }
        store::setStatus(m_db, b.id, BookingStatus::Released, {}, now);
        b.status = BookingStatus::Released;
        store::recordNoShow(m_db, b);
        QJsonObject payload = store::payloadOf(b);
        const int recent = store::noShowsSince(m_db, b.residentId, b.startUtc - kNoShowWindowDays * 86400LL);
        if (recent >= kNoShowLimit) {
            // Paused for the day of the release and the 14 days after it, ending at local midnight.
            const qint64 until = m_time.utcOf(m_time.localDate(now).addDays(kPauseDays + 1), 0);
            store::pauseResident(m_db, b.residentId, until);
            payload.insert(QStringLiteral("paused_until_utc"), until);
        }
        writeOutbox(m_db, QStringLiteral("booking.released_no_show"), now, payload);
    }
    return static_cast<int>(due.size());
}

std::vector<BookingRecord> RoomBooking::upcoming(const QString &residentId)
{
    return store::upcomingFor(m_db, residentId, m_clock.nowSecs());
}

std::vector<BookingRecord> RoomBooking::recentlyEnded(const QString &residentId)
{
    return store::endedSince(m_db, residentId, m_clock.nowSecs() - 7 * 86400LL);
}

std::optional<BookingRecord> RoomBooking::find(const QString &bookingId)
{
    return store::findBooking(m_db, bookingId);
}

qint64 RoomBooking::pausedUntil(const QString &residentId)
{
    const qint64 until = store::pausedUntil(m_db, residentId);
    return until > m_clock.nowSecs() ? until : 0;
}

} // namespace linli::booking
