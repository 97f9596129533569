#include "sync/escrow.h"

#include "escrow/resources.h"
#include "store/central_store.h"
#include "sync/resources.h"

#include <algorithm>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

namespace linli::central {

namespace {

// "HH:mm" (or "24:00") as the kiosk reads a room's weekly hours; -1 when it is not a time.
// Slot starts (UTC seconds) of a room's weekly hours on one local day.
std::vector<qint64> slotStartsOn(const QJsonObject &room, const QDate &day, const QTimeZone &zone)
{
    const QJsonObject booking = room.value(QLatin1String("booking")).toObject();
    const int slotMinutes = resources::slotMinutes(room);
    std::vector<qint64> out;
    for (const QJsonValue &v : booking.value(QLatin1String("weekly_hours")).toArray()) {
        const QJsonObject h = v.toObject();
        if (h.value(QLatin1String("weekday")).toInt() != day.dayOfWeek())
            continue;
        const auto open = escrow::resources::minuteOfDay(h.value(QLatin1String("open")).toString());
        const auto close = escrow::resources::minuteOfDay(h.value(QLatin1String("close")).toString());
        if (!open || !close)
            continue; // refused at import (catalog_import.cpp validates as a kiosk): never granted
        for (const int m : escrow::resources::slotStartMinutes(*open, *close, slotMinutes))
            out.push_back(QDateTime(day, QTime(m / 60, m % 60), zone).toSecsSinceEpoch());
    }
    return out;
}

int roomHorizonDays(const QJsonObject &room)
{
    const int days = room.value(QLatin1String("booking"))
                         .toObject()
                         .value(QLatin1String("horizon_days"))
                         .toInt(Escrow::kDefaultRoomHorizonDays);
    return std::clamp(days, 1, 366);
}

// Today and every later day a menu is published for.
int mealDays(const QJsonObject &canteen)
{
    int days = Escrow::kDefaultMealDays;
    for (const QJsonValue &menu : canteen.value(QLatin1String("menus")).toArray())
        days = std::max(days, menu.toObject().value(QLatin1String("day_offset")).toInt() + 1);
    return std::min(days, 31);
}

} // namespace

void Escrow::registerUpcomingResources(const QString &hallId, qint64 nowMs)
{
    const QTimeZone zone(m_store.hallTimeZone(hallId).value_or(QStringLiteral("UTC")).toUtf8());
    const QDate today = QDateTime::fromMSecsSinceEpoch(nowMs, zone).date();
    const qint64 catalogSeq = m_store.latestChangeSeq(hallId);
    const auto done = m_registered.constFind(hallId);
    if (done != m_registered.constEnd() && done->day == today && done->catalogSeq == catalogSeq)
        return;
    for (const CatalogRecord &r : m_store.catalog(hallId)) {
        const QJsonObject o = QJsonDocument::fromJson(r.json).object();
        if (r.collection == u"rooms" && o.contains(QLatin1String("booking"))) {
            for (int d = 0; d < roomHorizonDays(o); ++d)
                for (const qint64 start : slotStartsOn(o, today.addDays(d), zone))
                    if (start * 1000 > nowMs && !m_store.quota(resources::roomSlot(r.id, start)))
                        m_store.setQuota(resources::roomSlot(r.id, start), hallId, 1);
        } else if (r.collection == u"canteen" && resources::servingsPerMeal(r.json) > 0) {
            const QStringList periods = o.value(QLatin1String("periods")).toObject().keys();
            for (int d = 0; d < mealDays(o); ++d)
                for (const QString &period : periods) {
                    const QString name
                        = resources::meal(r.id, today.addDays(d).toString(Qt::ISODate), period);
                    if (!m_store.quota(name))
                        m_store.setQuota(name, hallId, resources::servingsPerMeal(r.json));
                }
        }
    }
    m_registered.insert(hallId, { today, catalogSeq });
}

std::vector<EscrowGrant> Escrow::regrant(const KioskRow &kiosk, qint64 nowMs, bool resendAll)
{
    registerUpcomingResources(kiosk.hallId, nowMs);
    const int kiosks = std::max(1, m_store.kioskCountInHall(kiosk.hallId));
    std::vector<EscrowGrant> changed;
    for (const ResourceState &r : m_store.resourceStates(kiosk.hallId, kiosk.id, nowMs)) {
        if (r.resource.startsWith(u"room:") && r.resource.section(u':', -1).toLongLong() * 1000 <= nowMs)
            continue; // a slot in the past sells nothing more
        const auto &old = r.share;
        const int unsold = std::max(0, r.quota - r.sold);
        const int free = std::max(0, unsold - r.outstandingOfOthers);
        const int evenSplit = unsold / kiosks; // what is left over is sold online only
        const int units = std::min(evenSplit, free);
        const bool fresh = old && old->expiresAtMs - nowMs > kShareLifetimeMs / 2;
        if ((old && old->units == units && fresh) || (!old && units == 0)) {
            if (resendAll && old && old->units > 0)
                changed.push_back(*old);
            continue;
        }
        const EscrowGrant share{ r.resource, units, nowMs + kShareLifetimeMs };
        m_store.setGrant(kiosk.id, share);
        changed.push_back(share);
    }
    return changed;
}

} // namespace linli::central
