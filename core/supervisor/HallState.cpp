#include "supervisor/HallState.h"

#include "counter/HallLayout.h"

#include <QJsonArray>
#include <algorithm>

namespace halldesk {

namespace {

QString text(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

qint64 integer(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toInteger();
}

QJsonArray list(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toArray();
}

bool isWaitingInLine(const QJsonObject &ticket, int serviceDay)
{
    // As the server counts `waiting` (§9.3): today's, not reserved for a window.
    return text(ticket, "status") == QLatin1String("waiting") &&
           integer(ticket, "targetWindow") == 0 && integer(ticket, "serviceDay") == serviceDay;
}

} // namespace

void HallState::applyHall(const QJsonObject &hall)
{
    const HallLayout layout = HallLayout::fromJson(hall);
    m_areas.clear();
    QHash<QString, qsizetype> areaIndex;
    for (const HallArea &area : layout.areas()) {
        areaIndex.insert(area.code, m_areas.size());
        m_areas.append({area.code, area.name, area.letter, {}});
    }
    m_queues.clear();
    for (const HallQueue &queue : layout.queues())
        m_queues.insert(queue.code, QueueFigures{queue.code, queue.name, queue.area});
    m_order.clear();
    QHash<int, MonitoredWindow> windows;
    for (const HallWindow &place : layout.windows()) {
        // What is live about a window survives a new layout; only its place in it is new.
        MonitoredWindow window = m_windows.value(place.number);
        window.number = place.number;
        window.name = place.name;
        window.area = place.area;
        window.queues.clear();
        for (const HallWindowQueue &served : place.queues)
            window.queues << served.queue;
        windows.insert(place.number, window);
        m_order << place.number;
        if (const auto index = areaIndex.value(window.area, -1); index >= 0)
            m_areas[index].windows << place.number;
    }
    m_windows = windows;
}

void HallState::applySnapshot(const QJsonObject &snapshot, qint64 localNowMs)
{
    const qint64 serverNowMs = integer(snapshot, "serverTimeMs");
    m_offsetMs = serverNowMs - localNowMs;
    const int day = int(integer(snapshot, "serviceDay"));
    const bool sameDay = day == m_serviceDay;
    m_serviceDay = day;

    for (QueueFigures &queue : m_queues)
        queue = QueueFigures{queue.code, queue.name, queue.area};
    m_waiting.clear();
    for (const QJsonValue &value : list(snapshot, "queues")) {
        const QJsonObject status = value.toObject();
        applyQueueStatus(status);
        for (const QJsonValue &ticket : list(status, "tickets")) {
            const QJsonObject t = ticket.toObject();
            if (isWaitingInLine(t, day))
                m_waiting.set(integer(t, "id"), text(t, "queue"), integer(t, "issuedAtMs"));
        }
    }

    const QHash<int, MonitoredWindow> before = m_windows;
    m_serving.clear();
    if (!sameDay)
        m_clerkFigures.clear();
    for (MonitoredWindow &window : m_windows) {
        MonitoredWindow fresh;
        fresh.number = window.number;
        fresh.name = window.name;
        fresh.area = window.area;
        fresh.queues = window.queues;
        window = fresh;
    }
    for (const QJsonValue &value : list(snapshot, "windows")) {
        const QJsonObject data = value.toObject();
        const int number = int(integer(data, "number"));
        MonitoredWindow &window = m_windows[number];
        window.number = number;
        if (window.area.isEmpty())
            window.area = text(data, "area");
        applyWindow(window, data, serverNowMs);
        window.currentTicket = text(data, "currentTicket");
        window.currentTicketId = integer(data, "currentTicketId");
        if (window.currentTicketId != 0) {
            m_serving.insert(window.currentTicketId, number);
            window.idleSinceMs = 0;
        }
        // The snapshot does not say since when a window is idle or offline: keep what was seen
        // before it (a reconnect), else count from now rather than raise a false alarm.
        const MonitoredWindow old = before.value(number);
        if (window.idleSinceMs != 0 && old.idleSinceMs != 0 && old.staffNo == window.staffNo)
            window.idleSinceMs = old.idleSinceMs;
        else if (window.idleSinceMs != 0)
            window.idleSinceMs = std::max(window.stateSinceMs, serverNowMs);
        if (!window.online)
            window.offlineSinceMs = old.offlineSinceMs != 0 ? old.offlineSinceMs : serverNowMs;
    }
    for (const QJsonValue &value : list(snapshot, "tickets")) {
        const QJsonObject ticket = value.toObject();
        if (text(ticket, "status") != QLatin1String("called"))
            continue;
        const auto it = m_windows.find(int(integer(ticket, "window")));
        if (it != m_windows.end() && it->currentTicketId == integer(ticket, "id"))
            it->calledAtMs = integer(ticket, "calledAtMs");
    }
    for (const QJsonValue &value : list(snapshot, "figures")) {
        const QJsonObject figures = value.toObject();
        const auto it = m_windows.find(int(integer(figures, "window")));
        const QString staffNo = text(figures, "staffNo");
        if (it == m_windows.end() || staffNo.isEmpty())
            continue;
        it->served = int(integer(figures, "served"));
        it->averageServiceMs = integer(figures, "averageServiceMs");
        m_clerkFigures.insert(staffNo, {it->served, it->averageServiceMs});
    }
}

void HallState::applyWindow(MonitoredWindow &window, const QJsonObject &data, qint64 serverNowMs)
{
    const QString staffNo = text(data, "staffNo");
    if (staffNo != window.staffNo) {
        // Another clerk: their own figures, as far as the console has seen them today.
        const ClerkFigures figures = m_clerkFigures.value(staffNo);
        window.served = figures.served;
        window.averageServiceMs = figures.averageServiceMs;
    }
    if (!text(data, "name").isEmpty())
        window.name = text(data, "name");
    window.state = text(data, "state");
    window.staffNo = staffNo;
    window.staffName = text(data, "staffName");
    window.stateSinceMs = integer(data, "stateSinceMs");
    window.pauseReason = text(data, "pauseReason");
    const QJsonValue online = data.value(QLatin1String("online"));
    const bool nowOnline = online.isBool() ? online.toBool() : true;
    if (window.online && !nowOnline)
        window.offlineSinceMs = serverNowMs;
    else if (nowOnline)
        window.offlineSinceMs = 0;
    window.online = nowOnline;
    if (!window.isSignedIn() && window.currentTicketId != 0) {
        m_serving.remove(window.currentTicketId);
        window.currentTicket.clear();
        window.currentTicketId = 0;
        window.calledAtMs = 0;
    }
    if (window.state != QLatin1String("open"))
        window.idleSinceMs = 0;
    else if (window.currentTicketId == 0 && window.idleSinceMs == 0)
        window.idleSinceMs = std::max(window.stateSinceMs, qint64(1));
}

void HallState::applyQueueStatus(const QJsonObject &status)
{
    QueueFigures &queue = m_queues[text(status, "queue")];
    queue.code = text(status, "queue");
    queue.waiting = int(integer(status, "waiting"));
    queue.longestWaitMs = integer(status, "longestWaitMs");
    queue.estimatedWaitSeconds = int(integer(status, "estimatedWaitSeconds"));
    queue.openWindows = int(integer(status, "openWindows"));
    queue.servedToday = int(integer(status, "servedToday"));
}

HallState::Change HallState::applyEvent(const QString &kind, const QJsonObject &data,
                                        qint64 serverNowMs)
{
    Change change;
    if (kind == QLatin1String("ticket")) {
        change = applyTicket(data, serverNowMs);
    } else if (kind == QLatin1String("queue")) {
        applyQueueStatus(data);
        change.queues = true;
    } else if (kind == QLatin1String("window")) {
        const int number = int(integer(data, "number"));
        MonitoredWindow &window = m_windows[number];
        window.number = number;
        applyWindow(window, data, serverNowMs);
        change.windows << number;
        // A window opening, pausing or leaving changes what its areas have open.
        change.queues = true;
    }
    return change;
}

HallState::Change HallState::applyTicket(const QJsonObject &data, qint64 serverNowMs)
{
    Change change;
    const QJsonObject ticket = data.value(QLatin1String("ticket")).toObject();
    const qint64 id = integer(ticket, "id");
    change.queues = isWaitingInLine(ticket, m_serviceDay)
                        ? m_waiting.set(id, text(ticket, "queue"), integer(ticket, "issuedAtMs"))
                        : m_waiting.remove(id);

    const bool called = text(ticket, "status") == QLatin1String("called");
    const int at = int(integer(ticket, "window"));
    const int before = m_serving.value(id, 0);
    if (before != 0 && (!called || at != before)) {
        auto it = m_windows.find(before);
        if (it != m_windows.end()) {
            if (text(data, "action") == QLatin1String("finish"))
                countFinish(*it, ticket);
            const qint64 finishedAtMs = integer(ticket, "finishedAtMs");
            stopServing(*it, finishedAtMs != 0 ? finishedAtMs : serverNowMs);
            change.windows << before;
        }
    }
    if (called && at != 0) {
        MonitoredWindow &window = m_windows[at];
        window.number = at;
        startServing(window, ticket);
        if (!change.windows.contains(at))
            change.windows << at;
    }
    return change;
}

void HallState::startServing(MonitoredWindow &window, const QJsonObject &ticket)
{
    if (window.currentTicketId != 0 && window.currentTicketId != integer(ticket, "id"))
        m_serving.remove(window.currentTicketId);
    window.currentTicket = text(ticket, "number");
    window.currentTicketId = integer(ticket, "id");
    window.calledAtMs = integer(ticket, "calledAtMs");
    window.idleSinceMs = 0;
    m_serving.insert(window.currentTicketId, window.number);
}

void HallState::stopServing(MonitoredWindow &window, qint64 atMs)
{
    m_serving.remove(window.currentTicketId);
    window.currentTicket.clear();
    window.currentTicketId = 0;
    window.calledAtMs = 0;
    if (window.state == QLatin1String("open"))
        window.idleSinceMs = atMs;
}

void HallState::countFinish(MonitoredWindow &window, const QJsonObject &ticket)
{
    // As the server's figures (§6.2): the clerk's count and mean of finish − call.
    const qint64 serviceMs =
        std::max<qint64>(0, integer(ticket, "finishedAtMs") - integer(ticket, "calledAtMs"));
    const qint64 total = window.averageServiceMs * window.served + serviceMs;
    ++window.served;
    window.averageServiceMs = (total + window.served / 2) / window.served;
    if (!window.staffNo.isEmpty())
        m_clerkFigures.insert(window.staffNo, {window.served, window.averageServiceMs});
}

} // namespace halldesk
