#include "supervisor/AlertMonitor.h"

#include "clock/Clock.h"
#include "logging/HallDeskLogging.h"
#include "supervisor/HallMonitor.h"

#include <QSet>
#include <algorithm>

namespace halldesk {

namespace {

qint64 minutes(qint64 ms)
{
    return ms / 60000;
}

QString windowName(const MonitoredWindow &window)
{
    return window.name.isEmpty() ? QString::number(window.number) : window.name;
}

} // namespace

AlertMonitor::AlertMonitor(HallMonitor &hall, const Clock &clock, AlertThresholds thresholds,
                           QObject *parent)
    : QObject(parent)
    , m_hall(hall)
    , m_clock(clock)
    , m_thresholds(thresholds)
{
    connect(&m_timer, &QTimer::timeout, this, &AlertMonitor::check);
    connect(&m_hall, &HallMonitor::ratingReceived, this, &AlertMonitor::onRating);
}

AlertMonitor::~AlertMonitor() = default;

void AlertMonitor::start()
{
    check();
    m_timer.start(m_thresholds.checkInterval);
}

void AlertMonitor::setThresholds(const AlertThresholds &thresholds)
{
    const auto interval = m_thresholds.checkInterval;
    m_thresholds = thresholds;
    m_thresholds.checkInterval = interval;
    check();
}

void AlertMonitor::stop()
{
    m_timer.stop();
}

bool AlertMonitor::isEventAlert(HallAlert::Kind kind)
{
    return kind == HallAlert::Kind::BadRating;
}

QList<AlertMonitor::Condition> AlertMonitor::liveConditions() const
{
    QList<Condition> conditions;
    const qint64 now = m_hall.serverNowMs();
    QHash<QString, int> waiting;
    for (const QueueFigures &queue : m_hall.queues()) {
        waiting.insert(queue.code, queue.waiting);
        if (queue.waiting > 0 && queue.longestWaitMs > m_thresholds.longWait.count()) {
            HallAlert alert;
            alert.kind = HallAlert::Kind::LongWait;
            alert.queue = queue.code;
            alert.area = queue.area;
            alert.text = tr("%1: a citizen has been waiting for %n minute(s)", nullptr,
                            int(minutes(queue.longestWaitMs)))
                             .arg(queue.name.isEmpty() ? queue.code : queue.name);
            conditions.append({alert, QStringLiteral("wait/") + queue.code});
        }
    }
    for (int number : m_hall.windowNumbers()) {
        const MonitoredWindow *window = m_hall.window(number);
        if (!window)
            continue;
        HallAlert alert;
        alert.window = number;
        alert.area = window->area;
        const WindowStatus status = window->status();
        if (status == WindowStatus::Idle && window->idleSinceMs != 0 &&
            now - window->idleSinceMs >= m_thresholds.idleWithWaiting.count() &&
            std::any_of(window->queues.cbegin(), window->queues.cend(),
                        [&](const QString &queue) { return waiting.value(queue) > 0; })) {
            alert.kind = HallAlert::Kind::IdleWithWaiting;
            alert.text = tr("%1 has called nobody for %n minute(s) while citizens are waiting",
                            nullptr, int(minutes(now - window->idleSinceMs)))
                             .arg(windowName(*window));
            conditions.append(
                {alert, QStringLiteral("idle/%1/%2").arg(number).arg(window->idleSinceMs)});
        }
        if (status == WindowStatus::Serving && window->calledAtMs != 0 &&
            now - window->calledAtMs > m_thresholds.longService.count()) {
            alert.kind = HallAlert::Kind::LongService;
            alert.text = tr("%1 has been serving %2 for %n minute(s)", nullptr,
                            int(minutes(now - window->calledAtMs)))
                             .arg(windowName(*window), window->currentTicket);
            conditions.append(
                {alert, QStringLiteral("service/%1/%2").arg(number).arg(window->currentTicketId)});
        }
        if (status == WindowStatus::Offline && window->offlineSinceMs != 0 &&
            now - window->offlineSinceMs >= m_thresholds.offline.count()) {
            alert.kind = HallAlert::Kind::WindowOffline;
            alert.text = tr("The counter of %1 is disconnected while %2 is signed in")
                             .arg(windowName(*window), window->staffNo);
            conditions.append(
                {alert, QStringLiteral("offline/%1/%2").arg(number).arg(window->offlineSinceMs)});
        }
    }
    if (m_thresholds.overdueFollowUps) {
        const QHash<qint64, QJsonObject> overdue = m_hall.overdueFollowUps();
        for (auto it = overdue.cbegin(); it != overdue.cend(); ++it) {
            HallAlert alert;
            alert.kind = HallAlert::Kind::OverdueFollowUp;
            alert.window = it->value(QLatin1String("window")).toInt();
            alert.area = it->value(QLatin1String("area")).toString();
            alert.text = tr("The follow-up of the complaint about ticket %1 at window %2 is "
                            "overdue")
                             .arg(it->value(QLatin1String("ticketNumber")).toString())
                             .arg(alert.window);
            conditions.append({alert, QStringLiteral("followUp/%1").arg(it.key())});
        }
    }
    return conditions;
}

void AlertMonitor::check()
{
    const QList<Condition> conditions = liveConditions();
    QSet<QString> live;
    for (const Condition &condition : conditions)
        live.insert(condition.key);
    bool changed = false;
    for (auto it = m_active.begin(); it != m_active.end();) {
        if (isEventAlert(it->kind) || live.contains(it.key())) {
            ++it;
            continue;
        }
        const int id = it->id;
        it = m_active.erase(it);
        changed = true;
        emit alertCleared(id);
    }
    for (const Condition &condition : conditions) {
        if (!m_active.contains(condition.key)) {
            raise(condition.key, condition.alert);
            changed = true;
        }
    }
    if (changed)
        emit alertsChanged();
}

void AlertMonitor::onRating(const QString &action, const QJsonObject &rating)
{
    if (!m_thresholds.badRatings || action != QLatin1String("rated"))
        return;
    const QString level = rating.value(QLatin1String("level")).toString();
    if (level != QLatin1String("dissatisfied") && level != QLatin1String("very_dissatisfied"))
        return;
    HallAlert alert;
    alert.kind = HallAlert::Kind::BadRating;
    alert.window = rating.value(QLatin1String("window")).toInt();
    alert.area = rating.value(QLatin1String("area")).toString();
    alert.text = level == QLatin1String("very_dissatisfied")
                     ? tr("Window %1: ticket %2 was rated very dissatisfied")
                     : tr("Window %1: ticket %2 was rated dissatisfied");
    alert.text =
        alert.text.arg(alert.window).arg(rating.value(QLatin1String("ticketNumber")).toString());
    const QString key =
        QStringLiteral("rating/%1").arg(rating.value(QLatin1String("id")).toInteger());
    if (m_active.contains(key))
        return;
    raise(key, alert);
    emit alertsChanged();
}

void AlertMonitor::raise(const QString &key, HallAlert alert)
{
    alert.id = m_nextId++;
    alert.raisedAtMs = m_clock.nowMs();
    m_active.insert(key, alert);
    qCInfo(lcSupervisor) << "alert" << alert.id << "kind" << int(alert.kind) << "window"
                         << alert.window << "queue" << alert.queue;
    emit alertRaised(alert);
}

QList<HallAlert> AlertMonitor::activeAlerts() const
{
    QList<HallAlert> alerts = m_active.values();
    std::sort(alerts.begin(), alerts.end(),
              [](const HallAlert &a, const HallAlert &b) { return a.id < b.id; });
    return alerts;
}

int AlertMonitor::unacknowledged() const
{
    return int(std::count_if(m_active.cbegin(), m_active.cend(),
                             [](const HallAlert &alert) { return !alert.acknowledged; }));
}

bool AlertMonitor::acknowledge(int id)
{
    for (auto it = m_active.begin(); it != m_active.end(); ++it) {
        if (it->id != id)
            continue;
        // A 差评 has nothing that could end it but the supervisor's acknowledgement.
        if (isEventAlert(it->kind))
            m_active.erase(it);
        else
            it->acknowledged = true;
        emit alertsChanged();
        return true;
    }
    return false;
}

void AlertMonitor::acknowledgeAll()
{
    for (auto it = m_active.begin(); it != m_active.end();) {
        if (isEventAlert(it->kind)) {
            it = m_active.erase(it);
        } else {
            it->acknowledged = true;
            ++it;
        }
    }
    emit alertsChanged();
}

} // namespace halldesk
