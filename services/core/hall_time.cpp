#include "core/hall_time.h"

#include <QDateTime>

namespace linli {

QDate HallTime::localDate(qint64 utc) const
{
    return QDateTime::fromSecsSinceEpoch(utc, m_zone).date();
}

qint64 HallTime::utcOf(const QDate &day, int minuteOfDay) const
{
    const QDate d = day.addDays(minuteOfDay / 1440);
    const int m = minuteOfDay % 1440;
    if (m == 0) {
        auto it = m_midnights.find(d);
        if (it == m_midnights.end())
            it = m_midnights.emplace(d, QDateTime(d, QTime(0, 0), m_zone).toSecsSinceEpoch()).first;
        return it->second;
    }
    return QDateTime(d, QTime(m / 60, m % 60), m_zone).toSecsSinceEpoch();
}

} // namespace linli
