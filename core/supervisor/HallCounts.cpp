#include "supervisor/HallCounts.h"

#include "supervisor/HallMonitor.h"

namespace halldesk {

HallCounts HallCounts::of(const HallMonitor &hall)
{
    HallCounts counts;
    for (int number : hall.windowNumbers()) {
        const MonitoredWindow *window = hall.window(number);
        if (!window)
            continue;
        switch (window->status()) {
        case WindowStatus::Serving:
            ++counts.serving;
            break;
        case WindowStatus::Idle:
            ++counts.idle;
            break;
        case WindowStatus::Paused:
            ++counts.paused;
            break;
        case WindowStatus::Offline:
            ++counts.offline;
            break;
        case WindowStatus::SignedOut:
            ++counts.signedOut;
            break;
        }
    }
    // Areas, not queues: the areas are the hall's sum and count each ticket once.
    for (const QueueFigures &area : hall.areas())
        counts.waiting += area.waiting;
    return counts;
}

} // namespace halldesk
