#include "sync/quota_ledger.h"

#include "store/central_store.h"

#include <algorithm>

namespace linli::central {

namespace {
const QString kReleasedMarker = QStringLiteral("released-before-taken");
}

bool QuotaLedger::fits(const QString &kioskId, const QString &resource, int units, qint64 nowMs)
{
    const int quota = m_store.quota(resource).value_or(0);
    return m_store.sold(resource) + m_store.outstandingOfOthers(resource, kioskId, nowMs) + units <= quota;
}

void QuotaLedger::take(const QString &kioskId, const QString &resource, const QString &useId, int units)
{
    m_store.putUse({ resource, useId, kioskId, units, false });
    if (auto share = m_store.grant(kioskId, resource); share && share->units > 0) {
        share->units -= std::min(units, share->units);
        m_store.setGrant(kioskId, *share);
    }
}

void QuotaLedger::release(const QString &kioskId, const QString &useId)
{
    const auto uses = m_store.usesOf(useId);
    if (uses.empty()) {
        m_store.putUse({ kReleasedMarker, useId, kioskId, 0, true });
        return;
    }
    for (ResourceUse use : uses) {
        use.released = true;
        m_store.putUse(use);
    }
}

bool QuotaLedger::isReleased(const QString &useId)
{
    const auto uses = m_store.usesOf(useId);
    return std::any_of(uses.begin(), uses.end(), [](const ResourceUse &u) { return u.released; });
}

bool QuotaLedger::isTaken(const QString &useId)
{
    return !m_store.usesOf(useId).empty();
}

} // namespace linli::central
