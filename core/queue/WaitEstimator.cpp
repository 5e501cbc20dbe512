#include "queue/WaitEstimator.h"

#include <algorithm>
#include <cmath>

namespace halldesk {

int WaitEstimator::estimateSeconds(int peopleAhead, double averageServiceMs, int openWindows)
{
    if (peopleAhead <= 0 || averageServiceMs <= 0)
        return 0;
    const int windows = std::max(1, openWindows);
    const double rounds = std::ceil(double(peopleAhead) / windows);
    return int(std::lround(rounds * averageServiceMs / 1000.0));
}

} // namespace halldesk
