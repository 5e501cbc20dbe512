#pragma once

#include "client/HallLayoutReader.h"
#include "supervisor/HallState.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>

namespace halldesk {

class Clock;
class HallClient;

// The supervisor console's live hall (大厅监控) without its widgets: every window's state,
// clerk, current ticket and figures, and every queue's and area's waiting, longest wait,
// estimate, served today and open windows, kept by push (PROTOCOL.md §6).
//
// Signing in is the caller's (HallClient::login with a supervisor's staff number). The monitor
// reads the hall layout on every connection, subscribes to every queue, to every window by
// number (so the snapshot carries each window's current ticket and its clerk's figures, §6.2),
// to the calls and to the ratings, and rebuilds everything from each snapshot: after a dropped
// connection, a server restart, a gap, or a new service day (`resync`, which HallClient turns
// into a snapshot). It also keeps the overdue follow-ups of 差评 (§12.7), read after each
// snapshot and updated by `followUp` events.
class HallMonitor : public QObject
{
    Q_OBJECT

public:
    // `client` must be a supervisor console's and outlive the monitor.
    HallMonitor(HallClient &client, const Clock &clock, QObject *parent = nullptr);
    ~HallMonitor() override;

    // Reads the layout and subscribes when the client is (or becomes) connected. The client is
    // started by the caller.
    void start();

    bool isOnline() const;
    bool hasLayout() const { return m_state.hasLayout(); }
    // Snapshots applied so far.
    int snapshots() const { return m_snapshots; }
    int serviceDay() const { return m_state.serviceDay(); }
    // The server's time now, as the console's clock and the last snapshot tell it.
    qint64 serverNowMs() const;

    QList<int> windowNumbers() const { return m_state.windowNumbers(); }
    // nullptr for a window the hall does not have. Valid until the next change.
    const MonitoredWindow *window(int number) const { return m_state.window(number); }
    QList<AreaWindows> windowsByArea() const { return m_state.windowsByArea(); }
    QList<QueueFigures> queues() const { return m_state.queues(serverNowMs()); }
    std::optional<QueueFigures> queue(const QString &code) const
    {
        return m_state.queue(code, serverNowMs());
    }
    QList<QueueFigures> areas() const { return m_state.areas(serverNowMs()); }
    // Follow-ups past their deadline (FollowUp objects, §12.7) by id.
    QHash<qint64, QJsonObject> overdueFollowUps() const { return m_overdue; }

    // What the client's signals deliver; public for tests and benchmarks that feed the
    // monitor without a server.
    void applyHall(const QJsonObject &hall);
    void applySnapshot(const QJsonObject &snapshot);
    void applyEvent(const QString &kind, const QJsonObject &data);
    void applyOverdueFollowUps(const QJsonArray &followUps);

signals:
    // Everything may have changed (a snapshot or a new layout): repaint the whole grid.
    void hallReset();
    void windowChanged(int number);
    // Queue and area figures changed (waiting, estimates, open windows, served).
    void queuesChanged();
    // `rating` and `followUp` events (§12.5), whole, as supervisors receive them.
    void ratingReceived(const QString &action, const QJsonObject &rating);
    void followUpReceived(const QString &action, const QJsonObject &followUp);
    void onlineChanged(bool online);

private:
    void subscribe();
    void readOverdueFollowUps();

    HallClient &m_client;
    const Clock &m_clock;
    HallLayoutReader m_layout;
    HallState m_state;
    QHash<qint64, QJsonObject> m_overdue;
    QJsonObject m_subscription;
    int m_snapshots = 0;
};

} // namespace halldesk
