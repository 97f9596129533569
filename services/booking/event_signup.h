#pragma once

#include "booking/booking_types.h"

#include <optional>
#include <vector>

namespace linli {
class Clock;
namespace storage {
class Database;
}
} // namespace linli

namespace linli::booking {

enum class SignUpMode { SeatOnly, SeatOrWaitlist };

// Seats in activities with a waiting list. Cancelling a seat promotes the first waiting
// resident in the same transaction; the promotion is shown at their next visit. Commands
// (signUp, cancel) never throw: a storage failure is a refusal with a reason to read.
// Queries (seats, upcoming, takePromotions) throw storage::StorageError. Nothing here needs
// the hall's local time: an activity starts and ends at instants.
class EventSignUp {
public:
    EventSignUp(storage::Database &db, const Clock &clock)
        : m_db(db)
        , m_clock(clock)
    {
    }

    std::optional<EventSeats> seats(const QString &eventId, const QString &residentId = {});
    SignUpResult signUp(const QString &residentId, const QString &eventId, SignUpMode mode);
    Outcome cancel(const QString &residentId, const QString &eventId);
    // The resident's confirmed or waiting sign-ups for events not yet ended, soonest first.
    std::vector<EventSeats> upcoming(const QString &residentId);
    // Seats the central server refused in the last 7 days, newest first.
    std::vector<RefusedSeat> recentlyRefused(const QString &residentId);
    // Events the resident was promoted into and has not been told about; marks them told.
    std::vector<EventSeats> takePromotions(const QString &residentId);

private:
    storage::Database &m_db;
    const Clock &m_clock;
};

} // namespace linli::booking
