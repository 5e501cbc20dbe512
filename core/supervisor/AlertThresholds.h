#pragma once

#include <chrono>

namespace halldesk {

// When the supervisor console raises an alert (AlertMonitor). The defaults are the hall's
// service standard as the supervisors asked for it; a hall may tune them.
struct AlertThresholds
{
    // A queue whose oldest waiting citizen has waited longer than this.
    std::chrono::milliseconds longWait = std::chrono::minutes(30);
    // A window open and idle this long or longer while one of its queues has someone waiting.
    std::chrono::milliseconds idleWithWaiting = std::chrono::minutes(5);
    // A service (current ticket since its first call) longer than this.
    std::chrono::milliseconds longService = std::chrono::minutes(20);
    // A signed-in window whose counter has been disconnected this long or longer.
    std::chrono::milliseconds offline = std::chrono::minutes(1);
    // Every 差评 (level dissatisfied or very_dissatisfied, PROTOCOL.md §12.1).
    bool badRatings = true;
    // Every follow-up of a 差评 past its deadline (§12.7 `overdue`).
    bool overdueFollowUps = true;
    // How often the live conditions are looked at (AlertMonitor::start).
    std::chrono::milliseconds checkInterval = std::chrono::seconds(5);
};

} // namespace halldesk
