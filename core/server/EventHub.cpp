#include "server/EventHub.h"

#include "server/ClientConnection.h"

namespace halldesk {

void EventHub::add(ClientConnection *connection)
{
    m_connections.append(connection);
}

void EventHub::remove(ClientConnection *connection)
{
    m_connections.removeAll(connection);
}

int EventHub::publish(const QList<ServerEvent> &events)
{
    int deliveries = 0;
    for (const ServerEvent &event : events) {
        if (event.isCall) {
            m_recentCalls.prepend(event.data);
            while (m_recentCalls.size() > kRecentCalls)
                m_recentCalls.removeLast();
        }
        for (ClientConnection *connection : std::as_const(m_connections)) {
            if (connection->wants(event)) {
                connection->queueEvent(event);
                ++deliveries;
            }
        }
    }
    return deliveries;
}

void EventHub::markQueuesChanged(const QStringList &queues)
{
    for (const QString &queue : queues)
        m_changedQueues.insert(queue);
}

QStringList EventHub::takeChangedQueues()
{
    QStringList queues(m_changedQueues.begin(), m_changedQueues.end());
    m_changedQueues.clear();
    queues.sort();
    return queues;
}

} // namespace halldesk
