#pragma once

#include "store/central_types.h"

#include <QDate>
#include <QHash>
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
    // Room slots are shared out as far ahead as a resident may book the room (its horizon_days),
    // meals as far as the menus go; these when the catalog does not say.
    static constexpr int kDefaultRoomHorizonDays = 14;
    static constexpr int kDefaultMealDays = 2;

    explicit Escrow(CentralStore &store)
        : m_store(store)
    {
    }

    // Re-grants every resource of the kiosk's hall, replacing the kiosk's outstanding shares in
    // the store; returns the shares to send: the ones that changed, and with resendAll every
    // share above zero (a reply with shares may have been lost; a busy sync heals that).
    std::vector<EscrowGrant> regrant(const KioskRow &kiosk, qint64 nowMs, bool resendAll);

    // After a rollback the quotas registered in it are gone: register them again next time.
    void forgetRegistrations() { m_registered.clear(); }

private:
    void registerUpcomingResources(const QString &hallId, qint64 nowMs);

    // What a hall's quotas were last registered for: its local day and newest catalog change.
    // Working them out parses the whole catalog, which an idle regrant need not do again.
    struct Registered {
        QDate day;
        qint64 catalogSeq = -1;
    };

    CentralStore &m_store;
    QHash<QString, Registered> m_registered;
};

} // namespace linli::central
