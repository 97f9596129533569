#pragma once

#include "booking/room_booking.h"

#include <optional>
#include <QJsonObject>

// The SQL behind RoomBooking and EventSignUp, run inside the caller's transaction. Not for
// other callers. Statuses are enums everywhere else; their stored names live only here.
namespace linli::booking::store {

// The stored names: pending, confirmed, checked_in, cancelled, rejected, released.
QString statusName(BookingStatus status);
// An unknown name (a newer schema, a bad sync) is logged and read as Cancelled: a booking
// nobody may act on, whose slots stay as the database has them.
BookingStatus bookingStatusFrom(const QString &stored);
// The stored names: confirmed, waitlisted ("" for None; a cancelled row reads as None).
QString signUpStatusName(SignUpStatus status);
// An unknown name is logged and read as None.
SignUpStatus signUpStatusFrom(const QString &stored);

std::optional<BookingRecord> findBooking(storage::Database &db, const QString &id);
std::vector<BookingRecord> upcomingFor(storage::Database &db, const QString &residentId, qint64 now);
std::vector<BookingRecord> endedSince(storage::Database &db, const QString &residentId, qint64 since);
// Confirmed or pending bookings that started before `startedBefore`.
std::vector<BookingRecord> dueForRelease(storage::Database &db, qint64 startedBefore);
bool anySlotTaken(storage::Database &db, const QString &roomId, const std::vector<qint64> &starts);
int upcomingCount(storage::Database &db, const QString &residentId, const QString &roomId, qint64 now);
qint64 bookedSecs(
    storage::Database &db, const QString &residentId, const QString &roomId, qint64 from, qint64 to);
QString uniqueCode(storage::Database &db);
void insertBooking(
    storage::Database &db, const BookingRecord &b, const std::vector<qint64> &starts, qint64 now);
// Sets the status; a booking that no longer holds its time (freeSlots) gives its slots back.
void setStatus(storage::Database &db, const QString &id, BookingStatus status, const LocalizedText &why,
    qint64 now, bool freeSlots = true);
void recordNoShow(storage::Database &db, const BookingRecord &b);
int noShowsSince(storage::Database &db, const QString &residentId, qint64 since);
qint64 pausedUntil(storage::Database &db, const QString &residentId);
void pauseResident(storage::Database &db, const QString &residentId, qint64 untilUtc);
QJsonObject payloadOf(const BookingRecord &b);

// The central server refused a seat (sign-up or promotion): the place is gone here too, with
// why, so My bookings can say so. Not the next one waiting: the server holds no seat for them
// either. False when the sign-up is not standing (already cancelled).
bool refuseSeatByServer(
    storage::Database &db, const QString &signupId, const LocalizedText &why, qint64 nowUtc);

} // namespace linli::booking::store
