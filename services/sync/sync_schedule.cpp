#include "sync/sync_schedule.h"

#include <algorithm>
#include <cmath>

namespace linli::sync {

SyncSchedule::SyncSchedule(std::chrono::seconds interval, Random random, ms backoffCap)
    : m_interval(interval)
    , m_random(std::move(random))
    , m_backoffCap(std::max(backoffCap, kBackoffBase))
{
}

SyncSchedule::ms SyncSchedule::afterSuccess(bool more)
{
    m_failures = 0;
    return more ? ms(0) : std::chrono::duration_cast<ms>(m_interval);
}

SyncSchedule::ms SyncSchedule::afterFailure()
{
    // 2 s x 2^n reaches the default 5-minute cap at n = 8; beyond 16 the shift changes nothing
    // under any cap the configuration allows (an hour).
    const int exponent = std::min(m_failures, 16);
    const auto ceiling = std::min(m_backoffCap, ms(kBackoffBase.count() << exponent));
    ++m_failures;
    const double r = std::clamp(m_random(), 0.0, 1.0);
    const auto delay = ms(static_cast<long long>(std::floor(r * static_cast<double>(ceiling.count()))));
    return std::max(kBackoffFloor, delay);
}

SyncSchedule::ms SyncSchedule::afterLocalChange(ms dueIn) const
{
    if (m_failures > 0)
        return dueIn; // the server is away: the change waits with the rest
    return std::min(dueIn, kDebounce);
}

} // namespace linli::sync
