#pragma once

#include <map>
#include <QDate>
#include <QTimeZone>

namespace linli {

// The hall's wall clock: local days and minutes <-> UTC epoch seconds, in the hall's own time
// zone (information::loadHall(db)->timeZone), DST included: there is no default zone, so no
// rule can quietly run on another hall's clock.
class HallTime {
public:
    explicit HallTime(QTimeZone zone)
        : m_zone(std::move(zone))
    {
    }

    QDate localDate(qint64 utc) const;
    qint64 utcOf(const QDate &day, int minuteOfDay) const; // minute 1440 = next midnight
    QDate weekStart(const QDate &day) const { return day.addDays(1 - day.dayOfWeek()); }
    const QTimeZone &zone() const { return m_zone; }

private:
    QTimeZone m_zone;
    // Local midnights already converted: zone conversions are the slow part of a day plan.
    // Not thread-safe, like the rest of a HallTime: one per thread.
    mutable std::map<QDate, qint64> m_midnights;
};

} // namespace linli
