#include "escrow/resources.h"

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

} // namespace linli::escrow::resources
