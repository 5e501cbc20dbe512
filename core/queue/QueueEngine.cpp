#include "queue/QueueEngine.h"

#include "crypto/PersonalDataCipher.h"
#include "queue/QueueEngineTransaction.h"
#include "queue/WaitEstimator.h"
#include "validation/MobileNumber.h"
#include "validation/ResidentId.h"

#include <QJsonDocument>

namespace halldesk {

QueueEngine::QueueEngine(QueueRepository &repository, const Clock &clock,
                         const PersonalDataCipher &cipher, QueuePolicy policy, HallTime hallTime)
    : m_repo(repository)
    , m_clock(clock)
    , m_cipher(cipher)
    , m_policy(policy)
    , m_hallTime(std::move(hallTime))
{}

int QueueEngine::today() const
{
    return HallTime::dayKey(m_hallTime.serviceDay(m_clock.nowUtc()));
}

void QueueEngine::record(const char *kind, const Ticket &ticket, const Actor &actor,
                         TicketStatus from, const QJsonObject &detail)
{
    QueueEvent event;
    event.atMs = m_clock.nowMs();
    event.serviceDay = ticket.serviceDay;
    event.kind = QString::fromLatin1(kind);
    event.ticketId = ticket.id;
    event.windowNumber = actor.window;
    event.staffId = actor.staffId;
    event.fromState = std::string_view(kind) == "issue" ? QString() : toStorageName(from);
    event.toState = toStorageName(ticket.status);
    if (!detail.isEmpty())
        event.detail = QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact));
    m_repo.appendEvent(event);
}

Result<IssuedTicket> QueueEngine::issueTicket(const IssueRequest &request, const Actor &actor,
                                              const IssueStep &alsoDo)
{
    Ticket ticket;
    if (!request.residentId.trimmed().isEmpty()) {
        const auto check =
            ResidentId::validate(request.residentId, m_hallTime.serviceDay(m_clock.nowUtc()));
        if (!check.ok())
            return OperationError(ErrorCode::InvalidResidentId,
                                  ResidentId::errorMessage(check.error));
        ticket.residentHash = m_cipher.blindIndex(check.normalized);
        ticket.residentIdEncrypted = m_cipher.encryptText(check.normalized);
    }
    if (!request.phone.trimmed().isEmpty()) {
        const auto check = MobileNumber::validate(request.phone);
        if (!check.ok())
            return OperationError(ErrorCode::InvalidPhone);
        ticket.phoneEncrypted = m_cipher.encryptText(check.normalized);
    }
    if (!request.appointmentId.isEmpty() &&
        (request.appointmentStartMs <= 0 || request.appointmentEndMs <= request.appointmentStartMs))
        return OperationError(ErrorCode::InvalidAppointment);

    return write<IssuedTicket>("issue", [&]() -> Result<IssuedTicket> {
        const auto queue = m_repo.queueByCode(request.queueCode);
        if (!queue)
            return OperationError(ErrorCode::UnknownQueue);
        const qint64 now = m_clock.nowMs();
        ticket.serviceDay = HallTime::dayKey(m_hallTime.serviceDay(now));
        // Taking the number first also serialises issuing in this queue's sequence, so the
        // one-ticket-per-resident check below sees any ticket issued a moment ago.
        const int sequence = m_repo.nextSequenceValue(queue->prefix, ticket.serviceDay);
        if (m_policy.onePerResidentPerQueue && ticket.hasResidentId() &&
            m_repo.countActiveForResident(queue->id, ticket.serviceDay, ticket.residentHash) > 0)
            return OperationError(ErrorCode::DuplicateResidentTicket);
        ticket.number = queue->prefix + QStringLiteral("%1").arg(sequence, 3, 10, QLatin1Char('0'));
        ticket.queueId = queue->id;
        ticket.queueCode = queue->code;
        ticket.status = TicketStatus::Waiting;
        ticket.priority = request.priority;
        ticket.priorityStaffId = request.priorityStaffId;
        ticket.appointmentId = request.appointmentId;
        ticket.appointmentStartMs = request.appointmentStartMs;
        ticket.appointmentEndMs = request.appointmentEndMs;
        ticket.issuedAtMs = now;
        ticket.sortAtMs = now;
        ticket.id = m_repo.insertTicket(ticket);
        if (alsoDo) {
            if (auto refusal = alsoDo(ticket))
                return *refusal;
        }
        QJsonObject detail{{QStringLiteral("number"), ticket.number}};
        if (request.priority != PriorityGroup::None)
            detail.insert(QStringLiteral("priority"), toStorageName(request.priority));
        record("issue", ticket, actor, TicketStatus::Waiting, detail);
        IssuedTicket issued{ticket, waitingAheadOf(ticket), 0};
        issued.estimatedWaitSeconds = estimateWaitSeconds(queue->id, issued.waitingAhead);
        return issued;
    });
}

