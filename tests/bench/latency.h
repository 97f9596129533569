#pragma once

#include <algorithm>
#include <vector>

namespace linli::bench {

// The p-th quantile (0..1) of the samples, nearest rank; 0 without samples.
inline double percentile(std::vector<double> samples, double p)
{
    if (samples.empty())
        return 0;
    std::sort(samples.begin(), samples.end());
    const auto rank = static_cast<size_t>(p * static_cast<double>(samples.size()));
    return samples[std::min(samples.size() - 1, rank)];
}

} // namespace linli::bench
