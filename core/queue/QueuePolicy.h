#pragma once

namespace halldesk {

// The hall's queue rules that a supervisor may tune.
struct QueuePolicy
{
    // A called citizen who does not come after this many recalls is a no-show.
    int recallLimit = 3;
    // A no-show who comes back within this time is put back in line...
    int noShowReturnMinutes = 30;
    // ...behind this many of the people waiting then.
    int noShowReturnBehind = 3;
    // A held ticket comes back to its queue, ahead of ordinary tickets, after this time.
    int holdMinutes = 15;
    // One waiting ticket per resident ID per queue.
    bool onePerResidentPerQueue = true;
    // Weight of the newest service time in the moving average used for waiting estimates.
    double serviceTimeAlpha = 0.2;
    // A PostgreSQL serialization failure or deadlock is retried this many times.
    int maxRetries = 5;
};

} // namespace halldesk
