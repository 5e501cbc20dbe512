#pragma once

#include <QString>

namespace halldesk {

// The figures of a queue (PROTOCOL.md §9.3), or of a business area summed over its queues.
// `longestWaitMs` is live: computed from the oldest waiting ticket when asked, since queue events
// do not tick.
struct QueueFigures
{
    QString code; // queue or area code
    QString name;
    QString area; // the area's code (for an area: its own)
    int waiting = 0;
    qint64 longestWaitMs = 0;
    // For a queue: the server's estimate for someone taking a ticket now. For an area: the
    // longest of its queues'.
    int estimatedWaitSeconds = 0;
    int servedToday = 0;
    // For a queue: open (not paused) windows serving it, as the server counts them. For an
    // area: its own windows that are open and whose counter is connected.
    int openWindows = 0;
};

} // namespace halldesk
