#include "clock/ManualClock.h"

namespace halldesk {

ManualClock::ManualClock(const QDateTime &startUtc)
    : m_now(startUtc.toUTC())
{}

QDateTime ManualClock::nowUtc() const
{
    QMutexLocker lock(&m_mutex);
    return m_now;
}

void ManualClock::set(const QDateTime &utc)
{
    QMutexLocker lock(&m_mutex);
    m_now = utc.toUTC();
}

void ManualClock::advanceSecs(qint64 seconds)
{
    advanceMs(seconds * 1000);
}

void ManualClock::advanceMs(qint64 ms)
{
    QMutexLocker lock(&m_mutex);
    m_now = m_now.addMSecs(ms);
}

} // namespace halldesk
