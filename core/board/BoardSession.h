#pragma once

#include "client/HallLayoutReader.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QSet>
#include <QString>

namespace halldesk {

class Clock;
class HallClient;

// One call as the board shows it: the `call` event of PROTOCOL.md §6.3.2.
struct BoardCall
{
    QString number; // "A023"
    qint64 ticketId = 0;
    QString queue;
    int window = 0;
    QString windowName; // the hall's name of the window ("15号窗口"); "" if not known
    int recall = 0;     // the ticket's recall count: 0 for the first call
    qint64 atMs = 0;    // server time of the call
    QString announcement;
    qint64 receivedAtMs = 0; // local clock: when the board learnt of it (0: from a snapshot)

    bool isRecall() const { return recall > 0; }
};

// The waiting citizens of one business area: the sum of `waiting` over its queues.
struct BoardArea
{
    QString code;
    QString name;   // "综合受理"
    QString letter; // "A"
    int waiting = 0;
};

// The hall board (综合屏) without its widgets. It watches every call, queue and window of the
// hall, live by push: the latest calls (newest first, each ticket once, a recall moved to the
// top again) and the citizens waiting per area. After a reconnect or a new service day it
// rebuilds from the fresh snapshot; calls that come with a snapshot are shown but never
// reported as new, so the board does not announce old calls again.
class BoardSession : public QObject
{
    Q_OBJECT

public:
    // The calls kept (and shown) at most.
    static constexpr int MaxCalls = 10;

    // `client` must be a board's (certificate OU board) and outlive the session.
    BoardSession(HallClient &client, const Clock &clock, QObject *parent = nullptr);
    ~BoardSession() override;

    // Subscribes to the calls, every queue and every window and starts the connection; false
    // with a reason if the client cannot start.
    bool start(QString *error = nullptr);

    bool isOnline() const;
    // Newest first, at most MaxCalls, each ticket once.
    QList<BoardCall> recentCalls() const { return m_calls; }
    // In the hall's order (by letter); empty until the hall layout is known.
    QList<BoardArea> areas() const { return m_areas; }
    int totalWaiting() const;
    // The service day of the last snapshot (20261128), 0 before.
    int serviceDay() const { return m_serviceDay; }
    // Snapshots taken so far (the first, and one after every reconnect, gap or new day).
    int snapshots() const { return m_snapshots; }

signals:
    // A call that happened just now (never one from a snapshot): show it and say it.
    void called(const halldesk::BoardCall &call, bool recall);
    void callsChanged();
    void areasChanged();
    void onlineChanged(bool online);

private:
    void onSnapshot(const QJsonObject &snapshot);
    void onEvent(const QString &kind, const QJsonObject &data);
    void applyHall(const QJsonObject &hall);
    void applyQueue(const QJsonObject &status);
    BoardCall callFrom(const QJsonObject &data) const;
    void recount();

    HallClient &m_client;
    const Clock &m_clock;
    HallLayoutReader m_layout;
    QList<BoardCall> m_calls;
    QList<BoardArea> m_areas;
    QHash<QString, QString> m_areaOfQueue; // queue code → area code
    QHash<QString, int> m_waiting;         // queue code → waiting
    QHash<int, QString> m_windowNames;     // window number → its name
    int m_serviceDay = 0;
    int m_snapshots = 0;
};

} // namespace halldesk

Q_DECLARE_METATYPE(halldesk::BoardCall)
