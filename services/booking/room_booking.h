#pragma once

#include "booking/booking_rules.h"
#include "booking/booking_types.h"
#include "core/hall_time.h"

#include <optional>
#include <vector>

namespace linli {
class Clock;
namespace storage {
class Database;
}
} // namespace linli

namespace linli::booking {

// Three no-shows within 30 days pause the resident's room booking for 14 days.
inline constexpr int kNoShowLimit = 3, kNoShowWindowDays = 30, kPauseDays = 14;

// Room bookings and their rules: notice, length, horizon, closures, per-resident limits,
// check-in and no-shows. Each change is one IMMEDIATE transaction that also writes its outbox
// event. Commands never throw: a busy database or any other storage failure changes nothing
// and comes back as a refusal with a reason to read. Queries throw storage::StorageError.
class RoomBooking {
public:
    // `time` is the hall's clock (information::loadHall(db)->timeZone): local days, the
    // Monday-Sunday week and the end of a pause are the hall's, wherever the kiosk stands.
    RoomBooking(storage::Database &db, const Clock &clock, HallTime time);

    BookingResult book(const QString &residentId, const QString &roomId, qint64 startUtc, int slotCount = 1);
    Outcome cancel(const QString &residentId, const QString &bookingId);
    // A booking the central server did not confirm within the bound: withdrawn at once, with
    // no cancel-notice rule (it was never promised); its cancellation follows it to the server.
    Outcome withdraw(const QString &bookingId);
    Outcome checkIn(const QString &bookingId);
    // Staff decisions on rooms that need approval.
    Outcome approve(const QString &bookingId);
    Outcome reject(const QString &bookingId, const LocalizedText &why);
    // Releases confirmed bookings whose check-in window has closed, and rejects pending ones
    // nobody approved before their start; returns how many (0 when storage failed, logged).
    int releaseNoShows();

    // Pending, confirmed and checked-in bookings that have not ended, soonest first.
    std::vector<BookingRecord> upcoming(const QString &residentId);
    std::optional<BookingRecord> find(const QString &bookingId);
    // Bookings that staff rejected or cancelled (a room out of service) or that were released
    // as no-shows in the last 7 days, so the resident who was told "see the answer under My
    // bookings" does see it.
    std::vector<BookingRecord> recentlyEnded(const QString &residentId);
    // The end of the resident's booking pause (UTC), or 0.
    qint64 pausedUntil(const QString &residentId);
    // How many more slots the resident may book in this room in the Monday-Sunday week of
    // startUtc (the weekly hours rule); 0 when none or the room is gone.
    int weeklySlotsLeft(const QString &residentId, const QString &roomId, qint64 startUtc);

private:
    int releaseNoShowsLocked(qint64 now);
    qint64 bookedSecsInWeekOf(const QString &residentId, const QString &roomId, qint64 startUtc);
    BookingResult bookLocked(
        const QString &residentId, const QString &roomId, qint64 startUtc, int slotCount, qint64 now);
    storage::Database &m_db;
    const Clock &m_clock;
    HallTime m_time;
};

} // namespace linli::booking
