// HallServer: whether each window's counter is connected (`online`, PROTOCOL.md §9.4) and the
// tickets each queue finished today (`servedToday`, §9.3). Both live on the network thread: the
// connections are known only here, and the finishes are counted from the published events.

#include "logging/HallDeskLogging.h"
#include "queue/EngineExecutor.h"
#include "server/HallServer.h"
#include "server/ServerMetrics.h"
#include "server/ServerStore.h"

#include <QJsonArray>

namespace halldesk {

void HallServer::counterArrived(int window)
{
    if (m_presence.arrive(window))
        publishPresence(window);
}

void HallServer::counterLeft(int window)
{
    if (m_presence.leave(window))
        publishPresence(window);
}

void HallServer::publishPresence(int window)
{
    qCDebug(lcServer) << "window" << window << (m_presence.isOnline(window) ? "online" : "offline");
    // Read through the writer so the event lines up with the state changes committed around it.
    onWriter(
        [window](WriterContext &context) {
            return ServerStore(context.statements).windowsOverview(window);
        },
        [this, window](QJsonArray overview) {
            if (overview.isEmpty())
                return;
            // The event form (§9.4): no area and no current ticket.
            QJsonObject data = overview.first().toObject();
            data.remove(QStringLiteral("area"));
            data.remove(QStringLiteral("currentTicket"));
            data.remove(QStringLiteral("currentTicketId"));
            ServerEvent event;
            event.kind = QStringLiteral("window");
            event.data = data;
            event.windows << window;
            event.queues = m_windowQueues.value(window);
            QList<ServerEvent> events{event};
            decorate(events);
            m_metrics.eventsDelivered(m_hub.publish(events));
        });
}

void HallServer::decorate(QList<ServerEvent> &events) const
{
    // Presence is what it is when the event leaves, not when its change was committed.
    for (ServerEvent &event : events) {
        if (event.kind == QLatin1String("window"))
            m_presence.addTo(event.data);
    }
}

void HallServer::decorateSnapshot(QJsonObject &snapshot) const
{
    QJsonArray windows = snapshot.value(QLatin1String("windows")).toArray();
    for (qsizetype i = 0; i < windows.size(); ++i) {
        QJsonObject window = windows.at(i).toObject();
        m_presence.addTo(window);
        windows.replace(i, window);
    }
    snapshot.insert(QStringLiteral("windows"), windows);
    // Until the housekeeping notices a new day, the count is still yesterday's.
    const bool sameDay =
        snapshot.value(QLatin1String("serviceDay")).toInt() == m_servedToday.serviceDay();
    QJsonArray queues = snapshot.value(QLatin1String("queues")).toArray();
    for (qsizetype i = 0; i < queues.size(); ++i) {
        QJsonObject queue = queues.at(i).toObject();
        if (sameDay)
            m_servedToday.addTo(queue);
        else
            queue.insert(QStringLiteral("servedToday"), 0);
        queues.replace(i, queue);
    }
    snapshot.insert(QStringLiteral("queues"), queues);
}

} // namespace halldesk
