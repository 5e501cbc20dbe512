#include "counter/CounterModel.h"

#include "clock/Clock.h"
#include "logging/HallDeskLogging.h"
#include "protocol/ProtocolJson.h"

#include <QJsonArray>
#include <algorithm>

namespace halldesk {

namespace {

QList<Ticket> ticketsFrom(const QJsonValue &array)
{
    QList<Ticket> tickets;
    for (const QJsonValue &v : array.toArray())
        tickets << ProtocolJson::ticketFrom(v.toObject());
    return tickets;
}

QJsonArray toJson(const QList<Ticket> &tickets)
{
    QJsonArray array;
    for (const Ticket &t : tickets)
        array.append(ProtocolJson::ticket(t));
    return array;
}

// The call order's classes (PROTOCOL.md §5.0), as far as a terminal can tell them apart.
int callClass(const Ticket &t)
{
    if (t.priority != PriorityGroup::None)
        return 0;
    return t.boosted ? 1 : 2;
}

} // namespace

CounterModel::CounterModel(int window, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
{
    m_window.number = window;
}

void CounterModel::setLayout(const HallLayout &layout)
{
    m_layout = layout;
    if (const HallWindow *w = m_layout.window(m_window.number); w && m_window.name.isEmpty())
        m_window.name = w->name;
    emit queuesChanged();
}

qint64 CounterModel::serverNowMs() const
{
    return m_clock.nowMs() + m_serverOffsetMs;
}

void CounterModel::applySnapshot(const QJsonObject &snapshot, bool stale)
{
    const qint64 serverTime = qint64(snapshot.value(QLatin1String("serverTimeMs")).toDouble());
    if (!stale && serverTime > 0)
        m_serverOffsetMs = serverTime - m_clock.nowMs();
    m_serviceDay = snapshot.value(QLatin1String("serviceDay")).toInt();
    m_current.reset();
    m_held.clear();
    m_noShows.clear();
    m_transferredIn.clear();
    m_queues.clear();
    m_figures = {};
    if (!stale)
        m_finishedLocally.clear();

    for (const QJsonValue &v : snapshot.value(QLatin1String("windows")).toArray())
        if (v.toObject().value(QLatin1String("number")).toInt() == m_window.number)
            applyWindow(v.toObject());
    for (const Ticket &t : ticketsFrom(snapshot.value(QLatin1String("tickets")))) {
        if (t.windowNumber != m_window.number)
            continue;
        if (t.status == TicketStatus::Called)
            m_current = t;
        else if (t.status == TicketStatus::Held)
            m_held << t;
    }
    for (const Ticket &t : ticketsFrom(snapshot.value(QLatin1String("noShows"))))
        if (t.windowNumber == m_window.number)
            m_noShows << t;
    for (const Ticket &t : ticketsFrom(snapshot.value(QLatin1String("transferredIn"))))
        if (t.targetWindow == m_window.number)
            m_transferredIn << t;
    for (const QJsonValue &v : snapshot.value(QLatin1String("queues")).toArray()) {
        const QJsonObject o = v.toObject();
        CounterQueue q;
        q.code = o.value(QLatin1String("queue")).toString();
        q.tickets = ticketsFrom(o.value(QLatin1String("tickets")));
        m_queues << q;
        applyQueueStatus(o);
    }
    for (const QJsonValue &v : snapshot.value(QLatin1String("figures")).toArray()) {
        const QJsonObject o = v.toObject();
        if (o.value(QLatin1String("window")).toInt() != m_window.number)
            continue;
        m_figures.staffNo = o.value(QLatin1String("staffNo")).toString();
        m_figures.served = o.value(QLatin1String("served")).toInt();
        m_figures.averageServiceMs = qint64(o.value(QLatin1String("averageServiceMs")).toDouble());
    }
    m_hasState = true;
    m_stale = stale;
    emit reset();
    emit windowChanged();
    emit currentChanged();
    emit listsChanged();
    emit queuesChanged();
    emit figuresChanged();
}

QJsonObject CounterModel::toSnapshot() const
{
    QJsonArray tickets;
    if (m_current)
        tickets.append(ProtocolJson::ticket(*m_current));
    for (const Ticket &t : m_held)
        tickets.append(ProtocolJson::ticket(t));
    QJsonArray queues;
    for (const CounterQueue &q : m_queues)
        queues.append(QJsonObject{{QStringLiteral("queue"), q.code},
                                  {QStringLiteral("waiting"), q.waiting},
                                  {QStringLiteral("longestWaitMs"), double(q.longestWaitMs)},
                                  {QStringLiteral("estimatedWaitSeconds"), q.estimatedWaitSeconds},
                                  {QStringLiteral("openWindows"), q.openWindows},
                                  {QStringLiteral("tickets"), toJson(q.tickets)}});
    QJsonObject window{{QStringLiteral("number"), m_window.number},
                       {QStringLiteral("name"), m_window.name},
                       {QStringLiteral("state"), toStorageName(m_window.state)},
                       {QStringLiteral("staffNo"), m_window.staffNo},
                       {QStringLiteral("staffName"), m_window.staffName},
                       {QStringLiteral("stateSinceMs"), double(m_window.stateSinceMs)}};
    if (!m_window.pauseReason.isEmpty())
        window.insert(QStringLiteral("pauseReason"), m_window.pauseReason);
    return {{QStringLiteral("serverTimeMs"), double(serverNowMs())},
            {QStringLiteral("serviceDay"), m_serviceDay},
            {QStringLiteral("windows"), QJsonArray{window}},
            {QStringLiteral("tickets"), tickets},
            {QStringLiteral("noShows"), toJson(m_noShows)},
            {QStringLiteral("transferredIn"), toJson(m_transferredIn)},
            {QStringLiteral("queues"), queues},
            {QStringLiteral("figures"),
             QJsonArray{QJsonObject{
                 {QStringLiteral("window"), m_window.number},
                 {QStringLiteral("staffNo"), m_figures.staffNo},
                 {QStringLiteral("served"), m_figures.served},
                 {QStringLiteral("averageServiceMs"), double(m_figures.averageServiceMs)}}}}};
}

void CounterModel::applyEvent(const QString &kind, const QJsonObject &data)
{
    if (kind == QLatin1String("ticket")) {
        applyTicketEvent(data.value(QLatin1String("action")).toString(), data);
    } else if (kind == QLatin1String("window")) {
        if (data.value(QLatin1String("number")).toInt() == m_window.number) {
            applyWindow(data);
            emit windowChanged();
        }
    } else if (kind == QLatin1String("queue")) {
        applyQueueStatus(data);
        emit queuesChanged();
    } else if (kind == QLatin1String("call")) {
        if (data.value(QLatin1String("window")).toInt() != m_window.number)
            return;
        const qint64 id = qint64(data.value(QLatin1String("ticketId")).toDouble());
        // The recall over the limit is published as a call too, but the ticket is a no-show by
        // then: nobody is asked to come to this window any more.
        for (const Ticket &missed : std::as_const(m_noShows))
            if (missed.id == id)
                return;
        Ticket t = m_current && m_current->id == id ? *m_current : Ticket{};
        t.id = id;
        t.number = data.value(QLatin1String("number")).toString();
        t.queueCode = data.value(QLatin1String("queue")).toString();
        emit called(t, data.value(QLatin1String("announcement")).toString(),
                    data.value(QLatin1String("recall")).toInt());
    }
}

void CounterModel::applyTicketEvent(const QString &action, const QJsonObject &data)
{
    const Ticket t = ProtocolJson::ticketFrom(data.value(QLatin1String("ticket")).toObject());
    if (t.id <= 0)
        return;
    const bool wasCurrent = m_current && m_current->id == t.id;
    removeTicket(t.id);
    const bool mine = t.windowNumber == m_window.number;
    switch (t.status) {
    case TicketStatus::Waiting:
        if (t.targetWindow == m_window.number)
            m_transferredIn << t;
        else if (t.targetWindow == 0)
            placeWaiting(t, action);
        break;
    case TicketStatus::Called:
        if (mine)
            m_current = t;
        break;
    case TicketStatus::Held:
        if (mine)
            m_held << t;
        break;
    case TicketStatus::NoShow:
        if (mine)
            m_noShows.prepend(t);
        break;
    case TicketStatus::Finished:
        if (mine && action == QLatin1String("finish") && !m_finishedLocally.remove(t.id))
            countFinished(t);
        break;
    case TicketStatus::Cancelled:
        break;
    }
    if (wasCurrent || (m_current && m_current->id == t.id))
        emit currentChanged();
    emit listsChanged();
}

void CounterModel::placeWaiting(const Ticket &ticket, const QString &action)
{
    CounterQueue *q = queue(ticket.queueCode);
    if (!q)
        return; // a queue this window does not serve
    if (action == QLatin1String("returnNoShow")) {
        // Back behind the first three people waiting in its queue (PROTOCOL.md §5.19).
        int ordinary = 0;
        qsizetype at = 0;
        for (; at < q->tickets.size() && ordinary < 3; ++at)
            if (callClass(q->tickets.at(at)) == 2)
                ++ordinary;
        q->tickets.insert(at, ticket);
        return;
    }
    const int cls = callClass(ticket);
    auto it = std::find_if(q->tickets.begin(), q->tickets.end(), [&](const Ticket &other) {
        const int otherClass = callClass(other);
        return otherClass > cls || (otherClass == cls && other.issuedAtMs > ticket.issuedAtMs);
    });
    q->tickets.insert(it, ticket);
}

void CounterModel::countFinished(const Ticket &ticket)
{
    if (ticket.calledAtMs <= 0 || ticket.finishedAtMs < ticket.calledAtMs)
        return;
    const qint64 total =
        m_figures.averageServiceMs * m_figures.served + (ticket.finishedAtMs - ticket.calledAtMs);
    ++m_figures.served;
    m_figures.averageServiceMs = total / m_figures.served;
    emit figuresChanged();
}

bool CounterModel::removeTicket(qint64 id)
{
    bool removed = false;
    if (m_current && m_current->id == id) {
        m_current.reset();
        removed = true;
    }
    const auto byId = [id](const Ticket &t) {
        return t.id == id;
    };
    removed |= m_held.removeIf(byId) > 0;
    removed |= m_noShows.removeIf(byId) > 0;
    removed |= m_transferredIn.removeIf(byId) > 0;
    for (CounterQueue &q : m_queues)
        removed |= q.tickets.removeIf(byId) > 0;
    return removed;
}

void CounterModel::applyWindow(const QJsonObject &w)
{
    m_window.name = w.value(QLatin1String("name")).toString(m_window.name);
    m_window.state = windowStateFromStorageName(w.value(QLatin1String("state")).toString())
                         .value_or(WindowState::SignedOut);
    m_window.staffNo = w.value(QLatin1String("staffNo")).toString();
    m_window.staffName = w.value(QLatin1String("staffName")).toString();
    m_window.pauseReason = w.value(QLatin1String("pauseReason")).toString();
    m_window.stateSinceMs = qint64(w.value(QLatin1String("stateSinceMs")).toDouble());
    if (m_window.staffNo != m_figures.staffNo && !m_window.staffNo.isEmpty()) {
        // Another clerk took over the window: their figures come with the next snapshot.
        m_figures = {m_window.staffNo, 0, 0};
        emit figuresChanged();
    }
}

void CounterModel::applyQueueStatus(const QJsonObject &status)
{
    CounterQueue *q = queue(status.value(QLatin1String("queue")).toString());
    if (!q)
        return;
    q->waiting = status.value(QLatin1String("waiting")).toInt();
    q->longestWaitMs = qint64(status.value(QLatin1String("longestWaitMs")).toDouble());
    q->estimatedWaitSeconds = status.value(QLatin1String("estimatedWaitSeconds")).toInt();
    q->openWindows = status.value(QLatin1String("openWindows")).toInt();
}

CounterQueue *CounterModel::queue(const QString &code)
{
    for (CounterQueue &q : m_queues)
        if (q.code == code)
            return &q;
    return nullptr;
}

QList<Ticket> CounterModel::waitingList() const
{
    QList<Ticket> merged;
    for (const CounterQueue &q : m_queues)
        merged << q.tickets;
    // Stable, so each queue keeps the order the server gave it.
    std::stable_sort(merged.begin(), merged.end(),
                     [](const Ticket &a, const Ticket &b) { return callClass(a) < callClass(b); });
    return m_transferredIn + merged;
}

int CounterModel::waitingCount() const
{
    qsizetype n = m_transferredIn.size();
    for (const CounterQueue &q : m_queues)
        n += q.tickets.size();
    return int(n);
}

bool CounterModel::canReturn(const Ticket &noShow) const
{
    return noShow.status == TicketStatus::NoShow && noShow.noShowAtMs > 0 &&
           serverNowMs() - noShow.noShowAtMs <= NoShowReturnMs;
}

std::optional<Ticket> CounterModel::ticket(qint64 id) const
{
    if (m_current && m_current->id == id)
        return m_current;
    for (const QList<Ticket> *list : {&m_held, &m_noShows, &m_transferredIn})
        for (const Ticket &t : *list)
            if (t.id == id)
                return t;
    for (const CounterQueue &q : m_queues)
        for (const Ticket &t : q.tickets)
            if (t.id == id)
                return t;
    return std::nullopt;
}

void CounterModel::applyLocalTicketChange(const QString &action, qint64 ticketId)
{
    const auto found = ticket(ticketId);
    if (!found)
        return;
    Ticket t = *found;
    const qint64 now = serverNowMs();
    if (action == QLatin1String("finish")) {
        t.status = TicketStatus::Finished;
        t.finishedAtMs = now;
        countFinished(t);
        m_finishedLocally.insert(t.id);
        removeTicket(t.id);
        emit currentChanged();
        emit listsChanged();
        return;
    } else if (action == QLatin1String("noShow")) {
        t.status = TicketStatus::NoShow;
        t.noShowAtMs = now;
    } else if (action == QLatin1String("hold")) {
        t.status = TicketStatus::Held;
        t.holdUntilMs = now + 15 * 60 * 1000;
    } else if (action == QLatin1String("transfer")) {
        t.status = TicketStatus::Waiting;
        t.windowNumber = 0;
    } else {
        qCWarning(lcCounter) << "no local effect for" << action;
        return;
    }
    QJsonObject data{{QStringLiteral("action"), action},
                     {QStringLiteral("ticket"), ProtocolJson::ticket(t)}};
    applyTicketEvent(action, data);
}

void CounterModel::applyLocalWindowState(WindowState state, const QString &pauseReason)
{
    m_window.state = state;
    m_window.pauseReason = state == WindowState::Paused ? pauseReason : QString();
    m_window.stateSinceMs = serverNowMs();
    emit windowChanged();
}

} // namespace halldesk
