#include "booking/booking_store.h"

#include "core/logging.h"
#include "storage/database.h"

#include <QRandomGenerator>

namespace linli::booking::store {

namespace {

constexpr const char *kSelect
    = "SELECT b.id, b.code, b.resident_id, b.room_id, coalesce(r.name_zh, ''), coalesce(r.name_en, ''), "
      "b.starts_at_utc, b.ends_at_utc, b.status, b.reason_zh, b.reason_en FROM booking b LEFT JOIN room r ON "
      "r.id = b.room_id ";

BookingRecord recordFrom(storage::Statement &q)
{
    BookingRecord b;
    b.id = q.text(0);
    b.code = q.text(1);
    b.residentId = q.text(2);
    b.roomId = q.text(3);
    b.roomName = { q.text(4), q.text(5) };
    b.startUtc = q.int64(6);
    b.endUtc = q.int64(7);
    b.status = bookingStatusFrom(q.text(8));
    b.reason = { q.text(9), q.text(10) };
    return b;
}

std::vector<BookingRecord> all(storage::Statement &q)
{
    std::vector<BookingRecord> out;
    while (q.step())
        out.push_back(recordFrom(q));
    return out;
}

} // namespace

QString statusName(BookingStatus status)
{
    switch (status) {
    case BookingStatus::Pending:
        return QStringLiteral("pending");
    case BookingStatus::Confirmed:
        return QStringLiteral("confirmed");
    case BookingStatus::CheckedIn:
        return QStringLiteral("checked_in");
    case BookingStatus::Cancelled:
        return QStringLiteral("cancelled");
    case BookingStatus::Rejected:
        return QStringLiteral("rejected");
    case BookingStatus::Released:
        return QStringLiteral("released");
    }
    Q_UNREACHABLE();
}

BookingStatus bookingStatusFrom(const QString &stored)
{
    for (BookingStatus s : { BookingStatus::Pending, BookingStatus::Confirmed, BookingStatus::CheckedIn,
             BookingStatus::Cancelled, BookingStatus::Rejected, BookingStatus::Released })
        if (stored == statusName(s))
            return s;
    qCWarning(lcBooking) << "unknown booking status" << stored << "read as cancelled";
    return BookingStatus::Cancelled;
}

QString signUpStatusName(SignUpStatus status)
{
    switch (status) {
    case SignUpStatus::None:
        return {};
    case SignUpStatus::Confirmed:
        return QStringLiteral("confirmed");
    case SignUpStatus::Waitlisted:
        return QStringLiteral("waitlisted");
    }
    Q_UNREACHABLE();
}

SignUpStatus signUpStatusFrom(const QString &stored)
{
    if (stored == signUpStatusName(SignUpStatus::Confirmed))
        return SignUpStatus::Confirmed;
    if (stored == signUpStatusName(SignUpStatus::Waitlisted))
        return SignUpStatus::Waitlisted;
    if (!stored.isEmpty() && stored != u"cancelled")
        qCWarning(lcBooking) << "unknown sign-up status" << stored << "read as not signed up";
    return SignUpStatus::None;
}

std::optional<BookingRecord> findBooking(storage::Database &db, const QString &id)
{
    auto q = db.prepare(std::string(kSelect) + "WHERE b.id = ?");
    q.bind(1, id);
    if (!q.step())
        return std::nullopt;
    return recordFrom(q);
}

std::vector<BookingRecord> upcomingFor(storage::Database &db, const QString &residentId, qint64 now)
{
    auto q = db.prepare(std::string(kSelect)
        + "WHERE b.resident_id = ? AND b.status IN "
          "('pending', 'confirmed', 'checked_in') AND b.ends_at_utc > ? "
          "ORDER BY b.starts_at_utc");
    q.bind(1, residentId).bind(2, now);
    return all(q);
}

std::vector<BookingRecord> endedSince(storage::Database &db, const QString &residentId, qint64 since)
{
    auto q = db.prepare(std::string(kSelect)
        + "WHERE b.resident_id = ? AND (b.status IN ('rejected', 'released') "
          "OR (b.status = 'cancelled' AND b.reason_zh <> '')) AND b.updated_at_utc >= ? "
          "ORDER BY b.starts_at_utc");
    q.bind(1, residentId).bind(2, since);
    return all(q);
}

std::vector<BookingRecord> dueForRelease(storage::Database &db, qint64 startedBefore)
{
    auto q = db.prepare(std::string(kSelect)
        + "WHERE b.status IN ('confirmed', 'pending') AND b.starts_at_utc < ? "
          "ORDER BY b.starts_at_utc");
    q.bind(1, startedBefore);
    return all(q);
}

bool anySlotTaken(storage::Database &db, const QString &roomId, const std::vector<qint64> &starts)
{
    auto q = db.prepare("SELECT 1 FROM booking_slot WHERE room_id = ? AND slot_start_utc = ?");
    for (qint64 s : starts) {
        q.bind(1, roomId).bind(2, s);
        const bool taken = q.step();
        q.reset();
        if (taken)
            return true;
    }
    return false;
}

int upcomingCount(storage::Database &db, const QString &residentId, const QString &roomId, qint64 now)
{
    auto q = db.prepare("SELECT count(*) FROM booking WHERE resident_id = ? AND room_id = ? AND status IN "
                        "('pending', 'confirmed') AND starts_at_utc > ?");
    q.bind(1, residentId).bind(2, roomId).bind(3, now);
    q.step();
    return q.integer(0);
}

qint64 bookedSecs(
    storage::Database &db, const QString &residentId, const QString &roomId, qint64 from, qint64 to)
{
    auto q = db.prepare(
        "SELECT coalesce(sum(ends_at_utc - starts_at_utc), 0) FROM booking WHERE resident_id = ? AND "
        "room_id = ? AND status IN ('pending', 'confirmed', 'checked_in') AND starts_at_utc >= ? "
        "AND starts_at_utc < ?");
    q.bind(1, residentId).bind(2, roomId).bind(3, from).bind(4, to);
    q.step();
    return q.int64(0);
}

QString uniqueCode(storage::Database &db)
{
    // No 0/O, 1/I/L, 2/Z, 5/S, 8/B: easy to read aloud and to type at the desk.
    static const QString alphabet = QStringLiteral("ACDEFGHJKMNPQRTUVWXY34679");
    auto exists = db.prepare("SELECT 1 FROM booking WHERE code = ?");
    for (;;) {
        QString code;
        for (int i = 0; i < 6; ++i)
            code += alphabet.at(QRandomGenerator::system()->bounded(alphabet.size()));
        exists.bind(1, code);
        const bool taken = exists.step();
        exists.reset();
        if (!taken)
            return code;
    }
}

void insertBooking(
    storage::Database &db, const BookingRecord &b, const std::vector<qint64> &starts, qint64 now)
{
    db.prepare("INSERT INTO booking(id, code, resident_id, room_id, starts_at_utc, ends_at_utc, status, "
               "created_at_utc, updated_at_utc) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .bind(1, b.id)
        .bind(2, b.code)
        .bind(3, b.residentId)
        .bind(4, b.roomId)
        .bind(5, b.startUtc)
        .bind(6, b.endUtc)
        .bind(7, statusName(b.status))
        .bind(8, now)
        .bind(9, now)
        .run();
    auto slot = db.prepare("INSERT INTO booking_slot(room_id, slot_start_utc, booking_id) VALUES (?, ?, ?)");
    for (qint64 s : starts) {
        slot.bind(1, b.roomId).bind(2, s).bind(3, b.id);
        slot.run();
    }
}

void setStatus(storage::Database &db, const QString &id, BookingStatus status, const LocalizedText &why,
    qint64 now, bool freeSlots)
{
    db.prepare("UPDATE booking SET status = ?, reason_zh = ?, reason_en = ?, updated_at_utc = ? WHERE id = ?")
        .bind(1, statusName(status))
        .bind(2, why.zh)
        .bind(3, why.en)
        .bind(4, now)
        .bind(5, id)
        .run();
    if (freeSlots)
        db.prepare("DELETE FROM booking_slot WHERE booking_id = ?").bind(1, id).run();
}

void recordNoShow(storage::Database &db, const BookingRecord &b)
{
    db.prepare("INSERT OR IGNORE INTO no_show(booking_id, resident_id, at_utc) VALUES (?, ?, ?)")
        .bind(1, b.id)
        .bind(2, b.residentId)
        .bind(3, b.startUtc)
        .run();
}

int noShowsSince(storage::Database &db, const QString &residentId, qint64 since)
{
    auto q = db.prepare("SELECT count(*) FROM no_show WHERE resident_id = ? AND at_utc > ?");
    q.bind(1, residentId).bind(2, since);
    q.step();
    return q.integer(0);
}

qint64 pausedUntil(storage::Database &db, const QString &residentId)
{
    auto q = db.prepare("SELECT paused_until_utc FROM resident WHERE id = ?");
    q.bind(1, residentId);
    return q.step() ? q.int64(0) : 0;
}

void pauseResident(storage::Database &db, const QString &residentId, qint64 untilUtc)
{
    db.prepare("UPDATE resident SET paused_until_utc = max(paused_until_utc, ?) WHERE id = ?")
        .bind(1, untilUtc)
        .bind(2, residentId)
        .run();
}

QJsonObject payloadOf(const BookingRecord &b)
{
    return { { QStringLiteral("booking_id"), b.id }, { QStringLiteral("code"), b.code },
        { QStringLiteral("resident_id"), b.residentId }, { QStringLiteral("room_id"), b.roomId },
        { QStringLiteral("starts_at_utc"), b.startUtc }, { QStringLiteral("ends_at_utc"), b.endUtc },
        { QStringLiteral("status"), statusName(b.status) } };
}

bool refuseSeatByServer(
    storage::Database &db, const QString &signupId, const LocalizedText &why, qint64 nowUtc)
{
    return db.prepare("UPDATE event_signup SET status = 'cancelled', refused_zh = ?, refused_en = ?, "
                      "updated_at_utc = ? WHERE id = ? AND status IN ('confirmed', 'waitlisted')")
               .bind(1, why.zh)
               .bind(2, why.en)
               .bind(3, nowUtc)
               .bind(4, signupId)
               .run()
        == 1;
}

} // namespace linli::booking::store
