#include "booking/pending_bookings.h"

#include "storage/database.h"

namespace linli::booking {

std::vector<BookingRecord> pendingBookings(storage::Database &db, qint64 nowUtc)
{
    auto q = db.prepare("SELECT b.id, b.code, b.resident_id, b.room_id, coalesce(r.name_zh, b.room_id), "
                        "coalesce(r.name_en, b.room_id), b.starts_at_utc, b.ends_at_utc "
                        "FROM booking b LEFT JOIN room r ON r.id = b.room_id "
                        "WHERE b.status = 'pending' AND b.starts_at_utc > ? ORDER BY b.starts_at_utc, b.id");
    q.bind(1, nowUtc);
    std::vector<BookingRecord> rows;
    while (q.step()) {
        BookingRecord r;
        r.id = q.text(0);
        r.code = q.text(1);
        r.residentId = q.text(2);
        r.roomId = q.text(3);
        r.roomName = { q.text(4), q.text(5) };
        r.startUtc = q.int64(6);
        r.endUtc = q.int64(7);
        r.status = BookingStatus::Pending;
        rows.push_back(std::move(r));
    }
    return rows;
}

} // namespace linli::booking
