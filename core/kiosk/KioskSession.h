#pragma once

#include "client/HallLayoutReader.h"
#include "domain/OperationError.h"
#include "kiosk/KioskHall.h"
#include "kiosk/KioskRequest.h"
#include "kiosk/KioskTicket.h"

#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <QString>

namespace halldesk {

class ClientOutbox;
class ClientReply;
class Clock;
class HallClient;

// The ticket kiosk (取号机) without its widgets. It keeps the hall's queues and their live
// figures, and issues one ticket at a time through the client's outbox: a request that was
// sent stays there with its idempotency key until the server answers, so a dropped connection
// or a restarted kiosk yields that same ticket (reported as recovered) and never a second one.
// While offline it issues nothing: the citizen is told at once instead of waiting for a
// ticket that may come much later.
class KioskSession : public QObject
{
    Q_OBJECT

public:
    // A request older than this when the kiosk starts again is dropped from the outbox: the
    // citizen has gone, and a slip printed now would be picked up by someone else.
    static constexpr qint64 StaleRequestMs = 10 * 60 * 1000;

    // `client` must be a kiosk's (certificate OU kiosk) and outlive the session.
    KioskSession(HallClient &client, const Clock &clock, QObject *parent = nullptr);
    ~KioskSession() override;

    // Before the client starts: forgets stale ticket requests of an earlier run and remembers
    // the others, whose answers are then reported by ticketRecovered. Returns how many were
    // dropped.
    static int dropStaleRequests(ClientOutbox &outbox, qint64 nowMs);

    bool start(QString *error = nullptr);
    bool isOnline() const;
    const KioskHall &hall() const { return m_hall; }
    // The priority groups the hall offers (hallSettings, PROTOCOL.md §5.35), in the order of
    // PriorityGroupNames::groups(); every group until the server has said otherwise.
    QStringList offeredPriorityGroups() const;

    // A request is on its way and unanswered: the kiosk takes no other.
    bool isBusy() const { return !m_pendingKey.isEmpty(); }
    // Checks the request (the resident ID's check digit, the queue) and sends it. False, with
    // nothing sent and `why` set, if it is wrong, the kiosk is offline or busy, or the request
    // could not be stored.
    bool request(const KioskRequest &request, OperationError *why);

signals:
    void onlineChanged(bool online);
    void hallChanged();
    void priorityGroupsChanged();
    void busyChanged(bool busy);
    // The answer to this run's request.
    void ticketIssued(const halldesk::KioskTicket &ticket);
    void requestFailed(const halldesk::OperationError &error);
    // The answer to a request sent before the kiosk was restarted.
    void ticketRecovered(const halldesk::KioskTicket &ticket);

private:
    void onSnapshot(const QJsonObject &snapshot);
    void readSettings();
    void applySettings(const QJsonObject &settings);
    void onEvent(const QString &kind, const QJsonObject &data);
    void onAnswered(const QString &key, const ClientReply &reply);
    KioskTicket ticketFrom(const QJsonObject &result, const QJsonObject &args) const;
    bool fail(OperationError *why, ErrorCode code, const QString &detail = {}) const;

    HallClient &m_client;
    const Clock &m_clock;
    HallLayoutReader m_layout;
    KioskHall m_hall;
    QSet<QString> m_disabledGroups;
    QString m_pendingKey;
    QSet<QString> m_earlierKeys;  // requests of an earlier run still in the outbox
    QSet<QString> m_answeredKeys; // answered already: an answer heard twice prints once
    QHash<QString, QJsonObject> m_argsOfKey;
};

} // namespace halldesk
