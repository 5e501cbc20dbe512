#include "client/HallClient.h"

#include "logging/HallDeskLogging.h"
#include "protocol/ProtocolJson.h"
#include "protocol/ProtocolRequest.h"

#include <QAbstractSocket>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>
#include <QWebSocket>

namespace halldesk {

namespace {

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

bool needsSession(ErrorCode code)
{
    return code == ErrorCode::NotSignedIn || code == ErrorCode::SessionExpired;
}

// Worth sending again later: the request itself was fine.
bool isTransient(ErrorCode code)
{
    return code == ErrorCode::StorageFailure || code == ErrorCode::Conflict ||
           code == ErrorCode::ServerBusy || code == ErrorCode::RateLimited ||
           code == ErrorCode::Internal || code == ErrorCode::Offline || code == ErrorCode::Timeout;
}

ClientReply errorReply(ErrorCode code)
{
    ClientReply reply;
    reply.error = OperationError(code);
    return reply;
}

} // namespace

HallClient::HallClient(HallClientSettings settings, ClientOutbox *outbox, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_ownOutbox(outbox ? nullptr : std::make_unique<MemoryOutbox>())
    , m_outbox(outbox ? outbox : m_ownOutbox.get())
    , m_backoff(m_settings.initialBackoff, m_settings.maxBackoff)
{
    m_reconnectTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &HallClient::connectNow);
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &HallClient::drainOutbox);
    connect(&m_timeoutTimer, &QTimer::timeout, this, &HallClient::checkTimeouts);
}

HallClient::~HallClient()
{
    stop();
}

bool HallClient::start(QString *error)
{
    QString why;
    if (!TlsSettings::client(m_settings.tls, &why)) {
        if (error)
            *error = why;
        return false;
    }
    m_running = true;
    m_timeoutTimer.start(1000);
    connectNow();
    return true;
}

void HallClient::stop()
{
    m_running = false;
    m_reconnectTimer.stop();
    m_timeoutTimer.stop();
    m_retryTimer.stop();
    if (m_socket) {
        QWebSocket *socket = m_socket.release();
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
    }
    // As after a lost connection: the change in flight stays in the outbox and goes again
    // after start(). Left marked in flight, it would block the outbox for good.
    m_inFlightKeys.clear();
    m_lastSeq = -1;
    failPending(OperationError(ErrorCode::Offline));
    setState(State::Offline);
}

void HallClient::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void HallClient::connectNow()
{
    if (!m_running)
        return;
    QString error;
    const auto configuration = TlsSettings::client(m_settings.tls, &error);
    if (!configuration) {
        emit connectionProblem(error);
        scheduleReconnect();
        return;
    }
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket.release()->deleteLater();
    }
    m_socket = std::make_unique<QWebSocket>();
    m_socket->setSslConfiguration(*configuration);
    connect(m_socket.get(), &QWebSocket::connected, this, &HallClient::onConnected);
    connect(m_socket.get(), &QWebSocket::disconnected, this, &HallClient::onDisconnected);
    connect(m_socket.get(), &QWebSocket::textMessageReceived, this, &HallClient::onFrame);
    connect(m_socket.get(), &QWebSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
        for (const QSslError &e : errors)
            emit connectionProblem(e.errorString());
    });
    setState(State::Connecting);
    m_socket->open(m_settings.url);
}

void HallClient::onConnected()
{
    // Requests are small and often follow other frames (an upload's data); with Nagle's
    // algorithm each would wait for the server's delayed ACK. The server speaks first (hello).
    if (auto *tcp = m_socket->findChild<QAbstractSocket *>())
        tcp->setSocketOption(QAbstractSocket::LowDelayOption, 1);
}

void HallClient::onDisconnected()
{
    if (m_socket) {
        emit connectionProblem(m_socket->errorString());
        m_socket->disconnect(this);
        m_socket.release()->deleteLater();
    }
    m_lastSeq = -1;
    m_snapshotRequested = false;
    m_inFlightKeys.clear();
    failPending(OperationError(ErrorCode::Offline));
    setState(State::Offline);
    scheduleReconnect();
}

