#include "server/HallServer.h"

#include "clock/Clock.h"
#include "logging/HallDeskLogging.h"
#include "pki/TerminalIdentity.h"
#include "protocol/ProtocolJson.h"
#include "protocol/UploadFrame.h"
#include "queue/EngineExecutor.h"
#include "queue/QueueEngine.h"
#include "server/ClientConnection.h"
#include "server/MaterialUploads.h"
#include "server/OperationOutcome.h"
#include "server/ReportReader.h"
#include "server/ServerMetrics.h"
#include "server/ServerStore.h"
#include "server/SnapshotBuilder.h"
#include "server/StaffAuthenticator.h"

#include <QJsonArray>
#include <QPointer>
#include <QSslCertificate>
#include <QWebSocket>
#include <QWebSocketServer>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>

namespace halldesk {

HallServer::HallServer(EngineExecutor &executor, const Clock &clock, ServerSettings settings,
                       ServerMetrics &metrics, QObject *parent)
    : QObject(parent)
    , m_executor(executor)
    , m_clock(clock)
    , m_settings(std::move(settings))
    , m_metrics(metrics)
    , m_ratingPolicy(RatingPolicy::from(m_settings))
    , m_appointmentPolicy(AppointmentPolicy::from(m_settings))
{
    m_auth = std::make_unique<StaffAuthenticator>(m_executor, m_clock, m_settings);
    connect(&m_queueStatusTimer, &QTimer::timeout, this, &HallServer::publishQueueStatuses);
    connect(&m_sweepTimer, &QTimer::timeout, this, &HallServer::sweepNow);
}

HallServer::~HallServer()
{
    stopUploads();
    m_reports.reset();
    close();
    // The terminals' TCP sockets are children of m_server, which is destroyed after m_hub
    // (declared later): each would then report its end to a hub that no longer exists (a
    // crash on shutdown with terminals connected). Detach the connections first and let the
    // sockets go while everything else is still there.
    for (ClientConnection *connection : m_hub.connections()) {
        connection->disconnect(this);
        m_metrics.connectionClosed();
    }
    m_server.reset();
    // Last, after everything above that may still have posted work: a completion of this
    // server's or its authenticator's on the writer thread ends before either is destroyed.
    m_executor.finishPosted();
}

bool HallServer::listen(QString *error)
{
    const auto configuration = TlsSettings::server(m_settings.tls, error);
    if (!configuration)
        return false;
    const QJsonObject hall = m_executor.run(
        [](WriterContext &context) { return ServerStore(context.statements).hallOverview(); });
    learnWindows(hall);
    const auto [day, finished] = m_executor.run([](WriterContext &context) {
        const int today = context.engine.today();
        return std::make_pair(today, ServerStore(context.statements).finishedPerQueue(today));
    });
    m_servedToday.reset(day, finished);
    m_serviceDay = day;

    startUploads();

    m_server = std::make_unique<QWebSocketServer>(QStringLiteral("halldesk-server"),
                                                  QWebSocketServer::SecureMode);
    m_server->setSslConfiguration(*configuration);
    m_server->setHandshakeTimeout(10000);
    connect(m_server.get(), &QWebSocketServer::newConnection, this, &HallServer::acceptConnections);
    connect(m_server.get(), &QWebSocketServer::sslErrors, this,
            [this](const QList<QSslError> &errors) {
                m_metrics.connectionRefused(QStringLiteral("tls"));
                for (const QSslError &e : errors)
                    qCInfo(lcServer).noquote() << "TLS refused:" << e.errorString();
            });
    // A terminal without any certificate fails inside the handshake: no sslErrors, only the
    // fatal alert the server sends. Count it too, or the commonest misconfiguration of a
    // terminal would not show in halldesk_connections_refused_total.
    connect(m_server.get(), &QWebSocketServer::alertSent, this,
            [this](QSsl::AlertLevel level, QSsl::AlertType, const QString &description) {
                if (level != QSsl::AlertLevel::Fatal)
                    return;
                m_metrics.connectionRefused(QStringLiteral("tls"));
                qCInfo(lcServer).noquote() << "TLS refused:" << description;
            });
    connect(m_server.get(), &QWebSocketServer::peerVerifyError, this,
            [](const QSslError &e) { qCInfo(lcServer).noquote() << "peer:" << e.errorString(); });
    connect(m_server.get(), &QWebSocketServer::acceptError, this,
            [](QAbstractSocket::SocketError e) { qCWarning(lcServer) << "accept error" << e; });
    if (!m_server->listen(m_settings.listenAddress, m_settings.port)) {
        if (error) {
            *error = tr("Cannot listen on %1 port %2: %3")
                         .arg(m_settings.listenAddress.toString())
                         .arg(m_settings.port)
                         .arg(m_server->errorString());
        }
        return false;
    }
    // Answers and acknowledgements are small frames, often several in a row (an upload's
    // acknowledgements): with Nagle's algorithm the second waits for the terminal's delayed
    // ACK, 40 ms. Accepted sockets inherit the option from the listening one on Linux.
    const int noDelay = 1;
    if (::setsockopt(int(m_server->socketDescriptor()), IPPROTO_TCP, TCP_NODELAY, &noDelay,
                     sizeof noDelay) != 0)
        qCWarning(lcServer) << "TCP_NODELAY could not be set; answers may be delayed";
    m_queueStatusTimer.start(m_settings.queueStatusInterval);
    m_sweepTimer.start(m_settings.sweepInterval);
    qCInfo(lcServer).noquote() << "listening on" << m_settings.listenAddress.toString() << "port"
                               << port() << "with" << m_windows.size() << "windows";
    return true;
}

quint16 HallServer::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

void HallServer::close()
{
    m_queueStatusTimer.stop();
    m_sweepTimer.stop();
    if (m_server)
        m_server->close();
    for (ClientConnection *connection : m_hub.connections())
        connection->close(QWebSocketProtocol::CloseCodeGoingAway, QStringLiteral("shutdown"));
}

void HallServer::refuse(QWebSocket *socket, const QString &why)
{
    qCWarning(lcServer).noquote() << "refused terminal from" << socket->peerAddress().toString()
                                  << ":" << why;
    m_metrics.connectionRefused(QStringLiteral("certificate"));
    socket->close(QWebSocketProtocol::CloseCodePolicyViolated, QStringLiteral("certificate"));
    socket->deleteLater();
}

void HallServer::acceptConnections()
{
    while (QWebSocket *socket = m_server->nextPendingConnection()) {
        // Before any message is read: the certificate must name a role, and a window that
        // exists for the roles that have one.
        QString why;
        const QSslCertificate certificate = socket->sslConfiguration().peerCertificate();
        const auto identity = TerminalIdentity::fromCertificate(certificate, &why);
        if (!identity) {
            refuse(socket, why);
            continue;
        }
        if (roleHasWindow(identity->role) && !m_windows.contains(identity->window)) {
            refuse(socket, QStringLiteral("window %1 does not exist").arg(identity->window));
            continue;
        }
        // Upload data arrives in binary messages larger than any request; ClientConnection
        // holds text messages to max_message_bytes itself.
        const quint64 largest =
            quint64(std::max<qint64>(m_settings.maxMessageBytes,
                                     qint64(UploadFrame::HeaderBytes) + UploadFrame::MaxDataBytes));
        socket->setMaxAllowedIncomingMessageSize(largest);
        socket->setMaxAllowedIncomingFrameSize(largest);
        auto *connection = new ClientConnection(
            socket, *identity, m_settings.rateLimitPerSecond, m_settings.rateBurst,
            m_settings.maxPendingBytesPerConnection, m_settings.maxMessageBytes, this);
        connection->setCertificate(certificate);
        m_hub.add(connection);
        m_metrics.connectionOpened();
        connect(connection, &ClientConnection::frameReceived, this,
                [this, connection](const QByteArray &frame) { handleFrame(connection, frame); });
        connect(connection, &ClientConnection::uploadDataReceived, this,
                [this, connection](const QByteArray &message) { uploadData(connection, message); });
        connect(connection, &ClientConnection::disconnected, this, [this, connection] {
            if (m_uploads) {
                const void *owner = connection;
                onUploads(
                    [owner](MaterialUploads &uploads) {
                        uploads.dropOwner(owner);
                        return true;
                    },
                    [](bool) {});
            }
            m_hub.remove(connection);
            m_metrics.connectionClosed();
            if (connection->identity().role == TerminalRole::Counter)
                counterLeft(connection->identity().window);
            qCInfo(lcServer).noquote() << "terminal" << connection->identity().name << "left";
            emit terminalDisconnected(connection->identity().name);
            connection->deleteLater();
        });
        qCInfo(lcServer).noquote()
            << "terminal" << connection->peer() << "connected as" << toName(identity->role);
        QJsonObject terminal{{QStringLiteral("role"), toName(identity->role)},
                             {QStringLiteral("name"), identity->name}};
        if (identity->window)
            terminal.insert(QStringLiteral("window"), identity->window);
        connection->sendFrame(
            ProtocolJson::encode({{QStringLiteral("v"), kProtocolVersion},
                                  {QStringLiteral("type"), QStringLiteral("hello")},
                                  {QStringLiteral("server"), QStringLiteral("halldesk-server")},
                                  {QStringLiteral("protocol"), kProtocolVersion},
                                  {QStringLiteral("terminal"), terminal},
                                  {QStringLiteral("serverTimeMs"), double(m_clock.nowMs())}}));
        if (identity->role == TerminalRole::Counter)
            counterArrived(identity->window);
        emit terminalConnected(identity->name);
    }
}

void HallServer::reply(ClientConnection *connection, const QString &id, const QJsonObject &result,
                       bool replayed)
{
    connection->sendFrame(ProtocolJson::encode(ProtocolJson::okResponse(id, result, replayed)));
}

void HallServer::replyError(ClientConnection *connection, const QString &id,
                            const OperationError &error, bool replayed)
{
    connection->sendFrame(ProtocolJson::encode(ProtocolJson::errorResponse(id, error, replayed)));
}

void HallServer::handleFrame(ClientConnection *connection, const QByteArray &frame)
{
    auto parsed = RequestParser::parse(frame);
    if (auto *fault = std::get_if<ProtocolFault>(&parsed)) {
        m_metrics.request(QStringLiteral("invalid"), fault->error.code());
        replyError(connection, fault->id, fault->error);
        return;
    }
    const ProtocolRequest request = std::get<ProtocolRequest>(std::move(parsed));
    if (!connection->takeToken(m_clock.nowMs())) {
        m_metrics.request(QStringLiteral("rate_limited"), ErrorCode::RateLimited);
        replyError(connection, request.id, OperationError(ErrorCode::RateLimited));
        return;
    }
    const auto spec = OperationTable::find(request.op);
    if (!spec) {
        m_metrics.request(QStringLiteral("unknown"), ErrorCode::UnknownOperation);
        replyError(connection, request.id, OperationError(ErrorCode::UnknownOperation, request.op));
        return;
    }
    if (const auto denied = checkAccess(connection, *spec)) {
        m_metrics.request(request.op, denied->code());
        replyError(connection, request.id, *denied);
        return;
    }
    if (spec->mutating && request.key.isEmpty()) {
        m_metrics.request(request.op, ErrorCode::BadRequest);
        replyError(connection, request.id,
                   OperationError(ErrorCode::BadRequest, QStringLiteral("key")));
        return;
    }
    dispatch(connection, request, *spec);
}

std::optional<OperationError> HallServer::checkAccess(ClientConnection *connection,
                                                      const OperationSpec &spec)
{
    const TerminalRole role = connection->identity().role;
    bool expired = false;
    if (connection->staff() && connection->staff()->expiresAtMs <= m_clock.nowMs()) {
        connection->setStaff(std::nullopt);
        connection->deactivate();
        expired = true;
    }
    const bool staffed = connection->staff().has_value();
    const bool staffTerminal = role == TerminalRole::Counter || role == TerminalRole::Supervisor;
    const OperationError noSession(expired ? ErrorCode::SessionExpired : ErrorCode::NotSignedIn);
    switch (spec.access) {
    case OperationAccess::Open:
        return std::nullopt;
    case OperationAccess::Terminal:
        if (staffTerminal && !staffed)
            return noSession;
        return std::nullopt;
    case OperationAccess::Issue:
        if (role == TerminalRole::Kiosk)
            return std::nullopt;
        if (!staffTerminal)
            return OperationError(ErrorCode::Forbidden);
        return staffed ? std::nullopt : std::optional(noSession);
    case OperationAccess::Staff:
        if (!staffTerminal)
            return OperationError(ErrorCode::Forbidden);
        return staffed ? std::nullopt : std::optional(noSession);
    case OperationAccess::Window:
        if (role != TerminalRole::Counter)
            return OperationError(ErrorCode::Forbidden);
        return staffed ? std::nullopt : std::optional(noSession);
    case OperationAccess::Pad:
        if (role != TerminalRole::Pad)
            return OperationError(ErrorCode::Forbidden);
        return std::nullopt;
    case OperationAccess::Supervisor:
        if (role != TerminalRole::Supervisor)
            return OperationError(ErrorCode::Forbidden);
        return staffed ? std::nullopt : std::optional(noSession);
    case OperationAccess::Admin:
        if (role != TerminalRole::Supervisor)
            return OperationError(ErrorCode::Forbidden);
        if (!staffed)
            return noSession;
        if (connection->staff()->staff.role != StaffRole::Admin)
            return OperationError(ErrorCode::Forbidden);
        return std::nullopt;
    }
    return OperationError(ErrorCode::Forbidden);
}

} // namespace halldesk
