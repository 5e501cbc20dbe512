#pragma once

#include "clock/Clock.h"

#include <QMutex>

namespace halldesk {

// A clock that only moves when told to. Thread-safe, because the concurrency tests share one.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(const QDateTime &startUtc);
    QDateTime nowUtc() const override;
    void set(const QDateTime &utc);
    void advanceSecs(qint64 seconds);
    void advanceMs(qint64 ms);

private:
    mutable QMutex m_mutex;
    QDateTime m_now;
};

} // namespace halldesk
