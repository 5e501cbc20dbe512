#pragma once

#include "domain/OperationError.h"
#include "metrics/MetricsRegistry.h"

#include <QHash>

namespace halldesk {

// The hall server's counters, as /metrics shows them: connections, refused connections,
// requests per operation and outcome, replayed requests, delivered events, and the call-next
// round trip inside the server (frame in to answer out, batch commit included), and the
// uploads of scanned materials.
class ServerMetrics
{
public:
    explicit ServerMetrics(MetricsRegistry &registry);

    void connectionOpened();
    void connectionClosed();
    void connectionRefused(const QString &reason);
    void request(const QString &op, ErrorCode result);
    void replayed();
    void eventsDelivered(int count);
    void callNextLatency(double seconds);
    // Uploads of scans: data taken into partial files, and files checked and stored.
    void uploadReceived(qint64 bytes);
    void documentStored();

    MetricsRegistry &registry() { return m_registry; }

private:
    MetricsRegistry::Counter &refusedCounter(const QString &reason);

    MetricsRegistry &m_registry;
    MetricsRegistry::Gauge &m_connections;
    MetricsRegistry::Counter &m_connectionsTotal;
    MetricsRegistry::Counter &m_replayed;
    MetricsRegistry::Counter &m_events;
    MetricsRegistry::Histogram &m_callNext;
    MetricsRegistry::Counter &m_uploadBytes;
    MetricsRegistry::Counter &m_documents;
    // Looked up once per (operation, result); the network thread is the only caller.
    QHash<QString, MetricsRegistry::Counter *> m_requests;
};

} // namespace halldesk