void HallClient::scheduleReconnect()
{
    if (!m_running || m_reconnectTimer.isActive())
        return;
    m_reconnectTimer.start(m_backoff.next());
}

void HallClient::abortConnectionForTesting()
{
    if (m_socket)
        m_socket->abort();
}

void HallClient::failPending(const OperationError &error)
{
    // Changes stay in the outbox and are sent again; reads and session requests fail now.
    const auto pending = std::exchange(m_pending, {});
    for (const Pending &p : pending) {
        if (!p.outboxKey.isEmpty() || !p.callback)
            continue;
        ClientReply reply;
        reply.error = error;
        p.callback(reply);
    }
}

void HallClient::checkTimeouts()
{
    if (!m_socket || m_pending.isEmpty())
        return;
    const qint64 limit = nowMs() - m_settings.requestTimeout.count();
    for (const Pending &p : std::as_const(m_pending)) {
        if (p.sentAtMs < limit) {
            emit connectionProblem(tr("The hall server did not answer in time; reconnecting."));
            m_socket->abort();
            return;
        }
    }
}

void HallClient::sendRequest(const QString &op, const QJsonObject &args, const QString &key,
                             Pending pending)
{
    const QString id = QString::number(++m_nextId);
    QJsonObject frame{{QStringLiteral("v"), kProtocolVersion},
                      {QStringLiteral("id"), id},
                      {QStringLiteral("op"), op},
                      {QStringLiteral("args"), args}};
    if (!key.isEmpty())
        frame.insert(QStringLiteral("key"), key);
    pending.op = op;
    pending.sentAtMs = nowMs();
    m_pending.insert(id, std::move(pending));
    m_socket->sendTextMessage(QString::fromUtf8(ProtocolJson::encode(frame)));
}

QString HallClient::request(const QString &op, const QJsonObject &args, Callback callback)
{
    if (!m_socket || m_state == State::Offline || m_state == State::Connecting) {
        if (callback) {
            // Asynchronously, like every other answer.
            QMetaObject::invokeMethod(
                this, [callback] { callback(errorReply(ErrorCode::Offline)); },
                Qt::QueuedConnection);
        }
        return {};
    }
    Pending pending;
    pending.callback = std::move(callback);
    sendRequest(op, args, {}, std::move(pending));
    return QString::number(m_nextId);
}

QString HallClient::submit(const QString &op, const QJsonObject &args, Callback callback)
{
    OutboxEntry entry;
    entry.key = QUuid::createUuid().toString(QUuid::WithoutBraces);
    entry.op = op;
    entry.args = args;
    entry.createdAtMs = nowMs();
    if (!m_outbox->append(entry))
        return {};
    if (callback)
        m_outboxCallbacks.insert(entry.key, std::move(callback));
    emit outboxChanged(m_outbox->size());
    drainOutbox();
    return entry.key;
}

void HallClient::drainOutbox()
{
    // Strictly one change in flight: the server sees them in the order they were made, even
    // when one of them has to be sent again.
    if (m_state != State::Ready || m_drainBlocked || !m_inFlightKeys.isEmpty())
        return;
    const QList<OutboxEntry> entries = m_outbox->entries();
    if (entries.isEmpty())
        return;
    const OutboxEntry &head = entries.first();
    m_inFlightKeys.insert(head.key);
    Pending pending;
    pending.outboxKey = head.key;
    sendRequest(head.op, head.args, head.key, std::move(pending));
}

void HallClient::onFrame(const QString &text)
{
    const QJsonObject frame = QJsonDocument::fromJson(text.toUtf8()).object();
    const QString type = frame.value(QLatin1String("type")).toString();
    if (type == QLatin1String("response"))
        onResponse(frame);
    else if (type == QLatin1String("events"))
        onEvents(frame);
    else if (type == QLatin1String("hello"))
        onHello(frame);
    else
        emit frameReceived(type, frame);
}

