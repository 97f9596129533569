#include "sync/event_judge.h"

#include "store/central_store.h"
#include "sync/resources.h"

#include <QJsonDocument>

namespace linli::central {

namespace {

QString text(const QJsonObject &p, const char *key)
{
    return p.value(QLatin1String(key)).toString();
}

// Every resource of one sale fits, or none is taken.
std::optional<Rejection> takeAll(QuotaLedger &ledger, const QString &kioskId, const QStringList &resources,
    const QString &useId, int units, qint64 nowMs, const Rejection &whenFull)
{
    if (ledger.isReleased(useId) || ledger.isTaken(useId))
        return std::nullopt; // cancelled before it arrived, or already counted
    for (const QString &r : resources)
        if (!ledger.fits(kioskId, r, units, nowMs))
            return whenFull;
    for (const QString &r : resources)
        ledger.take(kioskId, r, useId, units);
    return std::nullopt;
}

} // namespace

std::optional<Rejection> EventJudge::judge(
    const KioskRow &kiosk, const QString &eventId, const QString &kind, const QJsonObject &p, qint64 nowMs)
{
    if (kind == u"booking.created")
        return bookRoom(kiosk, p, nowMs);
    if (kind == u"event.signed_up" || kind == u"event.promoted")
        return takeSeat(kiosk, p, nowMs);
    if (kind == u"meal_order.created")
        return orderMeal(kiosk, p, nowMs);
    if (kind == u"booking.cancelled" || kind == u"booking.rejected" || kind == u"booking.released_no_show")
        m_ledger.release(kiosk.id, text(p, "booking_id"));
    else if (kind == u"event.cancelled")
        m_ledger.release(kiosk.id, text(p, "signup_id"));
    else if (kind == u"meal_order.cancelled")
        m_ledger.release(kiosk.id, text(p, "order_id"));
    else if (kind == u"ticket.admitted")
        admitTicket(kiosk, eventId, p, nowMs);
    else if (kind == u"ticket.revoked")
        revokeTicket(kiosk, p);
    return std::nullopt;
}

std::optional<Rejection> EventJudge::bookRoom(const KioskRow &kiosk, const QJsonObject &p, qint64 nowMs)
{
    const QString bookingId = text(p, "booking_id");
    const QString roomId = text(p, "room_id");
    const qint64 start = p.value(QLatin1String("starts_at_utc")).toInteger(-1);
    const qint64 end = p.value(QLatin1String("ends_at_utc")).toInteger(-1);
    if (bookingId.isEmpty() || roomId.isEmpty() || start < 0 || end <= start)
        return reasons::badPayload(QStringLiteral("booking_id, room_id, starts_at_utc < ends_at_utc"));
    const auto room = m_store.record(kiosk.hallId, QStringLiteral("rooms"), roomId);
    if (!room)
        return reasons::unknownRoom(roomId);
    const qint64 slotSecs = resources::slotMinutes(QJsonDocument::fromJson(room->json).object()) * 60;
    QStringList slotNames;
    for (qint64 t = start; t < end && slotNames.size() < 96; t += slotSecs) {
        slotNames << resources::roomSlot(roomId, t);
        if (!m_store.quota(slotNames.last()))
            m_store.setQuota(slotNames.last(), kiosk.hallId, 1);
    }
    return takeAll(m_ledger, kiosk.id, slotNames, bookingId, 1, nowMs, reasons::slotTaken());
}

std::optional<Rejection> EventJudge::takeSeat(const KioskRow &kiosk, const QJsonObject &p, qint64 nowMs)
{
    const QString signupId = text(p, "signup_id");
    const QString eventId = text(p, "event_id");
    if (signupId.isEmpty() || eventId.isEmpty())
        return reasons::badPayload(QStringLiteral("signup_id, event_id"));
    const QString resource = resources::eventSeats(eventId);
    if (!m_store.record(kiosk.hallId, QStringLiteral("events"), eventId) || !m_store.quota(resource))
        return reasons::unknownEvent(eventId);
    return takeAll(m_ledger, kiosk.id, { resource }, signupId, 1, nowMs, reasons::eventFull());
}

std::optional<Rejection> EventJudge::orderMeal(const KioskRow &kiosk, const QJsonObject &p, qint64 nowMs)
{
    const QString orderId = text(p, "order_id");
    const int quantity = p.value(QLatin1String("quantity")).toInt(0);
    if (orderId.isEmpty() || quantity <= 0)
        return reasons::badPayload(QStringLiteral("order_id, quantity > 0"));
    const auto canteen = resources::canteenOfDish(m_store, kiosk.hallId, text(p, "dish_id"));
    if (!canteen || resources::servingsPerMeal(canteen->json) <= 0)
        return std::nullopt; // no limit set: the kiosk's own dish quotas rule
    const QString resource = resources::meal(canteen->id, text(p, "meal_date"), text(p, "period"));
    if (!m_store.quota(resource))
        m_store.setQuota(resource, kiosk.hallId, resources::servingsPerMeal(canteen->json));
    return takeAll(m_ledger, kiosk.id, { resource }, orderId, quantity, nowMs, reasons::mealSoldOut());
}

void EventJudge::admitTicket(
    const KioskRow &kiosk, const QString &eventId, const QJsonObject &p, qint64 nowMs)
{
    const QString ticketId = text(p, "ticket_id");
    if (ticketId.isEmpty())
        return;
    const auto others = m_store.admitTicket(eventId, ticketId, kiosk.id, nowMs);
    if (!others.empty())
        m_store.addFlag(eventId,
            { nowMs, QStringLiteral("ticket_admitted_twice"), ticketId,
                QStringLiteral("admitted at %1 and at %2")
                    .arg(kiosk.id, QStringList(others.begin(), others.end()).join(u", ")) });
}

void EventJudge::revokeTicket(const KioskRow &kiosk, const QJsonObject &p)
{
    const QString ticketId = text(p, "ticket_id");
    if (ticketId.isEmpty())
        return;
    const QJsonObject record{ { QStringLiteral("ticket_id"), ticketId } };
    m_store.putRecord(kiosk.hallId,
        { QStringLiteral("revoked_tickets"), ticketId, QJsonDocument(record).toJson(QJsonDocument::Compact) },
        false);
}

} // namespace linli::central
