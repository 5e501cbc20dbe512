#include "board/BoardSession.h"

#include "client/HallClient.h"
#include "clock/Clock.h"
#include "logging/HallDeskLogging.h"

#include <QJsonArray>

namespace halldesk {

BoardSession::BoardSession(HallClient &client, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_clock(clock)
    , m_layout(client)
{
    connect(&m_client, &HallClient::snapshotReceived, this, &BoardSession::onSnapshot);
    connect(&m_client, &HallClient::eventReceived, this,
            [this](const QString &kind, const QJsonObject &data, qint64) { onEvent(kind, data); });
    connect(&m_layout, &HallLayoutReader::layoutRead, this, &BoardSession::applyHall);
    connect(&m_layout, &HallLayoutReader::onlineChanged, this, &BoardSession::onlineChanged);
}

BoardSession::~BoardSession() = default;

bool BoardSession::start(QString *error)
{
    m_client.setSubscription({{QStringLiteral("calls"), true},
                              {QStringLiteral("queues"), QJsonArray{QStringLiteral("*")}},
                              {QStringLiteral("windows"), QJsonArray{QStringLiteral("*")}}});
    return m_client.start(error);
}

bool BoardSession::isOnline() const
{
    return m_client.state() == HallClient::State::Ready;
}

int BoardSession::totalWaiting() const
{
    int total = 0;
    for (const BoardArea &area : m_areas)
        total += area.waiting;
    return total;
}

void BoardSession::applyHall(const QJsonObject &hall)
{
    m_areas.clear();
    m_areaOfQueue.clear();
    for (const QJsonValue &value : hall.value(QLatin1String("areas")).toArray()) {
        const QJsonObject area = value.toObject();
        m_areas.append({area.value(QLatin1String("code")).toString(),
                        area.value(QLatin1String("name")).toString(),
                        area.value(QLatin1String("letter")).toString(), 0});
    }
    for (const QJsonValue &value : hall.value(QLatin1String("queues")).toArray()) {
        const QJsonObject queue = value.toObject();
        m_areaOfQueue.insert(queue.value(QLatin1String("code")).toString(),
                             queue.value(QLatin1String("area")).toString());
    }
    for (const QJsonValue &value : hall.value(QLatin1String("windows")).toArray()) {
        const QJsonObject window = value.toObject();
        m_windowNames.insert(window.value(QLatin1String("number")).toInt(),
                             window.value(QLatin1String("name")).toString());
    }
    bool named = false;
    for (BoardCall &call : m_calls) {
        if (call.windowName.isEmpty() && m_windowNames.contains(call.window)) {
            call.windowName = m_windowNames.value(call.window);
            named = true;
        }
    }
    qCDebug(lcBoard) << "hall layout:" << m_areas.size() << "areas," << m_areaOfQueue.size()
                     << "queues";
    recount();
    if (named)
        emit callsChanged();
}

BoardCall BoardSession::callFrom(const QJsonObject &data) const
{
    BoardCall call;
    call.number = data.value(QLatin1String("number")).toString();
    call.ticketId = data.value(QLatin1String("ticketId")).toInteger();
    call.queue = data.value(QLatin1String("queue")).toString();
    call.window = data.value(QLatin1String("window")).toInt();
    call.windowName = m_windowNames.value(call.window);
    call.recall = data.value(QLatin1String("recall")).toInt();
    call.atMs = data.value(QLatin1String("atMs")).toInteger();
    call.announcement = data.value(QLatin1String("announcement")).toString();
    return call;
}

void BoardSession::onSnapshot(const QJsonObject &snapshot)
{
    ++m_snapshots;
    const int day = snapshot.value(QLatin1String("serviceDay")).toInt();
    const bool newDay = day != m_serviceDay;
    m_serviceDay = day;

    for (const QJsonValue &value : snapshot.value(QLatin1String("windows")).toArray()) {
        const QJsonObject window = value.toObject();
        const QString name = window.value(QLatin1String("name")).toString();
        if (!name.isEmpty())
            m_windowNames.insert(window.value(QLatin1String("number")).toInt(), name);
    }

    // The server keeps its recent calls in memory only: after a restart on the same day it has
    // none, and the calls the board already shows are still the hall's latest. A new day (or
    // a server that does know its calls) replaces them.
    const QJsonArray recent = snapshot.value(QLatin1String("recentCalls")).toArray();
    if (!recent.isEmpty() || newDay) {
        QList<BoardCall> calls;
        QSet<qint64> seen;
        for (const QJsonValue &value : recent) {
            const BoardCall call = callFrom(value.toObject());
            if (seen.contains(call.ticketId))
                continue; // an older call of a ticket recalled since
            seen.insert(call.ticketId);
            calls.append(call);
            if (calls.size() == MaxCalls)
                break;
        }
        m_calls = calls;
    }
    emit callsChanged();

    m_waiting.clear();
    for (const QJsonValue &value : snapshot.value(QLatin1String("queues")).toArray()) {
        const QJsonObject queue = value.toObject();
        m_waiting.insert(queue.value(QLatin1String("queue")).toString(),
                         queue.value(QLatin1String("waiting")).toInt());
    }
    recount();
    qCDebug(lcBoard) << "snapshot of day" << day << "with" << recent.size() << "recent calls";
}

void BoardSession::onEvent(const QString &kind, const QJsonObject &data)
{
    if (kind == QLatin1String("call")) {
        BoardCall call = callFrom(data);
        call.receivedAtMs = m_clock.nowMs();
        // A ticket shown already (a recall, or called again after a hold) moves to the top.
        bool shownBefore = false;
        for (qsizetype i = 0; i < m_calls.size(); ++i) {
            if (m_calls.at(i).ticketId == call.ticketId) {
                m_calls.removeAt(i);
                shownBefore = true;
                break;
            }
        }
        m_calls.prepend(call);
        while (m_calls.size() > MaxCalls)
            m_calls.removeLast();
        emit callsChanged();
        emit called(call, call.isRecall() || shownBefore);
    } else if (kind == QLatin1String("queue")) {
        applyQueue(data);
    } else if (kind == QLatin1String("window")) {
        const QString name = data.value(QLatin1String("name")).toString();
        if (!name.isEmpty())
            m_windowNames.insert(data.value(QLatin1String("number")).toInt(), name);
    }
}

void BoardSession::applyQueue(const QJsonObject &status)
{
    m_waiting.insert(status.value(QLatin1String("queue")).toString(),
                     status.value(QLatin1String("waiting")).toInt());
    recount();
}

void BoardSession::recount()
{
    QHash<QString, int> perArea;
    for (auto it = m_waiting.cbegin(); it != m_waiting.cend(); ++it)
        perArea[m_areaOfQueue.value(it.key())] += it.value();
    for (BoardArea &area : m_areas)
        area.waiting = perArea.value(area.code);
    emit areasChanged();
}

} // namespace halldesk
