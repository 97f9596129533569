#pragma once

#include "store/central_types.h"

#include <vector>

namespace linli::central {

class CentralStore;

// Shares of the hall's limited resources for one kiosk to sell while cut off. Each share is at
// most an even split of what is unsold (rounded down: a room slot is escrowed only when the hall
// has one kiosk, otherwise every kiosk books it online), and never more than quota - sold - the
// other kiosks' outstanding shares, so all shares together with the sales stay within the quota.
class Escrow {
public:
    static constexpr qint64 kShareLifetimeMs = 24LL * 3600 * 1000;
    static constexpr int kDaysAhead = 2; // room slots and meals granted for today and tomorrow

    explicit Escrow(CentralStore &store)
        : m_store(store)
    {
    }

    // Re-grants every resource of the kiosk's hall, replacing the kiosk's outstanding shares in
    // the store; returns the shares to send: the ones that changed, and with resendAll every
    // share above zero (a reply with shares may have been lost; a busy sync heals that).
    std::vector<EscrowGrant> regrant(const KioskRow &kiosk, qint64 nowMs, bool resendAll);

private:
    void registerUpcomingResources(const QString &hallId, qint64 nowMs);

    CentralStore &m_store;
};

} // namespace linli::central
