#include "queue/QueueSweeper.h"

#include "logging/HallDeskLogging.h"
#include "queue/QueueEngine.h"

namespace halldesk {

QueueSweeper::QueueSweeper(QueueEngine &engine, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
{
    connect(&m_timer, &QTimer::timeout, this, &QueueSweeper::sweepNow);
}

void QueueSweeper::start(std::chrono::milliseconds interval)
{
    m_timer.start(interval);
}

void QueueSweeper::sweepNow()
{
    const auto expired = m_engine.expireHolds();
    if (expired.ok() && expired.value() > 0) {
        qCInfo(lcQueue) << expired.value() << "held tickets returned to their queues";
        emit holdsExpired(expired.value());
    }
    const auto closed = m_engine.closePastDays();
    if (closed.ok() && closed.value() > 0) {
        qCInfo(lcQueue) << closed.value() << "tickets of past days closed";
        emit ticketsClosed(closed.value());
    }
}

} // namespace halldesk
