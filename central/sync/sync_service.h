#pragma once

#include "linli/v1/sync.pb.h"
#include "sync/escrow.h"
#include "sync/event_judge.h"

#include <QHash>

namespace linli::central {

class CentralStore;
struct KioskRow;

// One signed, well-formed sync request of a known kiosk, answered in one transaction: its nonce
// remembered, its health recorded, its events applied once each (a resent event gets its stored
// result), the catalog changes after its cursor, and its escrow shares. Only a request that
// changes events or shares is committed durably; an idle one is not worth an fsync.
class SyncService {
public:
    explicit SyncService(CentralStore &store)
        : m_store(store)
        , m_judge(store)
        , m_escrow(store)
    {
    }

    // nullopt when the nonce was used in the last 10 minutes (a replay: nothing is applied).
    // Throws on storage failures (nothing is then applied).
    std::optional<v1::SyncResponse> sync(
        const KioskRow &kiosk, const v1::SyncRequest &request, const QString &nonce, qint64 nowMs);

private:
    v1::EventResult resultOf(const KioskRow &kiosk, const v1::OutboxEvent &event, qint64 nowMs);
    void pull(const KioskRow &kiosk, quint64 cursor, v1::SyncResponse &response, int limit);

    CentralStore &m_store;
    EventJudge m_judge;
    Escrow m_escrow;
    QHash<QString, qint64> m_lastRegrantMs; // per kiosk: shares are recomputed when things move
};

} // namespace linli::central
