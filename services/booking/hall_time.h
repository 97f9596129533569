#pragma once

#include <QDate>
#include <QTimeZone>

namespace linli::booking {

// The hall's wall clock: local days and minutes <-> UTC epoch seconds. Shanghai has no DST,
// but the conversion goes through QTimeZone so another zone would still be right.
class HallTime {
public:
    explicit HallTime(QTimeZone zone = QTimeZone("Asia/Shanghai"))
        : m_zone(std::move(zone))
    {
    }

    QDate localDate(qint64 utc) const;
    int minuteOfDay(qint64 utc) const;
    qint64 utcOf(const QDate &day, int minuteOfDay) const; // minute 1440 = next midnight
    QDate weekStart(const QDate &day) const { return day.addDays(1 - day.dayOfWeek()); }
    const QTimeZone &zone() const { return m_zone; }

private:
    QTimeZone m_zone;
};

} // namespace linli::booking
