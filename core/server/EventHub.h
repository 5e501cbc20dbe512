#pragma once

#include "server/ServerEvent.h"

#include <QJsonArray>
#include <QList>
#include <QPointer>
#include <QSet>

namespace halldesk {

class ClientConnection;

// Hands each published event to the connections subscribed to it, in the order the writer
// committed them. Keeps the latest calls for the hall boards' snapshots and the queues whose
// figures are due for a refresh.
class EventHub
{
public:
    void add(ClientConnection *connection);
    void remove(ClientConnection *connection);
    int connectionCount() const { return int(m_connections.size()); }
    const QList<ClientConnection *> &connections() const { return m_connections; }

    // Returns how many deliveries were made (events × subscribers).
    int publish(const QList<ServerEvent> &events);

    QJsonArray recentCalls() const { return m_recentCalls; }
    void clearRecentCalls() { m_recentCalls = QJsonArray(); }

    void markQueuesChanged(const QStringList &queues);
    QStringList takeChangedQueues();

    static constexpr int kRecentCalls = 20;

private:
    QList<ClientConnection *> m_connections;
    QJsonArray m_recentCalls;
    QSet<QString> m_changedQueues;
};

} // namespace halldesk
