#include "escrow/resources.h"

#include <QTime>

namespace linli::escrow::resources {

QString roomSlot(const QString &roomId, qint64 slotStartUtcSecs)
{
    return QStringLiteral("room:%1:%2").arg(roomId).arg(slotStartUtcSecs);
}

QString eventSeats(const QString &eventId)
{
    return QStringLiteral("event:%1").arg(eventId);
}

QString meal(const QString &canteenId, const QString &isoDate, const QString &period)
{
    return QStringLiteral("meal:%1:%2:%3").arg(canteenId, isoDate, period);
}

std::vector<int> slotStartMinutes(int openMinute, int closeMinute, int slotMinutes)
{
    std::vector<int> starts;
    if (slotMinutes <= 0)
        return starts;
    for (int m = (openMinute + slotMinutes - 1) / slotMinutes * slotMinutes; m + slotMinutes <= closeMinute;
         m += slotMinutes)
        starts.push_back(m);
    return starts;
}

std::optional<int> minuteOfDay(const QString &hhmm)
{
    if (hhmm == u"24:00")
        return 1440;
    const QTime t = QTime::fromString(hhmm, u"HH:mm");
    if (!t.isValid())
        return std::nullopt;
    return t.hour() * 60 + t.minute();
}

} // namespace linli::escrow::resources
