// Read-only questions to QueueEngine: they take no write lock.

#include "queue/QueueEngine.h"
#include "queue/QueueEngineTransaction.h"

namespace halldesk {

std::optional<Ticket> QueueEngine::ticket(qint64 id)
{
    return read<std::optional<Ticket>>([&] { return m_repo.ticket(id); }).value_or(std::nullopt);
}

std::optional<Ticket> QueueEngine::ticketByNumber(const QString &number)
{
    return read<std::optional<Ticket>>(
               [&] { return m_repo.ticketByNumber(today(), number.trimmed().toUpper()); })
        .value_or(std::nullopt);
}

std::optional<Ticket> QueueEngine::currentTicket(int window)
{
    return read<std::optional<Ticket>>([&] { return m_repo.currentTicketAt(window); })
        .value_or(std::nullopt);
}

QList<Ticket> QueueEngine::heldTickets(int window)
{
    return read<QList<Ticket>>([&] { return m_repo.ticketsHeldBy(window); })
        .value_or(QList<Ticket>());
}

Result<QList<Ticket>> QueueEngine::returnableNoShows(int window)
{
    try {
        // The same limit returnNoShow() applies: past it the citizen cannot come back.
        const qint64 since = m_clock.nowMs() - qint64(m_policy.noShowReturnMinutes) * 60'000;
        return m_repo.noShowsAt(window, today(), since);
    } catch (const StorageError &e) {
        qCWarning(lcQueue) << "no-show list failed:" << e.what();
        return OperationError(ErrorCode::StorageFailure);
    }
}

Result<QList<Ticket>> QueueEngine::transferredTo(int window)
{
    try {
        return m_repo.transferredTo(window, today());
    } catch (const StorageError &e) {
        qCWarning(lcQueue) << "transfer list failed:" << e.what();
        return OperationError(ErrorCode::StorageFailure);
    }
}

Result<WindowFigures> QueueEngine::windowFigures(int window)
{
    try {
        WindowFigures figures;
        figures.window = window;
        const auto found = m_repo.window(window);
        if (!found || found->state == WindowState::SignedOut || found->staffId == 0)
            return figures;
        const auto staff = m_repo.staffById(found->staffId);
        if (!staff)
            return figures;
        figures.staffNo = staff->staffNo;
        const auto [served, totalMs] = m_repo.finishedByStaff(staff->id, today());
        figures.served = served;
        if (served > 0)
            figures.averageServiceMs = (totalMs + served / 2) / served;
        return figures;
    } catch (const StorageError &e) {
        qCWarning(lcQueue) << "window figures failed:" << e.what();
        return OperationError(ErrorCode::StorageFailure);
    }
}

Result<QList<Ticket>> QueueEngine::waitingTickets(const QString &queueCode)
{
    try {
        const auto queue = m_repo.queueByCode(queueCode);
        if (!queue)
            return OperationError(ErrorCode::UnknownQueue);
        return m_repo.waitingInQueue(queue->id, today(), m_clock.nowMs());
    } catch (const StorageError &e) {
        qCWarning(lcQueue) << "waiting list failed:" << e.what();
        return OperationError(ErrorCode::StorageFailure);
    }
}

Result<QueueSnapshot> QueueEngine::queueSnapshot(const QString &queueCode)
{
    try {
        const auto queue = m_repo.queueByCode(queueCode);
        if (!queue)
            return OperationError(ErrorCode::UnknownQueue);
        const qint64 now = m_clock.nowMs();
        const auto [waiting, oldestIssuedMs] = m_repo.waitingCount(queue->id, today());
        QueueSnapshot snapshot;
        snapshot.queueCode = queue->code;
        snapshot.waiting = waiting;
        snapshot.longestWaitMs = waiting > 0 ? std::max<qint64>(0, now - oldestIssuedMs) : 0;
        snapshot.openWindows = m_repo.countOpenWindowsServing(queue->id);
        snapshot.estimatedWaitSeconds = estimateWaitSeconds(queue->id, snapshot.waiting);
        return snapshot;
    } catch (const StorageError &e) {
        qCWarning(lcQueue) << "queue snapshot failed:" << e.what();
        return OperationError(ErrorCode::StorageFailure);
    }
}

std::optional<ServiceWindow> QueueEngine::window(int number)
{
    return read<std::optional<ServiceWindow>>([&] { return m_repo.window(number); })
        .value_or(std::nullopt);
}

std::optional<StaffMember> QueueEngine::staffByNumber(const QString &staffNo)
{
    return read<std::optional<StaffMember>>([&] { return m_repo.staffByNumber(staffNo); })
        .value_or(std::nullopt);
}

QList<QueueEvent> QueueEngine::eventsForTicket(qint64 ticketId)
{
    return read<QList<QueueEvent>>([&] { return m_repo.eventsForTicket(ticketId); })
        .value_or(QList<QueueEvent>());
}

QList<QueueEvent> QueueEngine::eventsForWindow(int window)
{
    return read<QList<QueueEvent>>([&] { return m_repo.eventsForWindow(window, today()); })
        .value_or(QList<QueueEvent>());
}

} // namespace halldesk
