#include "metrics/MetricsHttpServer.h"

#include "logging/HallDeskLogging.h"
#include "metrics/MetricsRegistry.h"

#include <QByteArrayView>
#include <QList>
#include <QTcpSocket>
#include <QTimer>
#include <optional>

namespace halldesk {

namespace {

const QByteArray PlainText = QByteArrayLiteral("text/plain; charset=utf-8");
const QByteArray PrometheusText = QByteArrayLiteral("text/plain; version=0.0.4; charset=utf-8");

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return QByteArrayLiteral("OK");
    case 400:
        return QByteArrayLiteral("Bad Request");
    case 404:
        return QByteArrayLiteral("Not Found");
    case 405:
        return QByteArrayLiteral("Method Not Allowed");
    case 503:
        return QByteArrayLiteral("Service Unavailable");
    }
    return QByteArrayLiteral("Unknown");
}

QByteArrayView withoutCarriageReturn(QByteArrayView line)
{
    return line.endsWith('\r') ? line.chopped(1) : line;
}

// Offset just past the blank line that ends the request head, or -1 if it has not arrived yet.
// Blank lines before the request line are skipped (RFC 9112, 2.2); a bare LF ends a line too.
qsizetype requestHeadEnd(const QByteArray &data)
{
    bool sawRequestLine = false;
    qsizetype lineStart = 0;
    for (;;) {
        const qsizetype newline = data.indexOf('\n', lineStart);
        if (newline < 0)
            return -1;
        const QByteArrayView line =
            withoutCarriageReturn(QByteArrayView(data).sliced(lineStart, newline - lineStart));
        if (!line.isEmpty())
            sawRequestLine = true;
        else if (sawRequestLine)
            return newline + 1;
        lineStart = newline + 1;
    }
}

bool isTokenChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

bool isToken(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    for (const char c : text) {
        if (!isTokenChar(c))
            return false;
    }
    return true;
}

bool isHttpVersion(QByteArrayView text)
{
    return text.size() == 8 && text.startsWith("HTTP/") && text.at(5) >= '0' && text.at(5) <= '9' &&
           text.at(6) == '.' && text.at(7) >= '0' && text.at(7) <= '9';
}

bool isOriginForm(QByteArrayView target)
{
    if (!target.startsWith('/'))
        return false;
    for (const char c : target) {
        const auto u = static_cast<unsigned char>(c);
        if (u <= 0x20 || u == 0x7f)
            return false;
    }
    return true;
}

// A field line is "name: value". Whitespace before the colon and obsolete line folding are
// rejected, as RFC 9112 asks, because proxies may read such lines differently.
bool isFieldLine(QByteArrayView line)
{
    const qsizetype colon = line.indexOf(':');
    return colon > 0 && isToken(line.first(colon));
}

struct RequestLine
{
    QByteArray method;
    QByteArray path;
};

std::optional<RequestLine> parseHead(const QByteArray &head)
{
    const QList<QByteArray> lines = head.split('\n');
    qsizetype index = 0;
    while (index < lines.size() && withoutCarriageReturn(lines.at(index)).isEmpty())
        ++index;
    if (index == lines.size())
        return std::nullopt;

    const QList<QByteArray> parts = withoutCarriageReturn(lines.at(index)).toByteArray().split(' ');
    if (parts.size() != 3 || !isToken(parts.at(0)) || !isOriginForm(parts.at(1)) ||
        !isHttpVersion(parts.at(2)))
        return std::nullopt;

    for (++index; index < lines.size(); ++index) {
        const QByteArrayView line = withoutCarriageReturn(lines.at(index));
        if (line.isEmpty())
            break;
        if (!isFieldLine(line))
            return std::nullopt;
    }

    const QByteArray &target = parts.at(1);
    const qsizetype query = target.indexOf('?');
    return RequestLine{parts.at(0), query < 0 ? target : target.first(query)};
}

} // namespace

MetricsHttpServer::MetricsHttpServer(const MetricsRegistry &registry, std::function<bool()> ready,
                                     QObject *parent)
    : QObject(parent)
    , m_registry(registry)
    , m_ready(std::move(ready))
    , m_server(this)
{
    connect(&m_server, &QTcpServer::newConnection, this, &MetricsHttpServer::acceptConnections);
}

MetricsHttpServer::~MetricsHttpServer()
{
    // The sockets die with m_server after this destructor body; their last signals must not
    // reach the half-destroyed object.
    const QList<QTcpSocket *> sockets = m_server.findChildren<QTcpSocket *>();
    for (QTcpSocket *socket : sockets)
        socket->disconnect(this);
}

