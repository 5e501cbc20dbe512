#pragma once

#include "storage/PreparedStatements.h"
#include "storage/QueueRepository.h"

#include <QSqlQuery>
#include <QVariantList>
#include <memory>
#include <unordered_map>

namespace halldesk {

class Database;

// QueueRepository over QtSql, for both back-ends. The SQL is shared; what differs is locking:
// PostgreSQL takes row locks (FOR UPDATE, and SKIP LOCKED when choosing the next ticket so that
// 271 windows never wait on each other's candidate), SQLite relies on its single writer.
class SqlQueueRepository final : public QueueRepository
{
public:
    explicit SqlQueueRepository(Database &database);

    void beginWrite() override;
    void commit() override;
    void rollback() noexcept override;
    bool inBatch() const override;
    bool concurrentReadsAreCheap() const override { return m_postgres; }

    std::optional<ServiceQueue> queueByCode(const QString &code) override;
    std::optional<ServiceQueue> queueById(qint64 id) override;

    std::optional<ServiceWindow> window(int number) override;
    std::optional<ServiceWindow> windowForUpdate(int number) override;
    std::optional<ServiceWindow> windowOfStaff(qint64 staffId) override;
    void updateWindowState(const ServiceWindow &window) override;
    int countOpenWindowsServing(qint64 queueId) override;

    std::optional<StaffMember> staffById(qint64 id) override;
    std::optional<StaffMember> staffByNumber(const QString &staffNo) override;

    int nextSequenceValue(const QString &prefix, int serviceDay) override;
    qint64 insertTicket(const Ticket &ticket) override;
    void updateTicket(const Ticket &ticket) override;
    std::optional<Ticket> ticket(qint64 id) override;
    std::optional<Ticket> ticketForUpdate(qint64 id) override;
    std::optional<Ticket> ticketByNumber(int serviceDay, const QString &number) override;
    std::optional<Ticket> currentTicketAt(int window) override;
    QList<Ticket> ticketsHeldBy(int window) override;
    std::optional<qint64> nextCandidateForUpdate(int window, int serviceDay, qint64 nowMs) override;
    bool anyCandidate(int window, int serviceDay, qint64 nowMs) override;
    QList<Ticket> waitingInQueue(qint64 queueId, int serviceDay, qint64 nowMs) override;
    std::pair<int, qint64> waitingCount(qint64 queueId, int serviceDay) override;
    int countAhead(const Ticket &ticket) override;
    int countActiveForResident(qint64 queueId, int serviceDay, const QString &hash) override;
    QList<qint64> heldExpiredBefore(qint64 nowMs) override;
    QList<Ticket> noShowsAt(int window, int serviceDay, qint64 sinceMs) override;
    QList<Ticket> transferredTo(int window, int serviceDay) override;
    QList<qint64> openTicketsBefore(int serviceDay) override;

    double averageServiceMs(qint64 queueId) override;
    void recordServiceTime(qint64 queueId, qint64 serviceMs, double alpha, double seedMs) override;

    void appendEvent(const QueueEvent &event) override;
    QList<QueueEvent> eventsForTicket(qint64 ticketId) override;
    QList<QueueEvent> eventsForWindow(int window, int serviceDay) override;
    std::pair<int, qint64> finishedByStaff(qint64 staffId, int serviceDay) override;

    // The call order computed by ordering every candidate in SQL: the reference that the fast
    // path of nextCandidateForUpdate() is tested against, and its fallback on PostgreSQL.
    std::optional<qint64> candidateByFullOrder(int window, int serviceDay, qint64 nowMs, bool lock);

private:
    // A prepared statement, kept for the life of the connection: the hot paths run thousands of
    // times a day and should not be parsed each time.
    QSqlQuery &run(const QString &sql, const QVariantList &values);
    QString lockSuffix() const;
    // The ticket call-next would take, read without any lock.
    std::optional<Ticket> peekCandidate(int window, int serviceDay, qint64 nowMs);
    void collectCandidates(const QString &sql, const QVariantList &values,
                           std::optional<Ticket> &best, double &bestWeight, qint64 nowMs);
    std::optional<ServiceWindow> windowWhere(const QString &condition, const QVariant &value,
                                             bool forUpdate);
    std::optional<StaffMember> staffWhere(const QString &condition, const QVariant &value);
    std::optional<Ticket> ticketWhere(const QString &condition, const QVariantList &values,
                                      bool forUpdate);
    QList<Ticket> ticketsWhere(const QString &condition, const QVariantList &values);
    QList<QueueEvent> eventsWhere(const QString &condition, const QVariantList &values);
    ServiceQueue queueFromRow(const QSqlQuery &query) const;

    Database &m_database;
    PreparedStatements m_statements;
    bool m_postgres;
};

} // namespace halldesk
