#pragma once

#include "client/ClientOutbox.h"
#include "client/ClientReply.h"
#include "client/ReconnectBackoff.h"
#include "pki/TlsSettings.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QTimer>
#include <QUrl>
#include <functional>
#include <memory>
#include <optional>

class QWebSocket;

namespace halldesk {

struct HallClientSettings
{
    QUrl url; // wss://host:port
    TlsFiles tls;
    std::chrono::milliseconds initialBackoff{250};
    std::chrono::milliseconds maxBackoff{30000};
    // No answer for this long: the connection is taken as dead and made again.
    std::chrono::milliseconds requestTimeout{15000};
};

// A terminal's connection to the hall server, for every terminal program (PROTOCOL.md).
// It keeps itself connected (reconnecting with capped exponential backoff and jitter),
// resumes the staff session, subscribes and hands out the snapshot and the events that follow
// it, and asks for a new snapshot whenever it sees a gap in the sequence numbers. Changes
// (submit) go through an outbox: kept until the server confirms them, sent in order, with
// the same idempotency key on every attempt, so each happens exactly once. Headless: it
// needs only an event loop.
class HallClient : public QObject
{
    Q_OBJECT

public:
    enum class State
    {
        Offline,    // no connection; reconnecting after a delay unless stopped
        Connecting, // TLS and WebSocket handshake, waiting for the server's hello
        Syncing,    // connected: resuming the session and subscribing
        Ready,      // snapshot received (or nothing to subscribe to); outbox draining
    };
    Q_ENUM(State)

    using Callback = std::function<void(const ClientReply &)>;

    explicit HallClient(HallClientSettings settings, ClientOutbox *outbox = nullptr,
                        QObject *parent = nullptr);
    ~HallClient() override;

    // Returns false with a reason if the TLS files cannot be used.
    bool start(QString *error = nullptr);
    void stop();
    State state() const { return m_state; }
    QJsonObject terminal() const { return m_terminal; }

    // A read or a session operation: sent now, or answered at once with Offline.
    QString request(const QString &op, const QJsonObject &args = {}, Callback callback = {});
    // A change: stored in the outbox and sent when possible; the callback runs when the server
    // has answered (it is lost if the program ends first; outboxAnswered() reports all).
    // Returns the idempotency key, or an empty string if the outbox could not store it.
    QString submit(const QString &op, const QJsonObject &args = {}, Callback callback = {});

    void login(const QString &staffNo, const QString &password, Callback callback = {});
    void logout(Callback callback = {});
    QString sessionToken() const { return m_token; }
    void setSessionToken(const QString &token) { m_token = token; }
    std::optional<QJsonObject> signedInStaff() const { return m_staff; }

    // The subscribe arguments (PROTOCOL.md); applied now and after every reconnect.
    void setSubscription(const QJsonObject &subscription);
    qint64 lastSequence() const { return m_lastSeq; }
    // Starts again from a fresh snapshot (snapshotReceived), as after a gap: for a terminal
    // whose own guess about the state turned out wrong.
    void requestSnapshot();
    int pendingChanges() const { return m_outbox->size(); }
    // The changes not yet confirmed by the server, oldest first.
    QList<OutboxEntry> pendingEntries() const { return m_outbox->entries(); }
    // A binary message (an upload's data, PROTOCOL.md §11), sent at once; false unless the
    // connection is Ready. Not kept or repeated: the sender learns what arrived from the
    // server's acknowledgements.
    bool sendBinary(const QByteArray &message);
    // Bytes handed to the socket and not yet written to the network.
    qint64 bytesToWrite() const;
    // For tests: drop the connection as a network fault would.
    void abortConnectionForTesting();

signals:
    void stateChanged(halldesk::HallClient::State state);
    void snapshotReceived(const QJsonObject &snapshot);
    void eventReceived(const QString &kind, const QJsonObject &data, qint64 seq);
    // The session could not be resumed or was refused; sign in again to continue.
    void sessionLost(const halldesk::OperationError &error);
    void outboxAnswered(const QString &key, const halldesk::ClientReply &reply);
    void outboxChanged(int pending);
    void connectionProblem(const QString &description);
    // A staff session is on the connection now (login or resume succeeded).
    void sessionStarted();
    // A frame of a type HallClient does not handle itself (uploadAck).
    void frameReceived(const QString &type, const QJsonObject &frame);

private:
    struct Pending
    {
        QString op;
        Callback callback;
        QString outboxKey; // set for outbox entries
        qint64 sentAtMs = 0;
    };

    void connectNow();
    void setState(State state);
    void onConnected();
    void onDisconnected();
    void onFrame(const QString &text);
    void onHello(const QJsonObject &frame);
    void onResponse(const QJsonObject &frame);
    void onEvents(const QJsonObject &frame);
    void applyEvents(const QJsonArray &events);
    // An administrator ended the session (PROTOCOL.md §6.3.8).
    void onSessionEnded(const QJsonObject &data);
    void resumeSession();
    void subscribeNow();
    void becomeReady();
    void drainOutbox();
    void sendRequest(const QString &op, const QJsonObject &args, const QString &key,
                     Pending pending);
    void failPending(const OperationError &error);
    void scheduleReconnect();
    void checkTimeouts();

    HallClientSettings m_settings;
    std::unique_ptr<ClientOutbox> m_ownOutbox;
    ClientOutbox *m_outbox;
    std::unique_ptr<QWebSocket> m_socket;
    ReconnectBackoff m_backoff;
    QTimer m_reconnectTimer;
    QTimer m_timeoutTimer;
    QTimer m_retryTimer;
    State m_state = State::Offline;
    bool m_running = false;
    quint64 m_nextId = 0;
    QHash<QString, Pending> m_pending;
    QHash<QString, Callback> m_outboxCallbacks;
    QSet<QString> m_inFlightKeys;
    bool m_drainBlocked = false; // waiting for a sign-in before sending more changes
    QJsonObject m_terminal;
    QString m_token;
    std::optional<QJsonObject> m_staff;
    std::optional<QJsonObject> m_subscription;
    qint64 m_lastSeq = -1; // -1: no snapshot yet; events are ignored until one arrives
    bool m_snapshotRequested = false;
};

} // namespace halldesk