Result<ServiceWindow> QueueEngine::actorsWindow(std::optional<ServiceWindow> window,
                                                const Actor &actor)
{
    if (!window)
        return OperationError(ErrorCode::UnknownWindow);
    if (window->state == WindowState::SignedOut)
        return OperationError(ErrorCode::WindowSignedOut);
    if (actor.staffId != 0 && window->staffId != actor.staffId)
        return OperationError(ErrorCode::WindowSignedInByOther);
    return std::move(*window);
}

Result<ServiceWindow> QueueEngine::readyWindow(std::optional<ServiceWindow> window,
                                               const Actor &actor, bool mustBeIdle)
{
    auto checked = actorsWindow(std::move(window), actor);
    if (!checked)
        return checked;
    if (checked->state == WindowState::Paused)
        return OperationError(ErrorCode::WindowPaused);
    if (mustBeIdle) {
        if (const auto current = m_repo.currentTicketAt(actor.window))
            return OperationError(ErrorCode::WindowBusy, current->number);
    }
    return checked;
}

Result<ServiceWindow> QueueEngine::lockReadyWindow(const Actor &actor, bool mustBeIdle)
{
    return readyWindow(m_repo.windowForUpdate(actor.window), actor, mustBeIdle);
}

Result<Ticket> QueueEngine::lockServedTicket(const Actor &actor, qint64 ticketId)
{
    const auto window = actorsWindow(m_repo.windowForUpdate(actor.window), actor);
    if (!window)
        return window.error();
    auto ticket = m_repo.ticketForUpdate(ticketId);
    if (!ticket)
        return OperationError(ErrorCode::UnknownTicket);
    if (isClosed(ticket->status))
        return OperationError(ErrorCode::TicketAlreadyClosed, ticket->number);
    if (ticket->windowNumber != actor.window && ticket->status == TicketStatus::Called)
        return OperationError(ErrorCode::TicketAtOtherWindow, ticket->number);
    if (ticket->status != TicketStatus::Called)
        return OperationError(ErrorCode::TicketNotCalled, ticket->number);
    return *ticket;
}

Result<Ticket> QueueEngine::callLocked(const ServiceWindow &window, const Actor &actor,
                                       qint64 ticketId)
{
    auto ticket = m_repo.ticketForUpdate(ticketId);
    if (!ticket)
        return OperationError(ErrorCode::UnknownTicket);
    if (ticket->status != TicketStatus::Waiting || ticket->serviceDay != today())
        return OperationError(ErrorCode::TicketNotWaiting, ticket->number);
    const TicketStatus from = ticket->status;
    ticket->status = TicketStatus::Called;
    ticket->windowNumber = window.number;
    ticket->calledAtMs = m_clock.nowMs();
    ticket->recallCount = 0;
    ticket->targetWindow = 0;
    ticket->holdUntilMs = 0;
    m_repo.updateTicket(*ticket);
    record("call", *ticket, actor, from);
    return *ticket;
}

Result<Ticket> QueueEngine::callNext(const Actor &actor)
{
    // An idle window asks often; on PostgreSQL "nobody is waiting" is answered from a plain
    // read instead of queueing for row locks behind the windows that do have work. A ticket
    // issued just after this look is found by the next call. Not on SQLite: there many readers
    // keep the WAL from being checkpointed and every write gets slower, and one writer is
    // cheaper. Inside a group-commit batch the transaction is already ours anyway.
    if (m_repo.concurrentReadsAreCheap() && !m_repo.inBatch()) {
        try {
            // Only when the window could call at all: otherwise the locked path below gives the
            // precise refusal (signed out, paused, busy, someone else's window).
            const bool ready = readyWindow(m_repo.window(actor.window), actor, true).ok();
            if (ready && !m_repo.anyCandidate(actor.window, today(), m_clock.nowMs()))
                return OperationError(ErrorCode::NoTicketWaiting);
        } catch (const StorageError &e) {
            qCWarning(lcQueue) << "call_next look-ahead failed:" << e.what();
        }
    }
    return write<Ticket>("call_next", [&]() -> Result<Ticket> {
        auto window = lockReadyWindow(actor, true);
        if (!window)
            return window.error();
        const auto candidate =
            m_repo.nextCandidateForUpdate(actor.window, today(), m_clock.nowMs());
        if (!candidate)
            return OperationError(ErrorCode::NoTicketWaiting);
        return callLocked(window.value(), actor, *candidate);
    });
}