bool MetricsHttpServer::listen(const QHostAddress &address, quint16 port, QString *error)
{
    if (m_server.isListening()) {
        if (error != nullptr)
            *error = QStringLiteral("already listening on port %1").arg(m_server.serverPort());
        return false;
    }
    if (!m_server.listen(address, port)) {
        if (error != nullptr)
            *error = m_server.errorString();
        return false;
    }
    return true;
}

quint16 MetricsHttpServer::port() const
{
    return m_server.isListening() ? m_server.serverPort() : 0;
}

void MetricsHttpServer::close()
{
    m_server.close();
}

void MetricsHttpServer::setIdleTimeout(std::chrono::milliseconds timeout)
{
    m_idleTimeout = timeout;
}

void MetricsHttpServer::acceptConnections()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        if (m_connections >= MaxConnections) {
            qCDebug(lcServer) << "metrics: too many connections, refusing"
                              << socket->peerAddress().toString();
            socket->abort();
            socket->deleteLater();
            continue;
        }
        ++m_connections;

        auto *deadline = new QTimer(socket);
        deadline->setSingleShot(true);
        connect(deadline, &QTimer::timeout, socket, &QTcpSocket::abort);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { readRequest(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            --m_connections;
            socket->deleteLater();
        });
        deadline->start(m_idleTimeout);

        if (socket->bytesAvailable() > 0)
            readRequest(socket);
    }
}

void MetricsHttpServer::readRequest(QTcpSocket *socket)
{
    // Once answered, anything more the client sends is discarded: the connection is closing,
    // and leaving bytes unread would make the kernel reset it and maybe drop our response.
    if (socket->state() != QAbstractSocket::ConnectedState) {
        socket->readAll();
        return;
    }

    const QByteArray buffered = socket->peek(MaxRequestHeadBytes + 1);
    const qsizetype end = requestHeadEnd(buffered);
    if (end < 0 && buffered.size() <= MaxRequestHeadBytes)
        return; // The rest of the head is still on its way.
    if (end < 0 || end > MaxRequestHeadBytes) {
        qCDebug(lcServer) << "metrics: request head too large from"
                          << socket->peerAddress().toString();
        socket->readAll();
        sendResponse(socket, 400, QByteArrayLiteral("request head too large\n"), PlainText, true);
        return;
    }
    respond(socket, socket->read(end));
}

void MetricsHttpServer::respond(QTcpSocket *socket, const QByteArray &head)
{
    const std::optional<RequestLine> request = parseHead(head);
    if (!request) {
        qCDebug(lcServer) << "metrics: malformed request from" << socket->peerAddress().toString();
        sendResponse(socket, 400, QByteArrayLiteral("bad request\n"), PlainText, true);
        return;
    }

    const bool isHead = request->method == "HEAD";
    if (request->method != "GET" && !isHead) {
        sendResponse(socket, 405, QByteArrayLiteral("method not allowed\n"), PlainText, true,
                     QByteArrayLiteral("Allow: GET, HEAD\r\n"));
        return;
    }

    if (request->path == "/metrics") {
        sendResponse(socket, 200, m_registry.renderPrometheus(), PrometheusText, !isHead);
    } else if (request->path == "/health") {
        sendResponse(socket, 200, QByteArrayLiteral("ok\n"), PlainText, !isHead);
    } else if (request->path == "/ready") {
        if (!m_ready || m_ready())
            sendResponse(socket, 200, QByteArrayLiteral("ready\n"), PlainText, !isHead);
        else
            sendResponse(socket, 503, QByteArrayLiteral("not ready\n"), PlainText, !isHead);
    } else {
        sendResponse(socket, 404, QByteArrayLiteral("not found\n"), PlainText, !isHead);
    }
}

void MetricsHttpServer::sendResponse(QTcpSocket *socket, int status, const QByteArray &body,
                                     const QByteArray &contentType, bool includeBody,
                                     const QByteArray &extraHeaders)
{
    QByteArray response;
    response.reserve(160 + (includeBody ? body.size() : 0));
    response += "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    response += "Content-Type: " + contentType + "\r\n";
    // HEAD announces the length a GET would get (RFC 9110, 9.3.2).
    response += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    response += "Connection: close\r\n";
    response += extraHeaders;
    response += "\r\n";
    if (includeBody)
        response += body;
    socket->write(response);

    // A fresh deadline for the client to read the answer; one that never reads would otherwise
    // keep the socket open forever once the kernel buffers fill.
    if (auto *deadline = socket->findChild<QTimer *>(QString(), Qt::FindDirectChildrenOnly))
        deadline->start(m_idleTimeout);
    socket->disconnectFromHost();
}

} // namespace halldesk
