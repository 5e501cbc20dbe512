// Window, attendance and housekeeping operations of QueueEngine.

#include "queue/QueueEngine.h"
#include "queue/QueueEngineTransaction.h"

#include <QJsonDocument>

namespace halldesk {

void QueueEngine::recordWindow(const char *kind, const ServiceWindow &window, qint64 staffId,
                               WindowState from, const QJsonObject &detail)
{
    QueueEvent event;
    event.atMs = m_clock.nowMs();
    event.serviceDay = today();
    event.kind = QString::fromLatin1(kind);
    event.windowNumber = window.number;
    event.staffId = staffId;
    event.fromState = toStorageName(from);
    event.toState = toStorageName(window.state);
    if (!detail.isEmpty())
        event.detail = QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact));
    m_repo.appendEvent(event);
}

Result<ServiceWindow> QueueEngine::signIn(qint64 staffId, int windowNumber)
{
    return write<ServiceWindow>("sign_in", [&]() -> Result<ServiceWindow> {
        const auto staff = m_repo.staffById(staffId);
        if (!staff || !staff->active)
            return OperationError(ErrorCode::UnknownStaff);
        auto window = m_repo.windowForUpdate(windowNumber);
        if (!window)
            return OperationError(ErrorCode::UnknownWindow);
        if (window->state != WindowState::SignedOut) {
            // Signing in again where one already is changes nothing: a retried request after a
            // dropped connection must not count twice in attendance.
            if (window->staffId == staffId)
                return window.value();
            return OperationError(ErrorCode::WindowSignedInByOther);
        }
        if (const auto elsewhere = m_repo.windowOfStaff(staffId))
            return OperationError(ErrorCode::StaffSignedInElsewhere,
                                  QString::number(elsewhere->number));
        const WindowState from = window->state;
        window->state = WindowState::Open;
        window->staffId = staffId;
        window->pauseReason.clear();
        window->stateSinceMs = m_clock.nowMs();
        m_repo.updateWindowState(window.value());
        recordWindow("sign_in", window.value(), staffId, from);
        return window.value();
    });
}

Result<ServiceWindow> QueueEngine::signOut(const Actor &actor)
{
    return write<ServiceWindow>("sign_out", [&] { return signOutWithinTransaction(actor); });
}

Result<ServiceWindow> QueueEngine::signOutWithinTransaction(const Actor &actor)
{
    auto window = actorsWindow(m_repo.windowForUpdate(actor.window), actor);
    if (!window)
        return window;
    if (const auto current = m_repo.currentTicketAt(actor.window))
        return OperationError(ErrorCode::WindowBusy, current->number);
    // Nobody will resume these here any more: they go back to their queue ahead of others.
    for (Ticket held : m_repo.ticketsHeldBy(actor.window)) {
        held.status = TicketStatus::Waiting;
        held.windowNumber = 0;
        held.holdUntilMs = 0;
        held.boosted = true;
        m_repo.updateTicket(held);
        record("hold_released", held, actor, TicketStatus::Held);
    }
    const WindowState from = window->state;
    const qint64 staffId = window->staffId;
    window->state = WindowState::SignedOut;
    window->staffId = 0;
    window->pauseReason.clear();
    window->stateSinceMs = m_clock.nowMs();
    m_repo.updateWindowState(window.value());
    recordWindow("sign_out", window.value(), staffId, from);
    return window.value();
}

std::optional<ServiceWindow> QueueEngine::windowOfStaffWithinTransaction(qint64 staffId)
{
    return m_repo.windowOfStaff(staffId);
}

Result<ServiceWindow> QueueEngine::pauseWindow(const Actor &actor, const QString &reason)
{
    return write<ServiceWindow>("pause", [&]() -> Result<ServiceWindow> {
        auto window = lockReadyWindow(actor, true);
        if (!window)
            return window;
        window.value().state = WindowState::Paused;
        window.value().pauseReason = reason;
        window.value().stateSinceMs = m_clock.nowMs();
        m_repo.updateWindowState(window.value());
        recordWindow("pause", window.value(), window->staffId, WindowState::Open,
                     {{QStringLiteral("reason"), reason}});
        return window;
    });
}

Result<ServiceWindow> QueueEngine::resumeWindow(const Actor &actor)
{
    return write<ServiceWindow>("resume_window", [&]() -> Result<ServiceWindow> {
        auto window = actorsWindow(m_repo.windowForUpdate(actor.window), actor);
        if (!window)
            return window;
        if (window->state != WindowState::Paused)
            return OperationError(ErrorCode::WindowNotPaused);
        window->state = WindowState::Open;
        window->pauseReason.clear();
        window->stateSinceMs = m_clock.nowMs();
        m_repo.updateWindowState(window.value());
        recordWindow("resume_window", window.value(), window->staffId, WindowState::Paused);
        return window.value();
    });
}

Result<int> QueueEngine::expireHolds()
{
    const auto expired = expireHeldTickets();
    if (!expired.ok())
        return expired.error();
    return int(expired->size());
}

Result<QList<ExpiredHold>> QueueEngine::expireHeldTickets()
{
    return write<QList<ExpiredHold>>("expire_holds", [&]() -> Result<QList<ExpiredHold>> {
        const qint64 now = m_clock.nowMs();
        QList<ExpiredHold> expired;
        for (qint64 id : m_repo.heldExpiredBefore(now)) {
            auto ticket = m_repo.ticketForUpdate(id);
            if (!ticket || ticket->status != TicketStatus::Held || ticket->holdUntilMs > now)
                continue;
            const int heldAt = ticket->windowNumber;
            ticket->status = TicketStatus::Waiting;
            ticket->windowNumber = 0;
            ticket->holdUntilMs = 0;
            ticket->boosted = true;
            m_repo.updateTicket(ticket.value());
            record("hold_expired", ticket.value(), Actor{0, heldAt}, TicketStatus::Held);
            expired << ExpiredHold{ticket.value(), heldAt};
        }
        return expired;
    });
}

Result<int> QueueEngine::closePastDays()
{
    return write<int>("close_past_days", [&]() -> Result<int> {
        int closed = 0;
        for (qint64 id : m_repo.openTicketsBefore(today())) {
            auto ticket = m_repo.ticketForUpdate(id);
            if (!ticket || isClosed(ticket->status))
                continue;
            const TicketStatus from = ticket->status;
            ticket->status = TicketStatus::Cancelled;
            m_repo.updateTicket(ticket.value());
            record("day_closed", ticket.value(), Actor{0, ticket->windowNumber}, from);
            ++closed;
        }
        return closed;
    });
}

} // namespace halldesk
