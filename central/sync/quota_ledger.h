#pragma once

#include <QString>

namespace linli::central {

class CentralStore;

// Sales of limited resources against their quotas and the kiosks' escrow shares. The invariant
// it keeps: sold + every kiosk's outstanding share <= quota, so kiosks selling offline within
// their shares never exceed a quota together.
class QuotaLedger {
public:
    explicit QuotaLedger(CentralStore &store)
        : m_store(store)
    {
    }

    // True when `units` more fit for this kiosk: within its own share, or within what is left
    // beyond the sales and the other kiosks' shares.
    bool fits(const QString &kioskId, const QString &resource, int units, qint64 nowMs);
    // Records the use (call after fits() for every resource of one sale) and counts it against
    // the kiosk's share.
    void take(const QString &kioskId, const QString &resource, const QString &useId, int units);
    // Frees every resource the use holds; a use not seen yet is remembered as released, so its
    // creation arriving later takes nothing.
    void release(const QString &kioskId, const QString &useId);
    bool isReleased(const QString &useId);
    bool isTaken(const QString &useId);

private:
    CentralStore &m_store;
};

} // namespace linli::central
