#include "booking/event_signup.h"

#include "booking/booking_store.h"
#include "booking/outbox.h"
#include "booking/reasons.h"
#include "core/clock.h"
#include "core/logging.h"
#include "escrow/escrow_shares.h"
#include "escrow/resources.h"
#include "storage/database.h"
#include "storage/storage_reasons.h"
#include "storage/transaction.h"

#include <QJsonObject>

namespace linli::booking {

namespace {

QJsonObject payload(
    const QString &signupId, const QString &eventId, const QString &residentId, const QString &status)
{
    return { { QStringLiteral("signup_id"), signupId }, { QStringLiteral("event_id"), eventId },
        { QStringLiteral("resident_id"), residentId }, { QStringLiteral("status"), status } };
}

} // namespace

std::optional<EventSeats> EventSignUp::seats(const QString &eventId, const QString &residentId)
{
    auto q = m_db.prepare(
        "SELECT e.id, e.title_zh, e.title_en, e.place_zh, e.place_en, e.starts_at_utc, e.ends_at_utc, "
        "e.capacity, "
        "(SELECT count(*) FROM event_signup s WHERE s.event_id = e.id AND s.status = 'confirmed'), "
        "(SELECT count(*) FROM event_signup s WHERE s.event_id = e.id AND s.status = 'waitlisted'), "
        "(SELECT status FROM event_signup s WHERE s.event_id = e.id AND s.resident_id = ?1 "
        "   AND s.status IN ('confirmed', 'waitlisted')), "
        "(SELECT count(*) FROM event_signup w, event_signup me WHERE me.event_id = e.id AND me.resident_id = "
        "?1 "
        "   AND me.status = 'waitlisted' AND w.event_id = e.id AND w.status = 'waitlisted' AND w.seq <= "
        "me.seq) "
        "FROM event e WHERE e.id = ?2");
    q.bind(1, residentId).bind(2, eventId);
    if (!q.step())
        return std::nullopt;
    return EventSeats{ q.text(0), { q.text(1), q.text(2) }, { q.text(3), q.text(4) }, q.int64(5), q.int64(6),
        q.integer(7), q.integer(8), q.integer(9),
        store::signUpStatusFrom(q.isNull(10) ? QString() : q.text(10)), q.integer(11) };
}

SignUpResult EventSignUp::signUp(const QString &residentId, const QString &eventId, SignUpMode mode)
{
    const qint64 now = m_clock.nowSecs();
    return storage::refuseOnStorageError(lcBooking(), "sign-up", [&] {
        // IMMEDIATE: the count of seats and the insert cannot interleave with another kiosk
        // process or connection; two residents racing for the last seat are served in turn.
        storage::Transaction tx(m_db);
        const auto e = seats(eventId, residentId);
        if (!e)
            return SignUpResult::refuse(reasons::eventNotFound());
        if (e->capacity <= 0)
            return SignUpResult::refuse(reasons::eventNoSignUp());
        if (e->startUtc <= now)
            return SignUpResult::refuse(reasons::eventStarted());
        if (e->myStatus != SignUpStatus::None)
            return SignUpResult::refuse(reasons::alreadySignedUp());
        const bool seat = e->taken < e->capacity;
        if (!seat && mode == SignUpMode::SeatOnly)
            return SignUpResult::refuse(reasons::lastSeatTaken());
        const SignUp made{ seat ? SignUpStatus::Confirmed : SignUpStatus::Waitlisted,
            seat ? 0 : e->waiting + 1, {} };
        const QString status = store::signUpStatusName(made.status);
        const QString id = newUuid();
        m_db.prepare(
                "INSERT INTO event_signup(id, event_id, resident_id, status, created_at_utc, updated_at_utc) "
                "VALUES (?, ?, ?, ?, ?, ?)")
            .bind(1, id)
            .bind(2, eventId)
            .bind(3, residentId)
            .bind(4, status)
            .bind(5, now)
            .bind(6, now)
            .run();
        const QString outboxId
            = writeOutbox(m_db, seat ? QStringLiteral("event.signed_up") : QStringLiteral("event.waitlisted"),
                now, payload(id, eventId, residentId, status));
        SignUp result = made;
        // A waiting-list place takes no seat; a seat beyond the shares waits for the server.
        if (seat
            && escrow::cover(m_db, outboxId, { escrow::resources::eventSeats(eventId) }, 1, now * 1000)
                == escrow::Cover::Server)
            result.awaitsServerEvent = outboxId;
        tx.commit();
        return SignUpResult::success(std::move(result));
    });
}

Outcome EventSignUp::cancel(const QString &residentId, const QString &eventId)
{
    const qint64 now = m_clock.nowSecs();
    return storage::refuseOnStorageError(lcBooking(), "sign-up cancel", [&] {
        storage::Transaction tx(m_db);
        const auto e = seats(eventId, residentId);
        if (!e)
            return Outcome::refuse(reasons::eventNotFound());
        if (e->myStatus == SignUpStatus::None)
            return Outcome::refuse(reasons::notSignedUp());
        if (e->startUtc <= now)
            return Outcome::refuse(reasons::eventStarted());
        auto mine
            = m_db.prepare("SELECT id FROM event_signup WHERE event_id = ? AND resident_id = ? AND status IN "
                           "('confirmed', 'waitlisted')");
        mine.bind(1, eventId).bind(2, residentId);
        mine.step();
        const QString myId = mine.text(0);
        mine.reset();
        m_db.prepare("UPDATE event_signup SET status = 'cancelled', updated_at_utc = ? WHERE id = ?")
            .bind(1, now)
            .bind(2, myId)
            .run();
        writeOutbox(
            m_db, QStringLiteral("event.cancelled"), now, payload(myId, eventId, residentId, "cancelled"));
        if (e->myStatus == SignUpStatus::Confirmed) {
            auto next = m_db.prepare("SELECT id, resident_id FROM event_signup WHERE event_id = ? AND "
                                     "status = 'waitlisted' ORDER BY seq LIMIT 1");
            next.bind(1, eventId);
            if (next.step()) {
                const QString id = next.text(0), who = next.text(1);
                next.reset();
                m_db.prepare("UPDATE event_signup SET status = 'confirmed', promoted_at_utc = ?, "
                             "promotion_seen = 0, updated_at_utc = ? WHERE id = ?")
                    .bind(1, now)
                    .bind(2, now)
                    .bind(3, id)
                    .run();
                writeOutbox(m_db, QStringLiteral("event.promoted"), now,
                    payload(id, eventId, who, store::signUpStatusName(SignUpStatus::Confirmed)));
            }
        }
        tx.commit();
        return Outcome::success();
    });
}

std::vector<EventSeats> EventSignUp::upcoming(const QString &residentId)
{
    auto q
        = m_db.prepare("SELECT s.event_id FROM event_signup s JOIN event e ON e.id = s.event_id WHERE "
                       "s.resident_id = ? AND s.status IN ('confirmed', 'waitlisted') AND e.ends_at_utc > ? "
                       "ORDER BY e.starts_at_utc");
    q.bind(1, residentId).bind(2, m_clock.nowSecs());
    QStringList ids;
    while (q.step())
        ids << q.text(0);
    std::vector<EventSeats> out;
    for (const QString &id : ids)
        if (auto s = seats(id, residentId))
            out.push_back(*s);
    return out;
}

std::vector<RefusedSeat> EventSignUp::recentlyRefused(const QString &residentId)
{
    auto q = m_db.prepare(
        "SELECT e.id, e.title_zh, e.title_en, s.refused_zh, s.refused_en, e.starts_at_utc, e.ends_at_utc "
        "FROM event_signup s JOIN event e ON e.id = s.event_id WHERE s.resident_id = ? AND "
        "s.status = 'cancelled' AND s.refused_zh <> '' AND s.updated_at_utc > ? ORDER BY s.updated_at_utc "
        "DESC");
    q.bind(1, residentId).bind(2, m_clock.nowSecs() - 7 * 86400LL);
    std::vector<RefusedSeat> out;
    while (q.step())
        out.push_back(
            { q.text(0), { q.text(1), q.text(2) }, { q.text(3), q.text(4) }, q.int64(5), q.int64(6) });
    return out;
}

std::vector<EventSeats> EventSignUp::takePromotions(const QString &residentId)
{
    storage::Transaction tx(m_db);
    auto q
        = m_db.prepare("SELECT event_id FROM event_signup WHERE resident_id = ? AND status = 'confirmed' AND "
                       "promotion_seen = 0 ORDER BY promoted_at_utc");
    q.bind(1, residentId);
    QStringList ids;
    while (q.step())
        ids << q.text(0);
    q.reset();
    std::vector<EventSeats> out;
    for (const QString &id : ids)
        if (auto s = seats(id, residentId))
            out.push_back(*s);
    m_db.prepare("UPDATE event_signup SET promotion_seen = 1 WHERE resident_id = ? AND promotion_seen = 0")
        .bind(1, residentId)
        .run();
    tx.commit();
    return out;
}

} // namespace linli::booking
