#include "sync/outbox_results.h"

#include "booking/booking_store.h"
#include "canteen/canteen_orders.h"
#include "storage/database.h"
#include "sync/sync_error.h"
#include "sync/sync_log.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

namespace linli::sync {

namespace {

QString fromStd(const std::string &s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

QJsonObject payloadOf(const v1::OutboxEvent &event)
{
    return QJsonDocument::fromJson(QByteArray::fromStdString(event.payload())).object();
}

// What the resident reads: the server's words, or a plain fallback when it sent none.
LocalizedText reasonOf(const v1::EventResult &r)
{
    LocalizedText why{ fromStd(r.reason_zh()), fromStd(r.reason_en()) };
    if (why.zh.isEmpty())
        why.zh = QStringLiteral("中心服务器未能确认");
    if (why.en.isEmpty())
        why.en = QStringLiteral("the central server could not confirm it");
    return why;
}

} // namespace

int addUnansweredEvents(storage::Database &db, v1::SyncRequest &request, int limit)
{
    auto q
        = db.prepare("SELECT seq, event_id, kind, occurred_at_utc, payload FROM outbox WHERE result IS NULL "
                     "ORDER BY seq LIMIT ?");
    q.bind(1, limit);
    int n = 0;
    while (q.step()) {
        v1::OutboxEvent *e = request.add_events();
        e->set_seq(static_cast<quint64>(q.int64(0)));
        e->set_event_id(q.text(1).toStdString());
        e->set_kind(q.text(2).toStdString());
        e->set_occurred_at_ms(q.int64(3) * 1000);
        e->set_payload(q.text(4).toStdString());
        ++n;
    }
    return n;
}

quint64 outboxDepth(storage::Database &db)
{
    auto q = db.prepare("SELECT count(*) FROM outbox WHERE result IS NULL");
    q.step();
    return static_cast<quint64>(q.int64(0));
}

ResultsApplied applyResults(
    storage::Database &db, const v1::SyncRequest &sent, const v1::SyncResponse &response, qint64 nowUtc)
{
    QHash<QString, const v1::OutboxEvent *> byId;
    for (const v1::OutboxEvent &e : sent.events())
        byId.insert(fromStd(e.event_id()), &e);
    // Check everything before writing anything: a response that answers events this request did
    // not carry is not to be trusted with the others either.
    QHash<QString, bool> answered;
    for (const v1::EventResult &r : response.results()) {
        const QString id = fromStd(r.event_id());
        if (!byId.contains(id) || answered.contains(id))
            throw BadResponse(
                { QStringLiteral("中心服务器的回复含有未发送或重复的事件结果（%1）。").arg(id.left(40)),
                    QStringLiteral("The server's reply answers an event that was not sent, or twice (%1).")
                        .arg(id.left(40)) });
        answered.insert(id, true);
    }
    ResultsApplied applied;
    auto write
        = db.prepare("UPDATE outbox SET result = ?, reason_code = ?, reason_zh = ?, reason_en = ?, "
                     "result_at_utc = ?, sent_at_utc = coalesce(sent_at_utc, ?) WHERE event_id = ? AND "
                     "result IS NULL");
    for (const v1::EventResult &r : response.results()) {
        const bool accepted = r.status() == v1::EventResult::STATUS_ACCEPTED;
        if (!accepted && r.status() != v1::EventResult::STATUS_REJECTED)
            continue; // not judged: sent again next time
        const QString id = fromStd(r.event_id());
        const LocalizedText why = accepted ? LocalizedText{} : reasonOf(r);
        write.bind(1, accepted ? "accepted" : "rejected")
            .bind(2, fromStd(r.reason_code()))
            .bind(3, why.zh)
            .bind(4, why.en)
            .bind(5, nowUtc)
            .bind(6, nowUtc)
            .bind(7, id);
        write.run();
        write.reset();
        if (accepted) {
            ++applied.accepted;
            continue;
        }
        ++applied.rejected;
        const v1::OutboxEvent &event = *byId.value(id);
        const QJsonObject payload = payloadOf(event);
        if (event.kind() == "booking.created") {
            const QString bookingId = payload.value(QStringLiteral("booking_id")).toString();
            const auto b = booking::store::findBooking(db, bookingId);
            if (b
                && (b->status == booking::BookingStatus::Confirmed
                    || b->status == booking::BookingStatus::Pending)) {
                booking::store::setStatus(db, bookingId, booking::BookingStatus::Rejected, why, nowUtc);
                ++applied.refusedBookings;
            }
        } else if (event.kind() == "event.signed_up" || event.kind() == "event.promoted") {
            if (booking::store::refuseSeatByServer(
                    db, payload.value(QStringLiteral("signup_id")).toString(), why, nowUtc))
                ++applied.refusedSeats;
        } else if (event.kind() == "meal_order.created") {
            if (canteen::refuseOrderByServer(
                    db, payload.value(QStringLiteral("order_id")).toString(), why, nowUtc))
                ++applied.refusedOrders;
        }
        qCWarning(lcSync).noquote() << "the server refused" << fromStd(event.kind()) << id << ":"
                                    << fromStd(r.reason_code()) << why.en;
    }
    return applied;
}

} // namespace linli::sync
