#pragma once

#include <QHostAddress>
#include <QObject>
#include <QString>
#include <QTcpServer>
#include <chrono>
#include <functional>

class QTcpSocket;

namespace halldesk {

class MetricsRegistry;

// A deliberately tiny HTTP/1.1 server for Prometheus scrapes and orchestration probes, on its
// own port so monitoring never shares a listener (or TLS setup) with the counter terminals:
//
//   GET /metrics  the registry in the Prometheus text format
//   GET /health   liveness: 200 while the event loop turns
//   GET /ready    readiness: 200, or 503 while ready() returns false
//
// One request per connection (every response says Connection: close), HEAD supported, request
// heads capped at MaxRequestHeadBytes. Everything runs in the thread this object lives in and
// never blocks, so ready() is called there too and must be cheap.
class MetricsHttpServer : public QObject
{
    Q_OBJECT

public:
    static constexpr qsizetype MaxRequestHeadBytes = 8 * 1024;
    // A scraper needs a handful; the cap keeps a misbehaving client from piling up sockets.
    static constexpr int MaxConnections = 64;
    static constexpr std::chrono::milliseconds DefaultIdleTimeout{5000};

    // registry must outlive this object. Without ready, /ready always answers 200.
    explicit MetricsHttpServer(const MetricsRegistry &registry, std::function<bool()> ready = {},
                               QObject *parent = nullptr);
    ~MetricsHttpServer() override;

    // On failure returns false and, if error is not null, sets it to the reason.
    bool listen(const QHostAddress &address, quint16 port, QString *error);
    // The port actually bound (useful after listening on port 0), 0 when not listening.
    quint16 port() const;
    void close();

    // Time a connection may take from accept to a complete request head. It is a deadline, not
    // reset by each byte, so a client that trickles one byte at a time is cut off as well.
    void setIdleTimeout(std::chrono::milliseconds timeout);
    std::chrono::milliseconds idleTimeout() const { return m_idleTimeout; }

private:
    void acceptConnections();
    void readRequest(QTcpSocket *socket);
    void respond(QTcpSocket *socket, const QByteArray &head);
    void sendResponse(QTcpSocket *socket, int status, const QByteArray &body,
                      const QByteArray &contentType, bool includeBody,
                      const QByteArray &extraHeaders = {});

    const MetricsRegistry &m_registry;
    const std::function<bool()> m_ready;
    QTcpServer m_server;
    std::chrono::milliseconds m_idleTimeout = DefaultIdleTimeout;
    int m_connections = 0;
};

} // namespace halldesk
