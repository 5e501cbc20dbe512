#pragma once

#include "supervisor/MonitoredWindow.h"
#include "supervisor/QueueFigures.h"
#include "supervisor/WaitingTickets.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <optional>

namespace halldesk {

// The whole hall as a supervisor console knows it: the layout (`hall`, PROTOCOL.md §5.2), then a
// snapshot (§6.2) and the events that follow it (§6.3). No connection and no signals: HallMonitor
// feeds it and tells the screens what changed. Times are the server's.
class HallState
{
public:
    struct Change
    {
        QList<int> windows; // windows whose row in the grid changed
        bool queues = false;
    };

    void applyHall(const QJsonObject &hall);
    bool hasLayout() const { return !m_order.isEmpty(); }
    // Every window of the layout, by number.
    QList<int> windowNumbers() const { return m_order; }

    // Replaces everything the snapshot covers. `localNowMs` is the console's clock when it
    // arrived, to learn how far the server's clock is from it.
    void applySnapshot(const QJsonObject &snapshot, qint64 localNowMs);
    Change applyEvent(const QString &kind, const QJsonObject &data, qint64 serverNowMs);

    int serviceDay() const { return m_serviceDay; }
    // Server time minus the console's clock, as of the last snapshot.
    qint64 serverOffsetMs() const { return m_offsetMs; }

    const MonitoredWindow *window(int number) const;
    QList<AreaWindows> windowsByArea() const { return m_areas; }
    // By code; longest waits as of `serverNowMs`.
    QList<QueueFigures> queues(qint64 serverNowMs) const;
    std::optional<QueueFigures> queue(const QString &code, qint64 serverNowMs) const;
    // In the hall's order.
    QList<QueueFigures> areas(qint64 serverNowMs) const;

private:
    struct ClerkFigures
    {
        int served = 0;
        qint64 averageServiceMs = 0;
    };

    void applyWindow(MonitoredWindow &window, const QJsonObject &data, qint64 serverNowMs);
    void applyQueueStatus(const QJsonObject &status);
    Change applyTicket(const QJsonObject &data, qint64 serverNowMs);
    void startServing(MonitoredWindow &window, const QJsonObject &ticket);
    void stopServing(MonitoredWindow &window, qint64 atMs);
    void countFinish(MonitoredWindow &window, const QJsonObject &ticket);
    QueueFigures withLiveWait(QueueFigures figures, qint64 serverNowMs) const;

    QList<int> m_order;
    QList<AreaWindows> m_areas;
    QHash<int, MonitoredWindow> m_windows;
    QHash<QString, QueueFigures> m_queues;
    WaitingTickets m_waiting;
    QHash<qint64, int> m_serving;                // ticket id → the window serving it
    QHash<QString, ClerkFigures> m_clerkFigures; // staffNo → today's figures as last known
    int m_serviceDay = 0;
    qint64 m_offsetMs = 0;
};

} // namespace halldesk