Result<Ticket> QueueEngine::callTicket(const Actor &actor, const QString &number)
{
    return write<Ticket>("call_ticket", [&]() -> Result<Ticket> {
        auto window = lockReadyWindow(actor, true);
        if (!window)
            return window.error();
        const auto found = m_repo.ticketByNumber(today(), number.trimmed().toUpper());
        if (!found)
            return OperationError(ErrorCode::UnknownTicket, number);
        if (found->targetWindow != 0 && found->targetWindow != actor.window)
            return OperationError(ErrorCode::TicketAtOtherWindow, found->number);
        if (found->targetWindow == 0) {
            const auto &queues = window->queues;
            const bool served =
                std::any_of(queues.begin(), queues.end(),
                            [&](const WindowQueue &q) { return q.queueId == found->queueId; });
            if (!served)
                return OperationError(ErrorCode::QueueNotServedByWindow, found->number);
        }
        return callLocked(window.value(), actor, found->id);
    });
}

Result<Ticket> QueueEngine::toNoShow(Ticket ticket, const Actor &actor, const QString &reason)
{
    const TicketStatus from = ticket.status;
    ticket.status = TicketStatus::NoShow;
    ticket.noShowAtMs = m_clock.nowMs();
    m_repo.updateTicket(ticket);
    record("no_show", ticket, actor, from, {{QStringLiteral("reason"), reason}});
    return ticket;
}

Result<Ticket> QueueEngine::recall(const Actor &actor, qint64 ticketId)
{
    return write<Ticket>("recall", [&]() -> Result<Ticket> {
        auto ticket = lockServedTicket(actor, ticketId);
        if (!ticket)
            return ticket;
        if (ticket->recallCount >= m_policy.recallLimit)
            return toNoShow(ticket.value(), actor, QStringLiteral("recall_limit"));
        ticket.value().recallCount += 1;
        m_repo.updateTicket(ticket.value());
        record("recall", ticket.value(), actor, TicketStatus::Called,
               {{QStringLiteral("attempt"), ticket->recallCount}});
        return ticket;
    });
}

Result<Ticket> QueueEngine::markNoShow(const Actor &actor, qint64 ticketId)
{
    return write<Ticket>("no_show", [&]() -> Result<Ticket> {
        auto ticket = lockServedTicket(actor, ticketId);
        if (!ticket)
            return ticket;
        return toNoShow(ticket.value(), actor, QStringLiteral("clerk"));
    });
}

