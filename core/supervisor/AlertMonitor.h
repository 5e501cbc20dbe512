#pragma once

#include "supervisor/AlertThresholds.h"
#include "supervisor/HallAlert.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QTimer>

namespace halldesk {

class Clock;
class HallMonitor;

// Watches the hall through a HallMonitor and raises alerts for what needs a supervisor: long
// waits, idle windows while citizens wait, long services, disconnected counters, 差评 and
// overdue follow-ups (AlertThresholds).
//
// A live condition raises one alert when it starts and keeps it while it lasts (checked every
// `checkInterval` by a timer, or by check()); the alert goes when the condition ends, and a
// condition that comes back raises a new one. A 差评 raises its alert when the rating arrives;
// it stays until acknowledged. Acknowledging a live condition's alert keeps it listed (muted)
// until the condition ends.
class AlertMonitor : public QObject
{
    Q_OBJECT

public:
    AlertMonitor(HallMonitor &hall, const Clock &clock, AlertThresholds thresholds = {},
                 QObject *parent = nullptr);
    ~AlertMonitor() override;

    // Checks now and then every thresholds.checkInterval.
    void start();
    void stop();
    // Looks at every live condition now.
    void check();

    const AlertThresholds &thresholds() const { return m_thresholds; }
    // The hall's thresholds (hallSettings, PROTOCOL.md §5.35), applied at once: live
    // conditions are looked at again. The check interval stays this console's own.
    void setThresholds(const AlertThresholds &thresholds);
    // Oldest first.
    QList<HallAlert> activeAlerts() const;
    int unacknowledged() const;
    // False if there is no such active alert.
    bool acknowledge(int id);
    void acknowledgeAll();

signals:
    // A new alert: show it and sound it.
    void alertRaised(const halldesk::HallAlert &alert);
    void alertCleared(int id);
    void alertsChanged();

private:
    struct Condition
    {
        HallAlert alert; // without id and raisedAtMs
        QString key;
    };

    QList<Condition> liveConditions() const;
    void onRating(const QString &action, const QJsonObject &rating);
    void raise(const QString &key, HallAlert alert);
    static bool isEventAlert(HallAlert::Kind kind);

    HallMonitor &m_hall;
    const Clock &m_clock;
    AlertThresholds m_thresholds;
    QTimer m_timer;
    QHash<QString, HallAlert> m_active; // condition key → its alert
    int m_nextId = 1;
};

} // namespace halldesk
