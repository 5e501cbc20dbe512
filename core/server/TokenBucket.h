#pragma once

#include <QtGlobal>
#include <algorithm>

namespace halldesk {

// Request rate limit for one connection: `rate` requests a second on average, bursts up to
// `burst`. Time comes from the caller so tests can drive it.
class TokenBucket
{
public:
    TokenBucket(double rate, double burst)
        : m_rate(rate)
        , m_burst(burst)
        , m_tokens(burst)
    {}

    bool take(qint64 nowMs)
    {
        if (m_lastMs != 0 && nowMs > m_lastMs)
            m_tokens = std::min(m_burst, m_tokens + (nowMs - m_lastMs) * m_rate / 1000.0);
        m_lastMs = nowMs;
        if (m_tokens < 1.0)
            return false;
        m_tokens -= 1.0;
        return true;
    }

private:
    double m_rate;
    double m_burst;
    double m_tokens;
    qint64 m_lastMs = 0;
};

} // namespace halldesk
