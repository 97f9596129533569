#pragma once

#include "sync/quota_ledger.h"
#include "sync/reasons.h"

#include <optional>
#include <QJsonObject>

namespace linli::central {

class CentralStore;
struct KioskRow;

// Interprets the kinds of events that consume limited resources (room slots, activity seats,
// meal servings) and the ones that change what other kiosks must know (revoked tickets,
// admissions); stores nothing of the event itself. Other kinds are accepted as they are.
class EventJudge {
public:
    explicit EventJudge(CentralStore &store)
        : m_store(store)
        , m_ledger(store)
    {
    }

    // nullopt: accepted (and applied); otherwise why not (nothing applied).
    std::optional<Rejection> judge(const KioskRow &kiosk, const QString &eventId, const QString &kind,
        const QJsonObject &payload, qint64 nowMs);

private:
    std::optional<Rejection> bookRoom(const KioskRow &kiosk, const QJsonObject &p, qint64 nowMs);
    std::optional<Rejection> takeSeat(const KioskRow &kiosk, const QJsonObject &p, qint64 nowMs);
    std::optional<Rejection> orderMeal(const KioskRow &kiosk, const QJsonObject &p, qint64 nowMs);
    void admitTicket(const KioskRow &kiosk, const QString &eventId, const QJsonObject &p, qint64 nowMs);
    void revokeTicket(const KioskRow &kiosk, const QJsonObject &p);

    CentralStore &m_store;
    QuotaLedger m_ledger;
};

} // namespace linli::central