Result<Ticket> QueueEngine::returnNoShow(const Actor &actor, qint64 ticketId)
{
    return write<Ticket>("return_no_show", [&]() -> Result<Ticket> {
        // Any window may take a returning citizen back into line, but a clerk acts only from
        // the window they are signed in at; staff 0 is the help desk's kiosk.
        if (actor.staffId != 0) {
            const auto window = actorsWindow(m_repo.window(actor.window), actor);
            if (!window)
                return window.error();
        }
        auto ticket = m_repo.ticketForUpdate(ticketId);
        if (!ticket)
            return OperationError(ErrorCode::UnknownTicket);
        if (isClosed(ticket->status))
            return OperationError(ErrorCode::TicketAlreadyClosed, ticket->number);
        if (ticket->status != TicketStatus::NoShow)
            return OperationError(ErrorCode::TicketNotNoShow, ticket->number);
        const qint64 now = m_clock.nowMs();
        if (ticket->serviceDay != today() ||
            now - ticket->noShowAtMs > qint64(m_policy.noShowReturnMinutes) * 60'000)
            return OperationError(ErrorCode::NoShowReturnExpired, ticket->number);
        // Behind the first N people now in line: just after the N-th one's place. Equal places
        // are broken by ticket id, and a returning ticket is older than those behind it.
        const QList<Ticket> line = m_repo.waitingInQueue(ticket->queueId, ticket->serviceDay, now);
        const int behind = m_policy.noShowReturnBehind;
        if (behind <= 0)
            ticket->sortAtMs = line.isEmpty() ? now : line.first().sortAtMs - 1;
        else if (line.size() <= behind)
            ticket->sortAtMs = now;
        else
            ticket->sortAtMs = std::min(line.at(behind - 1).sortAtMs + 1, line.at(behind).sortAtMs);
        ticket->status = TicketStatus::Waiting;
        ticket->windowNumber = 0;
        ticket->calledAtMs = 0;
        ticket->recallCount = 0;
        ticket->boosted = false;
        m_repo.updateTicket(ticket.value());
        record("return", ticket.value(), actor, TicketStatus::NoShow,
               {{QStringLiteral("behind"), std::min<int>(behind, line.size())}});
        return ticket.value();
    });
}

Result<Ticket> QueueEngine::hold(const Actor &actor, qint64 ticketId)
{
    return write<Ticket>("hold", [&]() -> Result<Ticket> {
        auto ticket = lockServedTicket(actor, ticketId);
        if (!ticket)
            return ticket;
        ticket.value().status = TicketStatus::Held;
        ticket.value().holdUntilMs = m_clock.nowMs() + qint64(m_policy.holdMinutes) * 60'000;
        m_repo.updateTicket(ticket.value());
        record("hold", ticket.value(), actor, TicketStatus::Called);
        return ticket;
    });
}

Result<Ticket> QueueEngine::resumeHeld(const Actor &actor, qint64 ticketId)
{
    return write<Ticket>("resume_held", [&]() -> Result<Ticket> {
        auto window = lockReadyWindow(actor, true);
        if (!window)
            return window.error();
        auto ticket = m_repo.ticketForUpdate(ticketId);
        if (!ticket)
            return OperationError(ErrorCode::UnknownTicket);
        if (isClosed(ticket->status))
            return OperationError(ErrorCode::TicketAlreadyClosed, ticket->number);
        if (ticket->status != TicketStatus::Held)
            return OperationError(ErrorCode::TicketNotHeld, ticket->number);
        if (ticket->windowNumber != actor.window)
            return OperationError(ErrorCode::TicketAtOtherWindow, ticket->number);
        ticket->status = TicketStatus::Called;
        ticket->holdUntilMs = 0;
        m_repo.updateTicket(ticket.value());
        record("resume", ticket.value(), actor, TicketStatus::Held);
        return ticket.value();
    });
}

Result<Ticket> QueueEngine::transfer(const Actor &actor, qint64 ticketId,
                                     const TransferTarget &target)
{
    return write<Ticket>("transfer", [&]() -> Result<Ticket> {
        auto ticket = lockServedTicket(actor, ticketId);
        if (!ticket)
            return ticket;
        Ticket t = ticket.value();
        QJsonObject detail{{QStringLiteral("comment"), target.comment},
                           {QStringLiteral("from_queue"), t.queueCode}};
        if (target.queueCode.isEmpty() && target.window == 0)
            return OperationError(ErrorCode::InvalidTransfer);
        if (!target.queueCode.isEmpty()) {
            const auto queue = m_repo.queueByCode(target.queueCode);
            if (!queue)
                return OperationError(ErrorCode::UnknownQueue);
            if (queue->id == t.queueId && target.window == 0)
                return OperationError(ErrorCode::InvalidTransfer);
            t.queueId = queue->id;
            t.queueCode = queue->code;
            detail.insert(QStringLiteral("to_queue"), queue->code);
        }
        if (target.window != 0) {
            if (target.window == actor.window)
                return OperationError(ErrorCode::InvalidTransfer);
            if (!m_repo.window(target.window))
                return OperationError(ErrorCode::UnknownWindow);
            detail.insert(QStringLiteral("to_window"), target.window);
        }
        // The citizen keeps their place in line and goes ahead of ordinary tickets: they have
        // already waited once.
        t.targetWindow = target.window;
        t.transferComment = target.comment;
        t.status = TicketStatus::Waiting;
        t.windowNumber = 0;
        t.calledAtMs = 0;
        t.recallCount = 0;
        t.boosted = true;
        m_repo.updateTicket(t);
        record("transfer", t, actor, TicketStatus::Called, detail);
        return t;
    });
}

Result<Ticket> QueueEngine::finish(const Actor &actor, qint64 ticketId)
{
    return write<Ticket>("finish", [&]() -> Result<Ticket> {
        auto ticket = lockServedTicket(actor, ticketId);
        if (!ticket)
            return ticket;
        Ticket t = ticket.value();
        const qint64 now = m_clock.nowMs();
        t.status = TicketStatus::Finished;
        t.finishedAtMs = now;
        m_repo.updateTicket(t);
        const auto queue = m_repo.queueById(t.queueId);
        const double seed = queue ? queue->initialServiceSeconds * 1000.0 : 300'000.0;
        m_repo.recordServiceTime(t.queueId, std::max<qint64>(0, now - t.calledAtMs),
                                 m_policy.serviceTimeAlpha, seed);
        record("finish", t, actor, TicketStatus::Called,
               {{QStringLiteral("service_ms"), double(now - t.calledAtMs)}});
        return t;
    });
}

int QueueEngine::waitingAheadOf(const Ticket &ticket)
{
    return m_repo.countAhead(ticket);
}

int QueueEngine::estimateWaitSeconds(qint64 queueId, int ahead)
{
    return WaitEstimator::estimateSeconds(ahead, m_repo.averageServiceMs(queueId),
                                          m_repo.countOpenWindowsServing(queueId));
}

} // namespace halldesk
