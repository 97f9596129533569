#pragma once

#include <chrono>
#include <functional>

namespace linli::sync {

// When the next sync runs: every interval while the server answers; at once when it said
// `more`; ~0.5 s after a local change (several changes, one sync); after a failure, exponential
// backoff with FULL jitter (a uniformly random delay between 0 and min(cap, base x 2^failures),
// so kiosks that lost the server together do not come back together). The random source is
// injected: tests are deterministic.
class SyncSchedule {
public:
    using Random = std::function<double()>; // uniform in [0, 1)
    using ms = std::chrono::milliseconds;
    static constexpr ms kDebounce{ 500 }; // a booking reaches the central within the 2 s
    static constexpr ms kBackoffBase{ 2000 };
    static constexpr ms kBackoffCap{ 5 * 60 * 1000 }; // the default: [sync] backoff_cap_secs
    static constexpr ms kBackoffFloor{ 250 }; // never a busy loop, even when the dice say 0

    SyncSchedule(std::chrono::seconds interval, Random random, ms backoffCap = kBackoffCap);

    ms afterSuccess(bool more); // failures forgotten
    ms afterFailure(); // one more failure
    // A local change while `dueIn` remains until the next sync: sooner, unless backing off.
    ms afterLocalChange(ms dueIn) const;

    int failures() const { return m_failures; }
    std::chrono::seconds interval() const { return m_interval; }

private:
    std::chrono::seconds m_interval;
    Random m_random;
    ms m_backoffCap;
    int m_failures = 0;
};

} // namespace linli::sync
