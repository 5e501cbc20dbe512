#pragma once

#include <QRandomGenerator>
#include <chrono>

namespace halldesk {

// How long a terminal waits before its next connection attempt: doubling from `initial` up to
// `cap`, each delay drawn at random from its upper half so that 271 terminals cut off by the
// same network fault do not all come back in the same millisecond.
class ReconnectBackoff
{
public:
    ReconnectBackoff(std::chrono::milliseconds initial, std::chrono::milliseconds cap,
                     quint32 seed = QRandomGenerator::global()->generate())
        : m_initial(initial)
        , m_cap(cap)
        , m_random(seed)
    {}

    std::chrono::milliseconds next()
    {
        const qint64 ceiling = ceilingFor(m_attempts);
        ++m_attempts;
        const qint64 low = ceiling / 2;
        return std::chrono::milliseconds(low +
                                         qint64(m_random.bounded(quint32(ceiling - low + 1))));
    }
    void reset() { m_attempts = 0; }
    int attempts() const { return m_attempts; }
    // The largest delay the next attempt may get.
    qint64 ceilingFor(int attempt) const
    {
        qint64 delay = std::max<qint64>(1, m_initial.count());
        for (int i = 0; i < attempt && delay < m_cap.count(); ++i)
            delay *= 2;
        return std::min<qint64>(delay, m_cap.count());
    }

private:
    std::chrono::milliseconds m_initial;
    std::chrono::milliseconds m_cap;
    QRandomGenerator m_random;
    int m_attempts = 0;
};

} // namespace halldesk
