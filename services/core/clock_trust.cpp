#include "core/clock_trust.h"

#include <atomic>

namespace linli::clock_trust {

namespace {
std::atomic<qint64> g_offsetMs{ 0 };
}

void setServerOffsetMs(qint64 offsetMs)
{
    g_offsetMs.store(offsetMs);
}

qint64 serverOffsetMs()
{
    return g_offsetMs.load();
}

bool localClockTrusted()
{
    const qint64 offset = g_offsetMs.load();
    return offset <= kMaxTrustedOffsetMs && offset >= -kMaxTrustedOffsetMs;
}

} // namespace linli::clock_trust
