#pragma once

namespace halldesk {

class HallMonitor;

// The figures of the supervisor console's status line: windows by what they are doing, and
// the citizens waiting in the whole hall.
struct HallCounts
{
    int serving = 0;
    int idle = 0;
    int paused = 0;
    int offline = 0;
    int signedOut = 0;
    int waiting = 0;

    static HallCounts of(const HallMonitor &hall);
};

} // namespace halldesk
