// HallState: what the grid and the figures read; the longest waits are computed as asked, from
// the oldest waiting ticket, since queue events do not tick.

#include "supervisor/HallState.h"

#include <algorithm>

namespace halldesk {

const MonitoredWindow *HallState::window(int number) const
{
    const auto it = m_windows.constFind(number);
    return it == m_windows.cend() ? nullptr : &*it;
}

QueueFigures HallState::withLiveWait(QueueFigures figures, qint64 serverNowMs) const
{
    const qint64 oldest = m_waiting.oldestIssuedMs(figures.code);
    if (oldest != 0)
        figures.longestWaitMs = std::max<qint64>(0, serverNowMs - oldest);
    else if (figures.waiting == 0)
        figures.longestWaitMs = 0;
    // The server counts a window signed in and open even while its counter is disconnected;
    // the supervisor counts, as for the areas, the windows that can call now, so the queue and
    // area rows agree with the grid.
    int open = 0;
    for (const MonitoredWindow &window : m_windows) {
        const WindowStatus status = window.status();
        if ((status == WindowStatus::Serving || status == WindowStatus::Idle) &&
            window.queues.contains(figures.code))
            ++open;
    }
    figures.openWindows = open;
    return figures;
}

QList<QueueFigures> HallState::queues(qint64 serverNowMs) const
{
    QStringList codes = m_queues.keys();
    codes.sort();
    QList<QueueFigures> result;
    result.reserve(codes.size());
    for (const QString &code : std::as_const(codes))
        result << withLiveWait(m_queues.value(code), serverNowMs);
    return result;
}

std::optional<QueueFigures> HallState::queue(const QString &code, qint64 serverNowMs) const
{
    const auto it = m_queues.constFind(code);
    if (it == m_queues.cend())
        return std::nullopt;
    return withLiveWait(*it, serverNowMs);
}

QList<QueueFigures> HallState::areas(qint64 serverNowMs) const
{
    QList<QueueFigures> result;
    for (const AreaWindows &area : m_areas) {
        QueueFigures figures{area.code, area.name, area.code};
        for (const QueueFigures &queue : m_queues) {
            if (queue.area != area.code)
                continue;
            const QueueFigures live = withLiveWait(queue, serverNowMs);
            figures.waiting += live.waiting;
            figures.servedToday += live.servedToday;
            figures.longestWaitMs = std::max(figures.longestWaitMs, live.longestWaitMs);
            figures.estimatedWaitSeconds =
                std::max(figures.estimatedWaitSeconds, live.estimatedWaitSeconds);
        }
        for (int number : area.windows) {
            const WindowStatus status = m_windows.value(number).status();
            if (status == WindowStatus::Serving || status == WindowStatus::Idle)
                ++figures.openWindows;
        }
        result << figures;
    }
    return result;
}

} // namespace halldesk
