#pragma once

#include "clock/Clock.h"
#include "clock/HallTime.h"
#include "domain/Actor.h"
#include "domain/HallModel.h"
#include "domain/QueueEvent.h"
#include "domain/Result.h"
#include "domain/Ticket.h"
#include "queue/IssueRequest.h"
#include "queue/QueuePolicy.h"
#include "queue/WindowFigures.h"

#include <QJsonObject>
#include <functional>
#include <optional>

namespace halldesk {

class PersonalDataCipher;
class QueueRepository;

struct TransferTarget
{
    QString queueCode; // move to this queue...
    int window = 0;    // ...and/or reserve for this window
    QString comment;
};

// A held ticket the sweep sent back to its queue, and the window that held it: the ticket's
// own window is 0 by then, yet that window's counter still lists it.
struct ExpiredHold
{
    Ticket ticket;
    int window = 0;
};

// The hall's queue. Every operation is one database transaction that checks the state it starts
// from, changes it, and appends an event saying who did what, where and when; an invalid
// operation returns a typed error and changes nothing. One engine per thread (it owns a
// connection through its repository); many engines may share one database.
class QueueEngine
{
public:
    QueueEngine(QueueRepository &repository, const Clock &clock, const PersonalDataCipher &cipher,
                QueuePolicy policy = {}, HallTime hallTime = HallTime());

    const QueuePolicy &policy() const { return m_policy; }
    void setPolicy(const QueuePolicy &policy) { m_policy = policy; }
    int today() const;

    // Runs inside an issue's transaction once the ticket is stored (e.g. an appointment marked
    // as checked in): a refusal, or a StorageError it throws, undoes the issue too.
    using IssueStep = std::function<std::optional<OperationError>(const Ticket &)>;

    // Tickets
    Result<IssuedTicket> issueTicket(const IssueRequest &request, const Actor &actor = {},
                                     const IssueStep &alsoDo = {});
    Result<Ticket> callNext(const Actor &actor);
    Result<Ticket> callTicket(const Actor &actor, const QString &number);
    Result<Ticket> recall(const Actor &actor, qint64 ticketId);
    Result<Ticket> markNoShow(const Actor &actor, qint64 ticketId);
    Result<Ticket> returnNoShow(const Actor &actor, qint64 ticketId);
    Result<Ticket> hold(const Actor &actor, qint64 ticketId);
    Result<Ticket> resumeHeld(const Actor &actor, qint64 ticketId);
    Result<Ticket> transfer(const Actor &actor, qint64 ticketId, const TransferTarget &target);
    Result<Ticket> finish(const Actor &actor, qint64 ticketId);

    // Windows and attendance
    Result<ServiceWindow> signIn(qint64 staffId, int window);
    Result<ServiceWindow> signOut(const Actor &actor);
    // signOut inside a write transaction the caller already holds (an administrator's change
    // that ends the person's sessions), so both commit or neither. Storage failures throw.
    Result<ServiceWindow> signOutWithinTransaction(const Actor &actor);
    // The window a staff member is signed in at, if any; for the same callers, so a storage
    // failure throws rather than reading as "nowhere".
    std::optional<ServiceWindow> windowOfStaffWithinTransaction(qint64 staffId);
    Result<ServiceWindow> pauseWindow(const Actor &actor, const QString &reason);
    Result<ServiceWindow> resumeWindow(const Actor &actor);

    // Housekeeping, run by the server on a timer: both are safe to run at any time.
    Result<int> expireHolds();
    // The same, returning the tickets that went back to their queues.
    Result<QList<ExpiredHold>> expireHeldTickets();
    Result<int> closePastDays();

    // Reads
    std::optional<Ticket> ticket(qint64 id);
    std::optional<Ticket> ticketByNumber(const QString &number);
    std::optional<Ticket> currentTicket(int window);
    QList<Ticket> heldTickets(int window);
    // Today's no-shows of this window that may still come back (returnNoShow), newest first.
    Result<QList<Ticket>> returnableNoShows(int window);
    Result<WindowFigures> windowFigures(int window);
    // Today's waiting tickets transferred to this window, in line order.
    Result<QList<Ticket>> transferredTo(int window);
    Result<QList<Ticket>> waitingTickets(const QString &queueCode);
    Result<QueueSnapshot> queueSnapshot(const QString &queueCode);
    std::optional<ServiceWindow> window(int number);
    std::optional<StaffMember> staffByNumber(const QString &staffNo);
    QList<QueueEvent> eventsForTicket(qint64 ticketId);
    QList<QueueEvent> eventsForWindow(int window);

private:
    template <typename T, typename Body> Result<T> write(const char *operation, Body &&body);
    template <typename T, typename Body> std::optional<T> read(Body &&body);

    // The window exists, someone is signed in there, and it is the actor (staff 0: any).
    static Result<ServiceWindow> actorsWindow(std::optional<ServiceWindow> window,
                                              const Actor &actor);
    // ...and it may call: not paused and, if asked, not serving anyone.
    Result<ServiceWindow> readyWindow(std::optional<ServiceWindow> window, const Actor &actor,
                                      bool mustBeIdle);
    // Loads and locks the actor's window and checks it is open for calls by this actor.
    Result<ServiceWindow> lockReadyWindow(const Actor &actor, bool mustBeIdle);
    // Loads and locks a ticket being served at the actor's window.
    Result<Ticket> lockServedTicket(const Actor &actor, qint64 ticketId);
    Result<Ticket> callLocked(const ServiceWindow &window, const Actor &actor, qint64 ticketId);
    Result<Ticket> toNoShow(Ticket ticket, const Actor &actor, const QString &reason);
    void record(const char *kind, const Ticket &ticket, const Actor &actor, TicketStatus from,
                const QJsonObject &detail = {});
    void recordWindow(const char *kind, const ServiceWindow &window, qint64 staffId,
                      WindowState from, const QJsonObject &detail = {});
    int waitingAheadOf(const Ticket &ticket);
    int estimateWaitSeconds(qint64 queueId, int ahead);

    QueueRepository &m_repo;
    const Clock &m_clock;
    const PersonalDataCipher &m_cipher;
    QueuePolicy m_policy;
    HallTime m_hallTime;
};

} // namespace halldesk
