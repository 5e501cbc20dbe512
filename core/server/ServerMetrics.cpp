#include "server/ServerMetrics.h"

namespace halldesk {

ServerMetrics::ServerMetrics(MetricsRegistry &registry)
    : m_registry(registry)
    , m_connections(registry.gauge(QStringLiteral("halldesk_connections"),
                                   QStringLiteral("Terminals connected now.")))
    , m_connectionsTotal(registry.counter(QStringLiteral("halldesk_connections_total"),
                                          QStringLiteral("Terminal connections accepted.")))
    , m_replayed(registry.counter(QStringLiteral("halldesk_requests_replayed_total"),
                                  QStringLiteral("Repeated requests answered from the log.")))
    , m_events(registry.counter(QStringLiteral("halldesk_events_delivered_total"),
                                QStringLiteral("Events handed to subscribed terminals.")))
    , m_callNext(registry.histogram(
          QStringLiteral("halldesk_call_next_seconds"),
          QStringLiteral("Call-next time in the server, request received to answer sent."),
          MetricsRegistry::defaultLatencyBuckets()))
    , m_uploadBytes(registry.counter(QStringLiteral("halldesk_upload_bytes_total"),
                                     QStringLiteral("Bytes of scans taken into upload files.")))
    , m_documents(registry.counter(QStringLiteral("halldesk_documents_stored_total"),
                                   QStringLiteral("Scans checked against their case and stored.")))
{
    // Present from the start, so a scrape before the first refusal shows a zero.
    refusedCounter(QStringLiteral("certificate"));
    refusedCounter(QStringLiteral("tls"));
}

MetricsRegistry::Counter &ServerMetrics::refusedCounter(const QString &reason)
{
    return m_registry.counter(QStringLiteral("halldesk_connections_refused_total"),
                              QStringLiteral("Connections refused before any message."),
                              {{QStringLiteral("reason"), reason}});
}

void ServerMetrics::connectionOpened()
{
    m_connections.inc();
    m_connectionsTotal.inc();
}

void ServerMetrics::connectionClosed()
{
    m_connections.dec();
}

void ServerMetrics::connectionRefused(const QString &reason)
{
    refusedCounter(reason).inc();
}

void ServerMetrics::request(const QString &op, ErrorCode result)
{
    const QString outcome =
        result == ErrorCode::None ? QStringLiteral("ok") : OperationError::codeName(result);
    const QString key = op + QLatin1Char('/') + outcome;
    auto it = m_requests.find(key);
    if (it == m_requests.end()) {
        it = m_requests.insert(
            key,
            &m_registry.counter(QStringLiteral("halldesk_requests_total"),
                                QStringLiteral("Requests answered, by operation and result."),
                                {{QStringLiteral("op"), op}, {QStringLiteral("result"), outcome}}));
    }
    it.value()->inc();
}

void ServerMetrics::replayed()
{
    m_replayed.inc();
}

void ServerMetrics::eventsDelivered(int count)
{
    m_events.inc(quint64(std::max(0, count)));
}

void ServerMetrics::callNextLatency(double seconds)
{
    m_callNext.observe(seconds);
}

void ServerMetrics::uploadReceived(qint64 bytes)
{
    m_uploadBytes.inc(quint64(bytes));
}

void ServerMetrics::documentStored()
{
    m_documents.inc();
}

} // namespace halldesk
