#pragma once

#include <QDateTime>

namespace halldesk {

// Everything time-based asks a Clock, so tests can move time (day rollover, hold expiry,
// the no-show return window) without sleeping.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const = 0;
    qint64 nowMs() const { return nowUtc().toMSecsSinceEpoch(); }
};

} // namespace halldesk
