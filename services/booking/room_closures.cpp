#include "booking/room_closures.h"

#include "booking/booking_store.h"
#include "booking/outbox.h"
#include "booking/room_schedule.h"
#include "storage/database.h"

namespace linli::booking {

namespace {

Result<int> refuse(const char *zh, const char *en)
{
    return Result<int>::refuse({ QString::fromUtf8(zh), QString::fromUtf8(en) });
}

} // namespace

LocalizedText closedByStaff(const LocalizedText &why)
{
    return { QStringLiteral("活动室当天停用：%1").arg(why.zh),
        QStringLiteral("The room is out of service that day: %1").arg(why.en) };
}

std::vector<BookingRecord> bookingsToCancel(
    storage::Database &db, const HallTime &time, const QString &roomId, const QDate &day, qint64 nowUtc)
{
    auto q = db.prepare("SELECT id FROM booking WHERE room_id = ? AND status IN ('pending', 'confirmed') "
                        "AND starts_at_utc >= ? AND starts_at_utc < ? ORDER BY starts_at_utc, id");
    q.bind(1, roomId).bind(2, std::max(nowUtc, time.utcOf(day, 0))).bind(3, time.utcOf(day, 1440));
    QStringList ids;
    while (q.step())
        ids << q.text(0);
    std::vector<BookingRecord> out;
    for (const QString &id : ids)
        if (auto b = store::findBooking(db, id))
            out.push_back(*b);
    return out;
}

Result<int> closeRoomForDay(storage::Database &db, const HallTime &time, const QString &roomId,
    const QDate &day, const LocalizedText &why, qint64 nowUtc)
{
    const auto room = loadRoomSchedule(db, roomId);
    if (!room)
        return refuse(
            "这间活动室不能预约，无需停用。", "This room cannot be booked, so there is nothing to close.");
    if (!day.isValid() || day < time.localDate(nowUtc))
        return refuse("只能停用今天或以后的日子。", "Only today or a later day can be closed.");
    if (why.zh.trimmed().isEmpty() || why.en.trimmed().isEmpty())
        return refuse("请选择停用的原因。", "Please choose why the room is closed.");
    for (const Closure &c : room->closures)
        if (c.outOfService && day >= c.firstDay && day <= c.lastDay)
            return refuse("这间活动室那天已经停用。", "This room is already out of service that day.");
    const QString iso = day.toString(Qt::ISODate);
    db.prepare("INSERT INTO room_closure(room_id, kind, first_day, last_day, reason_zh, reason_en) "
               "VALUES (?, 'out_of_service', ?, ?, ?, ?)")
        .bind(1, roomId)
        .bind(2, iso)
        .bind(3, iso)
        .bind(4, why.zh)
        .bind(5, why.en)
        .run();
    const LocalizedText told = closedByStaff(why);
    const auto cancelled = bookingsToCancel(db, time, roomId, day, nowUtc);
    for (BookingRecord b : cancelled) {
        store::setStatus(db, b.id, BookingStatus::Cancelled, told, nowUtc);
        b.status = BookingStatus::Cancelled;
        QJsonObject payload = store::payloadOf(b);
        payload.insert(QStringLiteral("reason_zh"), told.zh);
        payload.insert(QStringLiteral("reason_en"), told.en);
        payload.insert(QStringLiteral("by_staff"), true);
        writeOutbox(db, QStringLiteral("booking.cancelled"), nowUtc, payload);
    }
    writeOutbox(db, QStringLiteral("room.out_of_service"), nowUtc,
        { { QStringLiteral("room_id"), roomId }, { QStringLiteral("day"), iso },
            { QStringLiteral("reason_zh"), why.zh }, { QStringLiteral("reason_en"), why.en },
            { QStringLiteral("bookings_cancelled"), static_cast<int>(cancelled.size()) } });
    return Result<int>::success(static_cast<int>(cancelled.size()));
}

} // namespace linli::booking
