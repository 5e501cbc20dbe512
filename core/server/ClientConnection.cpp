#include "server/ClientConnection.h"

#include "domain/OperationError.h"
#include "logging/HallDeskLogging.h"
#include "protocol/ProtocolRequest.h"
#include "protocol/UploadFrame.h"

#include <QJsonDocument>
#include <QTimer>
#include <QWebSocket>

namespace halldesk {

ClientConnection::ClientConnection(QWebSocket *socket, TerminalIdentity identity, double rate,
                                   double burst, qint64 maxPendingBytes, qint64 maxTextBytes,
                                   QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_identity(std::move(identity))
    , m_bucket(rate, burst)
    , m_maxPendingBytes(maxPendingBytes)
    , m_maxTextBytes(maxTextBytes)
{
    m_socket->setParent(this);
    connect(m_socket, &QWebSocket::textMessageReceived, this, &ClientConnection::onText);
    connect(m_socket, &QWebSocket::binaryMessageReceived, this, &ClientConnection::onBinary);
    connect(m_socket, &QWebSocket::disconnected, this, &ClientConnection::disconnected);
}

void ClientConnection::onText(const QString &message)
{
    const QByteArray utf8 = message.toUtf8();
    // The socket takes messages as large as upload data; requests keep their own limit.
    if (utf8.size() > m_maxTextBytes) {
        close(QWebSocketProtocol::CloseCodeTooMuchData, QStringLiteral("message too big"));
        return;
    }
    emit frameReceived(utf8);
}

void ClientConnection::onBinary(const QByteArray &message)
{
    if (UploadFrame::isUploadFrame(message)) {
        emit uploadDataReceived(message);
        return;
    }
    // Otherwise a binary message is read like a text one and refused by the parser if it is
    // not a JSON request.
    if (message.size() > m_maxTextBytes) {
        close(QWebSocketProtocol::CloseCodeTooMuchData, QStringLiteral("message too big"));
        return;
    }
    emit frameReceived(message);
}

ClientConnection::~ClientConnection() = default;

QString ClientConnection::peer() const
{
    return m_identity.name + QLatin1Char('@') + m_socket->peerAddress().toString();
}

qint64 ClientConnection::activate(const Subscription &subscription)
{
    // Anything queued under the old subscription is older than the snapshot: drop it.
    m_pending = QJsonArray();
    m_subscription = subscription;
    m_subscribed = true;
    return m_seq;
}

void ClientConnection::deactivate()
{
    m_pending = QJsonArray();
    m_subscription = Subscription();
    m_subscribed = false;
}

void ClientConnection::endSession()
{
    ServerEvent ended;
    ended.kind = QStringLiteral("session_ended");
    ended.data = {{QStringLiteral("code"), OperationError::codeName(ErrorCode::SessionRevoked)}};
    queueEvent(ended);
    flushEvents();
    m_staff.reset();
    deactivate();
}

bool ClientConnection::wants(const ServerEvent &event) const
{
    if (!m_subscribed)
        return false;
    if (event.everyone)
        return true;
    if (event.isCall && m_subscription.calls)
        return true;
    if (event.ratings && m_subscription.ratings)
        return true;
    for (const QString &queue : event.queues) {
        if (m_subscription.wantsQueue(queue))
            return true;
    }
    for (int window : event.windows) {
        if (m_subscription.wantsWindow(window))
            return true;
    }
    return false;
}

void ClientConnection::queueEvent(const ServerEvent &event)
{
    ++m_seq;
    // A terminal that does not read its socket gets no more events; the gap it will see in
    // the numbers makes it ask for a snapshot once it catches up.
    if (m_socket->bytesToWrite() > m_maxPendingBytes) {
        ++m_dropped;
        return;
    }
    m_pending.append(QJsonObject{
        {QStringLiteral("seq"), double(m_seq)},
        {QStringLiteral("kind"), event.kind},
        {QStringLiteral("data"),
         event.windowData.isEmpty() || m_subscription.ratings ? event.data : event.windowData}});
    if (!m_flushScheduled) {
        m_flushScheduled = true;
        // Everything published in this turn of the event loop leaves as one frame.
        QTimer::singleShot(0, this, &ClientConnection::flushEvents);
    }
}

void ClientConnection::flushEvents()
{
    m_flushScheduled = false;
    if (m_pending.isEmpty())
        return;
    const QJsonObject frame{{QStringLiteral("v"), kProtocolVersion},
                            {QStringLiteral("type"), QStringLiteral("events")},
                            {QStringLiteral("events"), m_pending}};
    m_pending = QJsonArray();
    sendFrame(QJsonDocument(frame).toJson(QJsonDocument::Compact));
}

void ClientConnection::sendFrame(const QByteArray &json)
{
    m_socket->sendTextMessage(QString::fromUtf8(json));
}

void ClientConnection::close(int code, const QString &reason)
{
    m_socket->close(QWebSocketProtocol::CloseCode(code), reason);
}

} // namespace halldesk
