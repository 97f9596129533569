#include "tickets/ticket_sources.h"

#include "booking/booking_rules.h"
#include "storage/database.h"
#include "tickets/reasons.h"

namespace linli::tickets {

using store::SourceKind;

Result<TicketRequest> bookingRequest(storage::Database &db, const QString &bookingId)
{
    auto q = db.prepare(
        "SELECT resident_id, room_id, starts_at_utc, ends_at_utc, status FROM booking WHERE id = ?");
    q.bind(1, bookingId);
    if (!q.step())
        return Result<TicketRequest>::refuse(reasons::bookingNotFound());
    const QString status = q.text(4);
    if (status == u"pending")
        return Result<TicketRequest>::refuse(reasons::bookingAwaitsApproval());
    if (status != u"confirmed" && status != u"checked_in")
        return Result<TicketRequest>::refuse(reasons::bookingNotLive());
    TicketRequest r;
    r.sourceKind = SourceKind::Booking;
    r.sourceId = bookingId;
    r.residentId = q.text(0);
    const qint64 start = q.int64(2);
    const qint64 minutes = (q.int64(3) - start) / 60;
    r.admits = RoomAdmission{ placeTag(PlaceKind::Room, q.text(1)), start, static_cast<int>(minutes) };
    r.validFromUtc = start - booking::kCheckInWindowSecs;
    r.validUntilUtc = start + booking::kCheckInWindowSecs;
    return Result<TicketRequest>::success(r);
}

Result<TicketRequest> signUpRequest(storage::Database &db, const QString &residentId, const QString &eventId)
{
    auto q = db.prepare("SELECT s.id, s.status, e.starts_at_utc, e.ends_at_utc FROM event_signup s "
                        "JOIN event e ON e.id = s.event_id WHERE s.event_id = ? AND s.resident_id = ? "
                        "ORDER BY s.seq DESC LIMIT 1");
    q.bind(1, eventId).bind(2, residentId);
    if (!q.step() || q.text(1) == u"cancelled")
        return Result<TicketRequest>::refuse(reasons::signUpNotFound());
    if (q.text(1) != u"confirmed")
        return Result<TicketRequest>::refuse(reasons::signUpWaitlisted());
    TicketRequest r;
    r.sourceKind = SourceKind::SignUp;
    r.sourceId = q.text(0);
    r.residentId = residentId;
    const qint64 start = q.int64(2);
    r.admits = ActivityAdmission{ placeTag(PlaceKind::Activity, eventId), start };
    r.validFromUtc = start - kActivityDoorsOpenSecs;
    r.validUntilUtc = q.int64(3);
    return Result<TicketRequest>::success(r);
}

Result<TicketRequest> mealOrderRequest(storage::Database &db, const HallTime &time, const QString &orderId)
{
    auto q = db.prepare(
        "SELECT m.resident_id, m.meal_date, m.period, m.quantity, m.delivery, m.status, "
        "coalesce(o.canteen_id, d.canteen_id), o.pickup_from_utc, o.pickup_to_utc, o.delivery_from_utc, "
        "o.delivery_to_utc FROM meal_order m LEFT JOIN canteen_offer o ON o.id = m.offer_id "
        "LEFT JOIN canteen_dish d ON d.id = m.dish_id WHERE m.id = ?");
    q.bind(1, orderId);
    if (!q.step())
        return Result<TicketRequest>::refuse(reasons::orderNotFound());
    if (q.text(5) != u"confirmed")
        return Result<TicketRequest>::refuse(reasons::orderCancelled());
    const QDate day = QDate::fromString(q.text(1), Qt::ISODate);
    const auto period = canteen::periodFrom(q.text(2));
    if (!day.isValid() || !period || q.isNull(6))
        return Result<TicketRequest>::refuse(reasons::cannotIssue());
    TicketRequest r;
    r.sourceKind = SourceKind::MealOrder;
    r.sourceId = orderId;
    r.residentId = q.text(0);
    const bool delivery = q.int64(4) != 0;
    r.admits = MealAdmission{ placeTag(PlaceKind::Canteen, q.text(6)), day, *period, delivery };
    r.partySize = q.integer(3);
    if (delivery && !q.isNull(9) && !q.isNull(10)) {
        r.validFromUtc = q.int64(9);
        r.validUntilUtc = q.int64(10);
    } else if (!q.isNull(7)) {
        r.validFromUtc = q.int64(7);
        r.validUntilUtc = q.int64(8);
    } else {
        r.validFromUtc = time.utcOf(day, 0);
        r.validUntilUtc = time.utcOf(day, 1440) - 1;
    }
    return Result<TicketRequest>::success(r);
}

} // namespace linli::tickets
