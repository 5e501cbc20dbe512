#pragma once

#include <QTimer>
#include <QWidget>

class QCheckBox;
class QComboBox;

namespace halldesk {

class AlertMonitor;
class AlertSound;
class AlertsPanel;
class Clock;
class HallMonitor;
class QueueTableModel;
class QueuesPanel;
class SupervisorStatusLine;
class WindowGrid;
class WindowGridModel;

// The supervisor console's one screen (1920×1080): the hall's windows grouped by area on the
// left (scrolling), the queues and the alerts on the right, the status line at the bottom.
class SupervisorScreen : public QWidget
{
    Q_OBJECT

public:
    SupervisorScreen(HallMonitor &hall, AlertMonitor &alerts, WindowGridModel &windows,
                     QueueTableModel &queues, AlertSound *sound, const Clock &clock,
                     QWidget *parent = nullptr);

    WindowGrid *grid() const { return m_grid; }
    QComboBox *areaChoice() const { return m_areaChoice; }
    QCheckBox *signedInOnly() const { return m_signedInOnly; }
    QueuesPanel *queuesPanel() const { return m_queues; }
    AlertsPanel *alertsPanel() const { return m_alerts; }
    SupervisorStatusLine *statusLine() const { return m_status; }

    // What the one-second timer does: service times, longest waits and the clock move on.
    void tick();

private:
    void fillAreaChoice();

    WindowGridModel &m_windowModel;
    QueueTableModel &m_queueModel;
    WindowGrid *m_grid = nullptr;
    QComboBox *m_areaChoice = nullptr;
    QCheckBox *m_signedInOnly = nullptr;
    QueuesPanel *m_queues = nullptr;
    AlertsPanel *m_alerts = nullptr;
    SupervisorStatusLine *m_status = nullptr;
    QTimer m_ticker;
};

} // namespace halldesk
