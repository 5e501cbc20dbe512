#pragma once

#include "domain/HallModel.h"
#include "pki/TerminalIdentity.h"
#include "server/ServerEvent.h"
#include "server/Subscription.h"
#include "server/TokenBucket.h"

#include <QJsonArray>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <optional>

class QWebSocket;

namespace halldesk {

struct SignedInStaff
{
    StaffMember staff;
    QString tokenHash;
    qint64 expiresAtMs = 0;
};

// One terminal's connection: who it is (certificate), who is signed in on it, its rate limit,
// its subscription and the events waiting to be written. Events are numbered per connection
// (1, 2, 3...) from the snapshot's sequence number on, so the terminal sees any gap.
class ClientConnection : public QObject
{
    Q_OBJECT

public:
    ClientConnection(QWebSocket *socket, TerminalIdentity identity, double rate, double burst,
                     qint64 maxPendingBytes, qint64 maxTextBytes, QObject *parent = nullptr);
    ~ClientConnection() override;

    const TerminalIdentity &identity() const { return m_identity; }
    QString peer() const;
    // The certificate the terminal presented when it was admitted: a pad's rating signatures
    // are checked against it.
    const QSslCertificate &certificate() const { return m_certificate; }
    void setCertificate(const QSslCertificate &certificate) { m_certificate = certificate; }

    const std::optional<SignedInStaff> &staff() const { return m_staff; }
    void setStaff(std::optional<SignedInStaff> staff) { m_staff = std::move(staff); }

    bool takeToken(qint64 nowMs) { return m_bucket.take(nowMs); }

    const Subscription &subscription() const { return m_subscription; }
    // The subscription takes effect with its snapshot: returns the sequence number the
    // snapshot carries; later events continue from it.
    qint64 activate(const Subscription &subscription);
    void deactivate();
    // An administrator ended this session (PROTOCOL.md §6.3.8): what is queued and a
    // `session_ended` event leave at once, then the session and the subscription end.
    void endSession();
    bool wants(const ServerEvent &event) const;
    void queueEvent(const ServerEvent &event);

    void sendFrame(const QByteArray &json);
    void close(int code, const QString &reason);

    qint64 eventsDropped() const { return m_dropped; }

signals:
    void frameReceived(const QByteArray &frame);
    // A binary message that starts like an UploadFrame.
    void uploadDataReceived(const QByteArray &message);
    void disconnected();

private:
    void flushEvents();
    void onText(const QString &message);
    void onBinary(const QByteArray &message);

    QWebSocket *m_socket;
    TerminalIdentity m_identity;
    QSslCertificate m_certificate;
    std::optional<SignedInStaff> m_staff;
    TokenBucket m_bucket;
    Subscription m_subscription;
    bool m_subscribed = false;
    qint64 m_seq = 0;
    qint64 m_maxPendingBytes;
    qint64 m_maxTextBytes;
    qint64 m_dropped = 0;
    QJsonArray m_pending;
    bool m_flushScheduled = false;
};

} // namespace halldesk
