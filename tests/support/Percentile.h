#pragma once

#include <algorithm>
#include <vector>

namespace halldesk::test {

// The benchmarks' percentile: nearest rank on a sorted copy; 0 for no samples.
inline double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const size_t index = std::min(values.size() - 1, size_t(p * double(values.size() - 1) + 0.5));
    return values[index];
}

} // namespace halldesk::test
