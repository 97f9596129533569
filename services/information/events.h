#pragma once

#include "core/localized_text.h"

#include <optional>
#include <vector>

namespace linli::storage {
class Database;
}

namespace linli::information {

// 活动: a talk, class or performance. Sign-up belongs to the booking feature; this is what
// the calendar shows.
struct Event {
    QString id;
    QString kind; // talk, class, performance, activity, health
    LocalizedText title, description, place, host, audience;
    QString roomId;
    int floor = 0;
    qint64 startsAtUtc = 0;
    qint64 endsAtUtc = 0;
    int capacity = 0; // 0: open to all, no sign-up
    int seatsLeft = 0; // capacity minus confirmed sign-ups (the waiting list takes no seat)
};

// Events that have not ended by nowUtc and start before untilUtc, earliest first.
std::vector<Event> upcomingEvents(storage::Database &db, qint64 fromUtc, qint64 untilUtc, qint64 nowUtc);
std::optional<Event> findEvent(storage::Database &db, const QString &id);

} // namespace linli::information