bool HallClient::sendBinary(const QByteArray &message)
{
    if (!m_socket || m_state != State::Ready)
        return false;
    return m_socket->sendBinaryMessage(message) == message.size();
}

qint64 HallClient::bytesToWrite() const
{
    return m_socket ? m_socket->bytesToWrite() : 0;
}

void HallClient::onHello(const QJsonObject &frame)
{
    m_terminal = frame.value(QLatin1String("terminal")).toObject();
    setState(State::Syncing);
    resumeSession();
}

void HallClient::resumeSession()
{
    if (m_token.isEmpty()) {
        subscribeNow();
        return;
    }
    Pending pending;
    pending.callback = [this](const ClientReply &reply) {
        if (reply.ok) {
            m_staff = reply.result.value(QLatin1String("staff")).toObject();
            m_drainBlocked = false;
            emit sessionStarted();
        } else if (needsSession(reply.error.code())) {
            m_token.clear();
            m_staff.reset();
            emit sessionLost(reply.error);
        }
        subscribeNow();
    };
    sendRequest(QStringLiteral("resume"), {{QStringLiteral("token"), m_token}}, {},
                std::move(pending));
}

void HallClient::subscribeNow()
{
    if (!m_subscription) {
        becomeReady();
        return;
    }
    Pending pending;
    pending.callback = [this](const ClientReply &reply) {
        if (reply.ok) {
            m_lastSeq = qint64(reply.result.value(QLatin1String("seq")).toDouble());
            emit snapshotReceived(reply.result);
        } else if (!m_staff && needsSession(reply.error.code())) {
            // A console or counter nobody has signed in at yet: it subscribes at sign-in.
            qCDebug(lcTerminal) << "subscription waits for a staff session";
        } else {
            emit connectionProblem(reply.error.message());
        }
        becomeReady();
    };
    sendRequest(QStringLiteral("subscribe"), *m_subscription, {}, std::move(pending));
}

void HallClient::becomeReady()
{
    if (!m_socket)
        return;
    m_backoff.reset();
    setState(State::Ready);
    drainOutbox();
}

void HallClient::setSubscription(const QJsonObject &subscription)
{
    m_subscription = subscription;
    if (m_state == State::Ready)
        subscribeNow();
}

void HallClient::login(const QString &staffNo, const QString &password, Callback callback)
{
    request(QStringLiteral("login"),
            {{QStringLiteral("staffNo"), staffNo}, {QStringLiteral("password"), password}},
            [this, callback](const ClientReply &reply) {
                if (reply.ok) {
                    m_token = reply.result.value(QLatin1String("token")).toString();
                    m_staff = reply.result.value(QLatin1String("staff")).toObject();
                    m_drainBlocked = false;
                    // A counter could not subscribe before it had a session.
                    if (m_subscription && m_lastSeq < 0)
                        subscribeNow();
                    drainOutbox();
                    emit sessionStarted();
                }
                if (callback)
                    callback(reply);
            });
}

void HallClient::logout(Callback callback)
{
    request(QStringLiteral("logout"), {}, [this, callback](const ClientReply &reply) {
        m_token.clear();
        m_staff.reset();
        // The server ends a signed-out terminal's subscription; the next sign-in renews it.
        m_lastSeq = -1;
        if (callback)
            callback(reply);
    });
}

