#pragma once

#include "supervisor/HallAlert.h"

#include <QList>
#include <QWidget>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace halldesk {

class AlertMonitor;
class AlertRow;
class AlertSound;
class HallMonitor;

// The supervisor console's alerts: the AlertMonitor's active alerts, newest first, each to
// acknowledge (确认) or all at once (全部确认). A new alert sounds once; acknowledging it keeps
// it listed, quietly, until its condition ends.
class AlertsPanel : public QWidget
{
    Q_OBJECT

public:
    // `sound` may be null (a silent console) and must outlive the panel.
    AlertsPanel(AlertMonitor &alerts, const HallMonitor &hall, AlertSound *sound,
                QWidget *parent = nullptr);

    QList<AlertRow *> rows() const { return m_rows; }
    QPushButton *acknowledgeAllButton() const { return m_acknowledgeAll; }
    QString titleText() const;

    // Where an alert is, in words: the window and its area, the queue, or the area.
    QString placeOf(const HallAlert &alert) const;

private:
    void rebuild();
    void onRaised(const HallAlert &alert);

    AlertMonitor &m_alerts;
    const HallMonitor &m_hall;
    AlertSound *m_sound;
    QLabel *m_title = nullptr;
    QLabel *m_empty = nullptr;
    QPushButton *m_acknowledgeAll = nullptr;
    QVBoxLayout *m_list = nullptr;
    QList<AlertRow *> m_rows;
};

} // namespace halldesk
