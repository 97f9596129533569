#pragma once

#include "booking/booking_types.h"

namespace linli {
class Clock;
namespace storage {
class Database;
}
} // namespace linli

namespace linli::booking {

struct EventSeats {
    QString eventId;
    LocalizedText title, place;
    qint64 startUtc = 0, endUtc = 0;
    int capacity = 0, taken = 0, waiting = 0;
    QString myStatus; // "", "confirmed" or "waitlisted" for the asking resident
    int myWaitPosition = 0; // 1 = next in line
};

struct SignUpResult {
    bool ok = false;
    LocalizedText reason;
    QString status; // "confirmed" or "waitlisted"
    int waitPosition = 0;
};

enum class SignUpMode { SeatOnly, SeatOrWaitlist };

// Seats in activities with a waiting list. Cancelling a seat promotes the first waiting
// resident in the same transaction; the promotion is shown at their next visit.
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
    // Events the resident was promoted into and has not been told about; marks them told.
    std::vector<EventSeats> takePromotions(const QString &residentId);

private:
    storage::Database &m_db;
    const Clock &m_clock;
};

} // namespace linli::booking
