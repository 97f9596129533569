#include "sync/sync_service.h"

#include "store/central_store.h"
#include "wire/wire.h"

#include <algorithm>
#include <numeric>
#include <QJsonDocument>
#include <QJsonObject>

namespace linli::central {

namespace {

constexpr qint64 kRegrantEveryMs = 10 * 60 * 1000;
constexpr int kMaxChangesWhileConfirming = 50;

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

std::string str(const QString &s)
{
    return s.toStdString();
}

v1::EventResult toResult(const StoredEvent &e)
{
    v1::EventResult r;
    r.set_event_id(str(e.eventId));
    r.set_status(e.accepted ? v1::EventResult::STATUS_ACCEPTED : v1::EventResult::STATUS_REJECTED);
    r.set_reason_code(str(e.reasonCode));
    r.set_reason_zh(str(e.reasonZh));
    r.set_reason_en(str(e.reasonEn));
    return r;
}

KioskContact contactOf(const v1::SyncRequest &request, qint64 nowMs)
{
    KioskContact c;
    c.seenAtMs = nowMs;
    c.hasHealth = request.has_health();
    if (!c.hasHealth)
        return c;
    const v1::KioskHealth &h = request.health();
    c.softwareVersion = qs(h.software_version()).left(64);
    c.outboxDepth = static_cast<qint64>(std::min<quint64>(h.outbox_depth(), 1ULL << 40));
    c.clockOffsetMs = h.local_time_ms() > 0 ? nowMs - h.local_time_ms() : 0;
    c.diskFreeBytes = static_cast<qint64>(std::min<quint64>(h.disk_free_bytes(), 1ULL << 60));
    for (int i = 0; i < h.errors_size() && i < 10; ++i)
        c.errors << qs(h.errors(i)).left(200).replace(u'\n', u' ');
    return c;
}

} // namespace

std::optional<v1::SyncResponse> SyncService::sync(
    const KioskRow &kiosk, const v1::SyncRequest &request, const QString &nonce, qint64 nowMs)
{
    v1::SyncResponse response;
    response.set_schema_version(wire::kSchemaVersion);
    // Shares are worked out again when something moved: events, the catalog (an import, a new
    // kiosk in the hall), or time.
    const auto last = m_lastRegrantMs.constFind(kiosk.id);
    const qint64 cursor = static_cast<qint64>(std::min<quint64>(request.cursor(), 1ULL << 62));
    const bool regrant = request.events_size() > 0 || last == m_lastRegrantMs.constEnd()
        || nowMs - *last >= kRegrantEveryMs || !m_store.changesAfter(kiosk.hallId, cursor, 1).empty();
    m_store.begin(regrant ? Durability::Durable : Durability::Relaxed);
    try {
        m_store.forgetNoncesBefore(nowMs - wire::kNonceMemoryMs);
        if (!m_store.rememberNonce(kiosk.id, nonce, nowMs)) {
            m_store.rollback();
            return std::nullopt;
        }
        m_store.recordContact(kiosk.id, contactOf(request, nowMs));
        // Applied in the kiosk's sequence order, answered in the request's order.
        std::vector<int> order(request.events_size());
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(),
            [&](int a, int b) { return request.events(a).seq() < request.events(b).seq(); });
        std::vector<v1::EventResult> results(order.size());
        for (const int i : order)
            results[i] = resultOf(kiosk, request.events(i), nowMs);
        for (v1::EventResult &r : results)
            *response.add_results() = std::move(r);

        // A resident waits at the kiosk for this answer: a short pull, so the reply is quick to
        // send and to apply; `more` brings the rest right after.
        pull(kiosk, request.cursor(), response,
            request.confirm_now() ? kMaxChangesWhileConfirming : wire::kMaxChangesPerResponse);
        if (regrant) {
            const bool busy = request.events_size() > 0 || response.changes_size() > 0;
            for (const EscrowGrant &g : m_escrow.regrant(kiosk, nowMs, busy)) {
                v1::Grant *out = response.add_grants();
                out->set_resource(str(g.resource));
                out->set_units(static_cast<quint32>(g.units));
                out->set_expires_at_ms(g.expiresAtMs);
            }
        }
        m_store.commit();
        if (regrant)
            m_lastRegrantMs.insert(kiosk.id, nowMs);
    } catch (...) {
        m_store.rollback();
        m_escrow.forgetRegistrations();
        throw;
    }
    response.set_server_time_ms(nowMs);
    return response;
}

v1::EventResult SyncService::resultOf(const KioskRow &kiosk, const v1::OutboxEvent &event, qint64 nowMs)
{
    const QString eventId = qs(event.event_id());
    if (const auto stored = m_store.event(eventId))
        return toResult(*stored);

    StoredEvent e;
    e.eventId = eventId;
    e.kioskId = kiosk.id;
    e.seq = static_cast<qint64>(std::min<quint64>(event.seq(), 1ULL << 62));
    e.kind = qs(event.kind());
    e.occurredAtMs = event.occurred_at_ms();
    e.receivedAtMs = nowMs;
    e.payload = QByteArray(event.payload().data(), static_cast<qsizetype>(event.payload().size()));

    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(e.payload, &error);
    std::optional<Rejection> rejection;
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        rejection = reasons::badPayload(QStringLiteral("the payload is not a JSON object"));
    else
        rejection = m_judge.judge(kiosk, eventId, e.kind, doc.object(), nowMs);
    e.accepted = !rejection;
    if (rejection) {
        e.reasonCode = rejection->code;
        e.reasonZh = rejection->words.zh;
        e.reasonEn = rejection->words.en;
    }
    m_store.addEvent(e);
    return toResult(e);
}

void SyncService::pull(const KioskRow &kiosk, quint64 cursor, v1::SyncResponse &response, int limit)
{
    const qint64 from = static_cast<qint64>(std::min<quint64>(cursor, 1ULL << 62));
    auto changes = m_store.changesAfter(kiosk.hallId, from, limit + 1);
    response.set_more(changes.size() > static_cast<size_t>(limit));
    if (response.more())
        changes.pop_back();
    for (const CatalogChange &c : changes) {
        v1::Change *out = response.add_changes();
        out->set_seq(static_cast<quint64>(c.seq));
        out->set_collection(str(c.collection));
        out->set_id(str(c.id));
        out->set_deleted(c.deleted);
        if (!c.deleted)
            out->set_record(c.record.constData(), static_cast<size_t>(c.record.size()));
    }
    response.set_cursor(changes.empty() ? cursor : static_cast<quint64>(changes.back().seq));
}

} // namespace linli::central