void HallClient::onResponse(const QJsonObject &frame)
{
    const QString id = frame.value(QLatin1String("id")).toString();
    const auto it = m_pending.find(id);
    if (it == m_pending.end())
        return; // a late answer to a request already failed as timed out
    Pending pending = std::move(it.value());
    m_pending.erase(it);

    ClientReply reply;
    reply.ok = frame.value(QLatin1String("ok")).toBool();
    reply.replayed = frame.value(QLatin1String("replayed")).toBool();
    if (reply.ok)
        reply.result = frame.value(QLatin1String("result")).toObject();
    else
        reply.error = ProtocolJson::errorFrom(frame.value(QLatin1String("error")).toObject());

    if (pending.outboxKey.isEmpty()) {
        if (pending.callback)
            pending.callback(reply);
        return;
    }
    m_inFlightKeys.remove(pending.outboxKey);
    if (!reply.ok && needsSession(reply.error.code())) {
        // Kept: it goes out once someone signs in again.
        if (!m_drainBlocked) {
            m_drainBlocked = true;
            m_lastSeq = -1; // the server ended the subscription with the session
            emit sessionLost(reply.error);
        }
        return;
    }
    if (!reply.ok && isTransient(reply.error.code())) {
        m_retryTimer.start(std::chrono::milliseconds(500));
        return;
    }
    const int before = m_outbox->size();
    m_outbox->remove(pending.outboxKey);
    const bool removed = m_outbox->size() < before;
    emit outboxChanged(m_outbox->size());
    emit outboxAnswered(pending.outboxKey, reply);
    if (const Callback callback = m_outboxCallbacks.take(pending.outboxKey))
        callback(reply);
    if (!removed) {
        // The store could not forget it (a full disk): it goes again with its key, which the
        // server answers from its log, but not in a tight loop.
        emit connectionProblem(tr("A confirmed change could not be removed from this "
                                  "terminal's store; trying again."));
        m_retryTimer.start(std::chrono::seconds(2));
        return;
    }
    drainOutbox();
}

void HallClient::requestSnapshot()
{
    if (!m_socket || m_snapshotRequested || m_lastSeq < 0)
        return;
    m_snapshotRequested = true;
    Pending pending;
    pending.callback = [this](const ClientReply &reply) {
        m_snapshotRequested = false;
        if (reply.ok) {
            m_lastSeq = qint64(reply.result.value(QLatin1String("seq")).toDouble());
            emit snapshotReceived(reply.result);
        }
    };
    sendRequest(QStringLiteral("snapshot"), {}, {}, std::move(pending));
}

void HallClient::onEvents(const QJsonObject &frame)
{
    const QJsonArray events = frame.value(QLatin1String("events")).toArray();
    applyEvents(events);
    // Whatever came before it applies first: a counter sees its window signed out.
    for (const QJsonValue &value : events) {
        const QJsonObject event = value.toObject();
        if (event.value(QLatin1String("kind")).toString() == QLatin1String("session_ended")) {
            onSessionEnded(event.value(QLatin1String("data")).toObject());
            return;
        }
    }
}

void HallClient::onSessionEnded(const QJsonObject &data)
{
    m_token.clear();
    m_staff.reset();
    m_lastSeq = -1; // the server ended the subscription with the session
    // The outbox keeps what is queued: it goes out once someone signs in again.
    m_drainBlocked = true;
    emit sessionLost(
        OperationError(OperationError::codeFromName(data.value(QLatin1String("code")).toString())));
}

void HallClient::applyEvents(const QJsonArray &events)
{
    if (m_lastSeq < 0 || m_snapshotRequested)
        return; // no base to apply them to; the coming snapshot covers them
    for (const QJsonValue &value : events) {
        const QJsonObject event = value.toObject();
        const qint64 seq = qint64(event.value(QLatin1String("seq")).toDouble());
        const QString kind = event.value(QLatin1String("kind")).toString();
        if (seq <= m_lastSeq)
            continue;
        if (seq != m_lastSeq + 1 || kind == QLatin1String("resync")) {
            // A gap (events were dropped for us) or a new day: start again from a snapshot.
            requestSnapshot();
            return;
        }
        m_lastSeq = seq;
        emit eventReceived(kind, event.value(QLatin1String("data")).toObject(), seq);
    }
}

} // namespace halldesk
