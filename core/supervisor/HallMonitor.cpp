#include "supervisor/HallMonitor.h"

#include "client/HallClient.h"
#include "clock/Clock.h"
#include "logging/HallDeskLogging.h"

#include <QJsonArray>
#include <QPointer>

namespace halldesk {

HallMonitor::HallMonitor(HallClient &client, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_clock(clock)
    , m_layout(client)
{
    connect(&m_client, &HallClient::snapshotReceived, this, &HallMonitor::applySnapshot);
    connect(
        &m_client, &HallClient::eventReceived, this,
        [this](const QString &kind, const QJsonObject &data, qint64) { applyEvent(kind, data); });
    connect(&m_layout, &HallLayoutReader::layoutRead, this, &HallMonitor::applyHall);
    connect(&m_layout, &HallLayoutReader::onlineChanged, this, &HallMonitor::onlineChanged);
}

HallMonitor::~HallMonitor() = default;

void HallMonitor::start()
{
    m_layout.start();
}

bool HallMonitor::isOnline() const
{
    return m_client.state() == HallClient::State::Ready;
}

qint64 HallMonitor::serverNowMs() const
{
    return m_clock.nowMs() + m_state.serverOffsetMs();
}

void HallMonitor::applyHall(const QJsonObject &hall)
{
    m_state.applyHall(hall);
    qCDebug(lcSupervisor) << "hall layout:" << m_state.windowNumbers().size() << "windows";
    emit hallReset();
    subscribe();
}

void HallMonitor::subscribe()
{
    // Windows by number, not "*": only then does the snapshot carry each window's current
    // ticket with its call time and its clerk's figures (§6.2).
    QJsonArray windows;
    for (int number : m_state.windowNumbers())
        windows.append(number);
    const QJsonObject subscription{{QStringLiteral("queues"), QJsonArray{QStringLiteral("*")}},
                                   {QStringLiteral("windows"), windows},
                                   {QStringLiteral("calls"), true},
                                   {QStringLiteral("ratings"), true}};
    // HallClient subscribes again by itself after every reconnect; a new subscription is only
    // needed when the hall has other windows.
    if (subscription == m_subscription)
        return;
    m_subscription = subscription;
    m_client.setSubscription(subscription);
}

void HallMonitor::applySnapshot(const QJsonObject &snapshot)
{
    ++m_snapshots;
    m_state.applySnapshot(snapshot, m_clock.nowMs());
    qCDebug(lcSupervisor) << "snapshot of day" << m_state.serviceDay();
    emit hallReset();
    emit queuesChanged();
    readOverdueFollowUps();
}

void HallMonitor::applyEvent(const QString &kind, const QJsonObject &data)
{
    if (kind == QLatin1String("rating")) {
        emit ratingReceived(data.value(QLatin1String("action")).toString(),
                            data.value(QLatin1String("rating")).toObject());
        return;
    }
    if (kind == QLatin1String("followUp")) {
        const QJsonObject followUp = data.value(QLatin1String("followUp")).toObject();
        const qint64 id = followUp.value(QLatin1String("id")).toInteger();
        if (followUp.value(QLatin1String("overdue")).toBool())
            m_overdue.insert(id, followUp);
        else
            m_overdue.remove(id);
        emit followUpReceived(data.value(QLatin1String("action")).toString(), followUp);
        return;
    }
    const HallState::Change change = m_state.applyEvent(kind, data, serverNowMs());
    for (int number : change.windows)
        emit windowChanged(number);
    if (change.queues)
        emit queuesChanged();
}

void HallMonitor::readOverdueFollowUps()
{
    // Overdue is a matter of dates: it changes with the day, which a snapshot follows.
    if (!m_client.signedInStaff())
        return;
    m_client.request(
        QStringLiteral("followUps"), {{QStringLiteral("overdue"), true}},
        [self = QPointer<HallMonitor>(this)](const ClientReply &reply) {
            if (!self)
                return;
            if (!reply.ok) {
                qCWarning(lcSupervisor).noquote()
                    << "The overdue follow-ups could not be read:" << reply.error.message();
                return;
            }
            self->applyOverdueFollowUps(reply.result.value(QLatin1String("followUps")).toArray());
        });
}

void HallMonitor::applyOverdueFollowUps(const QJsonArray &followUps)
{
    m_overdue.clear();
    for (const QJsonValue &value : followUps) {
        const QJsonObject followUp = value.toObject();
        m_overdue.insert(followUp.value(QLatin1String("id")).toInteger(), followUp);
    }
}

} // namespace halldesk
