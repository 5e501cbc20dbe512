#pragma once

namespace halldesk {

// Estimated wait for the kiosk slip and the boards: the people ahead, shared among the windows
// open for the queue, times the queue's recent average service time. With no window open the
// estimate assumes one will open, rather than promising nothing.
class WaitEstimator
{
public:
    static int estimateSeconds(int peopleAhead, double averageServiceMs, int openWindows);
};

} // namespace halldesk
