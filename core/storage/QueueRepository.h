#pragma once

#include "domain/HallModel.h"
#include "domain/QueueEvent.h"
#include "domain/Ticket.h"

#include <QList>
#include <optional>

namespace halldesk {

// Everything the queue engine reads and writes, and nothing else. Implementations throw
// StorageError; the engine owns the transaction around each operation. The "ForUpdate" reads
// take a row lock on PostgreSQL (on SQLite the whole write transaction is already exclusive).
class QueueRepository
{
public:
    virtual ~QueueRepository() = default;

    virtual void beginWrite() = 0;
    virtual void commit() = 0;
    virtual void rollback() noexcept = 0;
    // Inside a group-commit batch every operation already runs in the writer's transaction.
    virtual bool inBatch() const = 0;
    // Whether reads outside the write lock cost the writers nothing (MVCC on PostgreSQL).
    virtual bool concurrentReadsAreCheap() const = 0;

    virtual std::optional<ServiceQueue> queueByCode(const QString &code) = 0;
    virtual std::optional<ServiceQueue> queueById(qint64 id) = 0;

    virtual std::optional<ServiceWindow> window(int number) = 0;
    virtual std::optional<ServiceWindow> windowForUpdate(int number) = 0;
    virtual std::optional<ServiceWindow> windowOfStaff(qint64 staffId) = 0;
    virtual void updateWindowState(const ServiceWindow &window) = 0;
    virtual int countOpenWindowsServing(qint64 queueId) = 0;

    virtual std::optional<StaffMember> staffById(qint64 id) = 0;
    virtual std::optional<StaffMember> staffByNumber(const QString &staffNo) = 0;

    // Atomically takes the next number of a prefix's daily sequence (row-locked until commit).
    virtual int nextSequenceValue(const QString &prefix, int serviceDay) = 0;
    virtual qint64 insertTicket(const Ticket &ticket) = 0;
    virtual void updateTicket(const Ticket &ticket) = 0;
    virtual std::optional<Ticket> ticket(qint64 id) = 0;
    virtual std::optional<Ticket> ticketForUpdate(qint64 id) = 0;
    virtual std::optional<Ticket> ticketByNumber(int serviceDay, const QString &number) = 0;
    virtual std::optional<Ticket> currentTicketAt(int window) = 0;
    virtual QList<Ticket> ticketsHeldBy(int window) = 0;
    // The ticket call-next should take for this window, locked so no other window can take it.
    virtual std::optional<qint64> nextCandidateForUpdate(int window, int serviceDay,
                                                         qint64 nowMs) = 0;
    // The same question without any lock, to answer "nobody waiting" without queueing for the
    // write lock; its answer may be stale by the time anyone acts on it.
    virtual bool anyCandidate(int window, int serviceDay, qint64 nowMs) = 0;
    // Waiting tickets of one queue in the order that queue would call them.
    virtual QList<Ticket> waitingInQueue(qint64 queueId, int serviceDay, qint64 nowMs) = 0;
    // How many wait in the queue's own line, and since when the longest has waited (0: none),
    // in one aggregate over the waiting index: the hall board's figures every quarter second.
    virtual std::pair<int, qint64> waitingCount(qint64 queueId, int serviceDay) = 0;
    // People in the ticket's queue who will be called before it (by lane and arrival; an
    // appointment reaching its slot may still overtake).
    virtual int countAhead(const Ticket &ticket) = 0;
    virtual int countActiveForResident(qint64 queueId, int serviceDay, const QString &hash) = 0;
    virtual QList<qint64> heldExpiredBefore(qint64 nowMs) = 0;
    // The window's no-shows of that day marked at or after sinceMs, newest first.
    virtual QList<Ticket> noShowsAt(int window, int serviceDay, qint64 sinceMs) = 0;
    // That day's waiting tickets a transfer reserved for this window, in line order.
    virtual QList<Ticket> transferredTo(int window, int serviceDay) = 0;
    virtual QList<qint64> openTicketsBefore(int serviceDay) = 0;

    virtual double averageServiceMs(qint64 queueId) = 0;
    // Exponential moving average of service times; seedMs stands in for the first sample's past.
    virtual void recordServiceTime(qint64 queueId, qint64 serviceMs, double alpha,
                                   double seedMs) = 0;

    virtual void appendEvent(const QueueEvent &event) = 0;
    virtual QList<QueueEvent> eventsForTicket(qint64 ticketId) = 0;
    virtual QList<QueueEvent> eventsForWindow(int window, int serviceDay) = 0;
    // How many tickets a staff member finished on that day (at any window), and the sum of
    // their service times (finish - call).
    virtual std::pair<int, qint64> finishedByStaff(qint64 staffId, int serviceDay) = 0;
};

} // namespace halldesk
