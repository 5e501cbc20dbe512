#include "supervisor/WaitingTickets.h"

namespace halldesk {

void WaitingTickets::clear()
{
    m_tickets.clear();
    m_byQueue.clear();
}

bool WaitingTickets::set(qint64 ticketId, const QString &queue, qint64 issuedAtMs)
{
    const auto it = m_tickets.constFind(ticketId);
    if (it != m_tickets.cend()) {
        if (it->queue == queue && it->issuedAtMs == issuedAtMs)
            return false;
        remove(ticketId);
    }
    m_tickets.insert(ticketId, {queue, issuedAtMs});
    m_byQueue[queue].insert(issuedAtMs, ticketId);
    return true;
}

bool WaitingTickets::remove(qint64 ticketId)
{
    const auto it = m_tickets.find(ticketId);
    if (it == m_tickets.end())
        return false;
    auto line = m_byQueue.find(it->queue);
    if (line != m_byQueue.end())
        line->remove(it->issuedAtMs, ticketId);
    m_tickets.erase(it);
    return true;
}

qint64 WaitingTickets::oldestIssuedMs(const QString &queue) const
{
    const auto line = m_byQueue.constFind(queue);
    if (line == m_byQueue.cend() || line->isEmpty())
        return 0;
    return line->firstKey();
}

int WaitingTickets::count(const QString &queue) const
{
    const auto line = m_byQueue.constFind(queue);
    return line == m_byQueue.cend() ? 0 : int(line->size());
}

} // namespace halldesk
