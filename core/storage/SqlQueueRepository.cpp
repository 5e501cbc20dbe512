#include "storage/SqlQueueRepository.h"

#include "logging/HallDeskLogging.h"
#include "queue/CallOrder.h"
#include "storage/Database.h"
#include "storage/PreparedStatements.h"
#include "storage/StorageError.h"
#include "storage/TicketRowMapper.h"

#include <QSqlError>

namespace halldesk {

namespace {

constexpr auto text = &TicketRowMapper::text;

using Finisher = StatementFinisher;

const QString kTicketFrom = QStringLiteral(" FROM tickets t JOIN queues q ON q.id = t.queue_id ");

} // namespace

SqlQueueRepository::SqlQueueRepository(Database &database)
    : m_database(database)
    , m_statements(database)
    , m_postgres(database.backend() == Backend::Postgres)
{}

void SqlQueueRepository::beginWrite()
{
    m_database.beginWrite();
}

void SqlQueueRepository::commit()
{
    m_database.commit();
}

void SqlQueueRepository::rollback() noexcept
{
    m_database.rollback();
}

bool SqlQueueRepository::inBatch() const
{
    return m_database.inBatch();
}

QSqlQuery &SqlQueueRepository::run(const QString &sql, const QVariantList &values)
{
    return m_statements.run(sql, values);
}

QString SqlQueueRepository::lockSuffix() const
{
    return m_postgres ? QStringLiteral(" FOR UPDATE") : QString();
}

ServiceQueue SqlQueueRepository::queueFromRow(const QSqlQuery &q) const
{
    ServiceQueue queue;
    queue.id = q.value(0).toLongLong();
    queue.areaId = q.value(1).toLongLong();
    queue.code = q.value(2).toString();
    queue.name = q.value(3).toString();
    queue.prefix = q.value(4).toString();
    queue.initialServiceSeconds = q.value(5).toInt();
    return queue;
}

std::optional<ServiceQueue> SqlQueueRepository::queueByCode(const QString &code)
{
    auto &q = run(QStringLiteral("SELECT id, area_id, code, name, prefix, initial_service_s FROM "
                                 "queues WHERE code = ?"),
                  {text(code)});
    Finisher done(q);
    if (!q.next())
        return std::nullopt;
    return queueFromRow(q);
}

std::optional<ServiceQueue> SqlQueueRepository::queueById(qint64 id)
{
    auto &q = run(QStringLiteral("SELECT id, area_id, code, name, prefix, initial_service_s FROM "
                                 "queues WHERE id = ?"),
                  {id});
    Finisher done(q);
    if (!q.next())
        return std::nullopt;
    return queueFromRow(q);
}

std::optional<ServiceWindow> SqlQueueRepository::windowWhere(const QString &condition,
                                                             const QVariant &value, bool forUpdate)
{
    ServiceWindow window;
    {
        auto &q = run(QStringLiteral("SELECT number, area_id, name, state, COALESCE(staff_id, 0), "
                                     "pause_reason, state_since_ms FROM windows WHERE ") +
                          condition + (forUpdate ? lockSuffix() : QString()),
                      {value});
        Finisher done(q);
        if (!q.next())
            return std::nullopt;
        window.number = q.value(0).toInt();
        window.areaId = q.value(1).toLongLong();
        window.name = q.value(2).toString();
        window.state =
            windowStateFromStorageName(q.value(3).toString()).value_or(WindowState::SignedOut);
        window.staffId = q.value(4).toLongLong();
        window.pauseReason = q.value(5).toString();
        window.stateSinceMs = q.value(6).toLongLong();
    }
    auto &q = run(QStringLiteral("SELECT wq.queue_id, q.code, wq.weight FROM window_queues wq JOIN "
                                 "queues q ON q.id = wq.queue_id WHERE wq.window_number = ? ORDER "
                                 "BY q.code"),
                  {window.number});
    Finisher done(q);
    while (q.next())
        window.queues << WindowQueue{q.value(0).toLongLong(), q.value(1).toString(),
                                     q.value(2).toDouble()};
    return window;
}

std::optional<ServiceWindow> SqlQueueRepository::window(int number)
{
    return windowWhere(QStringLiteral("number = ?"), number, false);
}

std::optional<ServiceWindow> SqlQueueRepository::windowForUpdate(int number)
{
    return windowWhere(QStringLiteral("number = ?"), number, true);
}

std::optional<ServiceWindow> SqlQueueRepository::windowOfStaff(qint64 staffId)
{
    return windowWhere(QStringLiteral("staff_id = ?"), staffId, false);
}

void SqlQueueRepository::updateWindowState(const ServiceWindow &window)
{
    auto &q =
        run(QStringLiteral("UPDATE windows SET state = ?, staff_id = ?, pause_reason = ?, "
                           "state_since_ms = ? WHERE number = ?"),
            {toStorageName(window.state),
             window.staffId ? QVariant(window.staffId) : QVariant(QMetaType::fromType<qint64>()),
             text(window.pauseReason), window.stateSinceMs, window.number});
    q.finish();
}

int SqlQueueRepository::countOpenWindowsServing(qint64 queueId)
{
    auto &q = run(QStringLiteral("SELECT count(*) FROM window_queues wq JOIN windows w ON w.number "
                                 "= wq.window_number WHERE wq.queue_id = ? AND w.state = 'open'"),
                  {queueId});
    Finisher done(q);
    return q.next() ? q.value(0).toInt() : 0;
}

std::optional<StaffMember> SqlQueueRepository::staffWhere(const QString &condition,
                                                          const QVariant &value)
{
    auto &q =
        run(QStringLiteral("SELECT id, staff_no, name, role, active FROM staff WHERE ") + condition,
            {value});
    Finisher done(q);
    if (!q.next())
        return std::nullopt;
    StaffMember staff;
    staff.id = q.value(0).toLongLong();
    staff.staffNo = q.value(1).toString();
    staff.name = q.value(2).toString();
    staff.role = staffRoleFromStorageName(q.value(3).toString());
    staff.active = q.value(4).toInt() != 0;
    return staff;
}

std::optional<StaffMember> SqlQueueRepository::staffById(qint64 id)
{
    return staffWhere(QStringLiteral("id = ?"), id);
}

std::optional<StaffMember> SqlQueueRepository::staffByNumber(const QString &staffNo)
{
    return staffWhere(QStringLiteral("staff_no = ?"), text(staffNo));
}

int SqlQueueRepository::nextSequenceValue(const QString &prefix, int serviceDay)
{
    // One statement, so the number comes from the row itself under its lock, never from a count.
    auto &q =
        run(QStringLiteral("INSERT INTO ticket_sequences (prefix, service_day, last_value) "
                           "VALUES (?, ?, 1) ON CONFLICT (prefix, service_day) DO UPDATE SET "
                           "last_value = ticket_sequences.last_value + 1 RETURNING last_value"),
            {text(prefix), serviceDay});
    Finisher done(q);
    if (!q.next())
        throw StorageError(QStringLiteral("ticket sequence returned no row"));
    return q.value(0).toInt();
}

qint64 SqlQueueRepository::insertTicket(const Ticket &ticket)
{
    auto &q = run(TicketRowMapper::insertSql(), TicketRowMapper::insertValues(ticket));
    Finisher done(q);
    if (!q.next())
        throw StorageError(QStringLiteral("ticket insert returned no id"));
    return q.value(0).toLongLong();
}

void SqlQueueRepository::updateTicket(const Ticket &ticket)
{
    auto &q = run(TicketRowMapper::updateSql(), TicketRowMapper::updateValues(ticket));
    const int affected = q.numRowsAffected();
    q.finish();
    if (affected != 1)
        throw StorageError(QStringLiteral("ticket %1 was not updated").arg(ticket.id));
}

std::optional<Ticket> SqlQueueRepository::ticketWhere(const QString &condition,
                                                      const QVariantList &values, bool forUpdate)
{
    auto &q = run(QStringLiteral("SELECT ") + TicketRowMapper::selectColumns() + kTicketFrom +
                      QStringLiteral("WHERE ") + condition +
                      (forUpdate && m_postgres ? QStringLiteral(" FOR UPDATE OF t") : QString()),
                  values);
    Finisher done(q);
    if (!q.next())
        return std::nullopt;
    return TicketRowMapper::fromRow(q);
}

QList<Ticket> SqlQueueRepository::ticketsWhere(const QString &condition, const QVariantList &values)
{
    auto &q = run(QStringLiteral("SELECT ") + TicketRowMapper::selectColumns() + kTicketFrom +
                      QStringLiteral("WHERE ") + condition,
                  values);
    Finisher done(q);
    QList<Ticket> result;
    while (q.next())
        result << TicketRowMapper::fromRow(q);
    return result;
}

std::optional<Ticket> SqlQueueRepository::ticket(qint64 id)
{
    return ticketWhere(QStringLiteral("t.id = ?"), {id}, false);
}

std::optional<Ticket> SqlQueueRepository::ticketForUpdate(qint64 id)
{
    return ticketWhere(QStringLiteral("t.id = ?"), {id}, true);
}

std::optional<Ticket> SqlQueueRepository::ticketByNumber(int serviceDay, const QString &number)
{
    return ticketWhere(QStringLiteral("t.service_day = ? AND t.number = ?"),
                       {serviceDay, text(number)}, false);
}

std::optional<Ticket> SqlQueueRepository::currentTicketAt(int window)
{
    return ticketWhere(QStringLiteral("t.window_number = ? AND t.status = 'called'"), {window},
                       false);
}

QList<Ticket> SqlQueueRepository::ticketsHeldBy(int window)
{
    return ticketsWhere(QStringLiteral("t.window_number = ? AND t.status = 'held' ORDER BY "
                                       "t.hold_until_ms"),
                        {window});
}

std::optional<qint64> SqlQueueRepository::candidateByFullOrder(int window, int serviceDay,
                                                               qint64 nowMs, bool lock)
{
    // Built once: run() looks its prepared statement up by this text on every call.
    static const QString unlocked =
        QStringLiteral("SELECT t.id FROM tickets t LEFT JOIN window_queues wq ON wq.queue_id = "
                       "t.queue_id AND wq.window_number = ? WHERE t.status = 'waiting' AND "
                       "t.service_day = ? AND ((t.target_window = 0 AND wq.window_number IS NOT "
                       "NULL) OR t.target_window = ?) ORDER BY ") +
        CallOrder::orderBySql() + QStringLiteral(" LIMIT 1");
    static const QString skipLocked = unlocked + QStringLiteral(" FOR UPDATE OF t SKIP LOCKED");
    const QString &sql = m_postgres && lock ? skipLocked : unlocked;
    QVariantList values{window, serviceDay, window};
    values << CallOrder::orderByValues(nowMs);
    auto &q = run(sql, values);
    Finisher done(q);
    if (!q.next())
        return std::nullopt;
    return q.value(0).toLongLong();
}

void SqlQueueRepository::collectCandidates(const QString &sql, const QVariantList &values,
                                           std::optional<Ticket> &best, double &bestWeight,
                                           qint64 nowMs)
{
    auto &q = run(sql, values);
    Finisher done(q);
    while (q.next()) {
        Ticket t = TicketRowMapper::fromRow(q);
        const double weight = q.value(TicketRowMapper::columnCount()).toDouble();
        if (!best || CallOrder::before(t, weight, *best, bestWeight, nowMs)) {
            best = std::move(t);
            bestWeight = weight;
        }
    }
}

std::optional<Ticket> SqlQueueRepository::peekCandidate(int window, int serviceDay, qint64 nowMs)
{
    // Instead of ordering every waiting ticket the window may take, compare a handful: the head
    // of each served queue's line (one index step each, thanks to lane_rank), the head of the
    // tickets transferred to this window, and the appointments whose slot is running.
    // CallOrder::before() applies the same rule as CallOrder::orderBySql().
    // Built once: this runs at every call-next, and run() finds its statement by the text.
    static const QString columns = TicketRowMapper::selectColumns();
    static const QString lineHeads =
        QStringLiteral("SELECT ") + columns +
        QStringLiteral(", x.weight FROM (SELECT wq.weight AS weight, (SELECT h.id FROM tickets h "
                       "WHERE h.queue_id = wq.queue_id AND h.service_day = ? AND h.status = "
                       "'waiting' AND h.target_window = 0 ORDER BY h.lane_rank, h.sort_at_ms, "
                       "h.id LIMIT 1) AS head FROM window_queues wq WHERE wq.window_number = ?) x "
                       "JOIN tickets t ON t.id = x.head JOIN queues q ON q.id = t.queue_id");
    static const QString transferredHere =
        QStringLiteral("SELECT ") + columns + QStringLiteral(", 1.0") + kTicketFrom +
        QStringLiteral("WHERE t.target_window = ? AND t.target_window <> 0 AND t.status = "
                       "'waiting' AND t.service_day = ? ORDER BY t.lane_rank, t.sort_at_ms, t.id "
                       "LIMIT 1");
    static const QString appointmentsInSlot =
        QStringLiteral("SELECT ") + columns + QStringLiteral(", COALESCE(wq.weight, 1.0)") +
        kTicketFrom +
        QStringLiteral("LEFT JOIN window_queues wq ON wq.queue_id = t.queue_id AND "
                       "wq.window_number = ? WHERE t.status = 'waiting' AND t.appointment_id <> "
                       "'' AND t.service_day = ? AND t.appt_start_ms <= ? AND ? <= t.appt_end_ms "
                       "AND ((t.target_window = 0 AND wq.window_number IS NOT NULL) OR "
                       "t.target_window = ?)");
    std::optional<Ticket> best;
    double bestWeight = 1.0;
    collectCandidates(lineHeads, {serviceDay, window}, best, bestWeight, nowMs);
    collectCandidates(transferredHere, {window, serviceDay}, best, bestWeight, nowMs);
    collectCandidates(appointmentsInSlot, {window, serviceDay, nowMs, nowMs, window}, best,
                      bestWeight, nowMs);
    return best;
}

std::optional<qint64> SqlQueueRepository::nextCandidateForUpdate(int window, int serviceDay,
                                                                 qint64 nowMs)
{
    const auto best = peekCandidate(window, serviceDay, nowMs);
    if (!best)
        return std::nullopt;
    if (!m_postgres)
        return best->id; // SQLite: this transaction is the only writer
    // PostgreSQL: take the row unless another window is taking it right now; then fall back to
    // the full ordering, which skips whatever is locked.
    auto &q = run(QStringLiteral("SELECT id FROM tickets WHERE id = ? AND status = 'waiting' FOR "
                                 "UPDATE SKIP LOCKED"),
                  {best->id});
    const bool locked = q.next();
    q.finish();
    if (locked)
        return best->id;
    return candidateByFullOrder(window, serviceDay, nowMs, true);
}

bool SqlQueueRepository::anyCandidate(int window, int serviceDay, qint64 nowMs)
{
    return peekCandidate(window, serviceDay, nowMs).has_value();
}

QList<Ticket> SqlQueueRepository::waitingInQueue(qint64 queueId, int serviceDay, qint64 nowMs)
{
    // Within one queue the weight is the same for everyone, so the window-independent order is
    // the queue's own order; a weight of 1 stands in for it.
    static const QString condition =
        QStringLiteral("t.queue_id = ? AND t.service_day = ? AND t.status = 'waiting' AND "
                       "t.target_window = 0 ORDER BY ") +
        QString(CallOrder::orderBySql())
            .replace(QLatin1String("COALESCE(wq.weight, 1.0)"), QLatin1String("1.0"));
    QVariantList values{queueId, serviceDay};
    values << CallOrder::orderByValues(nowMs);
    return ticketsWhere(condition, values);
}

std::pair<int, qint64> SqlQueueRepository::waitingCount(qint64 queueId, int serviceDay)
{
    auto &q =
        run(QStringLiteral("SELECT count(*), COALESCE(min(issued_at_ms), 0) FROM tickets WHERE "
                           "queue_id = ? AND service_day = ? AND status = 'waiting' AND "
                           "target_window = 0"),
            {queueId, serviceDay});
    Finisher done(q);
    if (!q.next())
        return {0, 0};
    return {q.value(0).toInt(), q.value(1).toLongLong()};
}

int SqlQueueRepository::countAhead(const Ticket &ticket)
{
    // A checked-in appointment whose slot is running is called after the priority groups and
    // the appointments in their slot that came before it (CallOrder tier 2), not after
    // everyone who took an ordinary ticket earlier.
    const qint64 at = ticket.sortAtMs;
    if (CallOrder::tier(ticket, at) == 2) {
        auto &q = run(QStringLiteral("SELECT count(*) FROM tickets WHERE queue_id = ? AND "
                                     "service_day = ? AND status = 'waiting' AND target_window = "
                                     "0 AND (priority_group <> '' OR (appointment_id <> '' AND "
                                     "appt_start_ms <= ? AND ? <= appt_end_ms AND (sort_at_ms < "
                                     "? OR (sort_at_ms = ? AND id < ?))))"),
                      {ticket.queueId, ticket.serviceDay, at, at, at, at, ticket.id});
        Finisher done(q);
        return q.next() ? q.value(0).toInt() : 0;
    }
    const int lane = CallOrder::laneRank(ticket);
    auto &q = run(QStringLiteral("SELECT count(*) FROM tickets WHERE queue_id = ? AND service_day "
                                 "= ? AND status = 'waiting' AND target_window = 0 AND (lane_rank "
                                 "< ? OR (lane_rank = ? AND (sort_at_ms < ? OR (sort_at_ms = ? AND "
                                 "id < ?))))"),
                  {ticket.queueId, ticket.serviceDay, lane, lane, ticket.sortAtMs, ticket.sortAtMs,
                   ticket.id});
    Finisher done(q);
    return q.next() ? q.value(0).toInt() : 0;
}

int SqlQueueRepository::countActiveForResident(qint64 queueId, int serviceDay, const QString &hash)
{
    auto &q = run(QStringLiteral("SELECT count(*) FROM tickets WHERE queue_id = ? AND service_day "
                                 "= ? AND resident_hash = ? AND status IN ('waiting', 'called', "
                                 "'held', 'no_show')"),
                  {queueId, serviceDay, text(hash)});
    Finisher done(q);
    return q.next() ? q.value(0).toInt() : 0;
}

QList<qint64> SqlQueueRepository::heldExpiredBefore(qint64 nowMs)
{
    auto &q = run(QStringLiteral("SELECT id FROM tickets WHERE status = 'held' AND hold_until_ms "
                                 "<= ? ORDER BY hold_until_ms"),
                  {nowMs});
    Finisher done(q);
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    return ids;
}

QList<Ticket> SqlQueueRepository::noShowsAt(int window, int serviceDay, qint64 sinceMs)
{
    // The status list repeats tickets_open_by_day's condition word for word: SQLite uses a
    // partial index only when the query states its condition, and that index narrows the day
    // to its open tickets (finished ones, the bulk of a day, are not in it).
    return ticketsWhere(QStringLiteral("t.service_day = ? AND t.status IN ('waiting', 'called', "
                                       "'held', 'no_show') AND t.status = 'no_show' AND "
                                       "t.window_number = ? AND t.no_show_at_ms >= ? ORDER BY "
                                       "t.no_show_at_ms DESC, t.id DESC"),
                        {serviceDay, window, sinceMs});
}

QList<Ticket> SqlQueueRepository::transferredTo(int window, int serviceDay)
{
    // States tickets_targeted's condition so that SQLite uses that partial index.
    return ticketsWhere(QStringLiteral("t.status = 'waiting' AND t.target_window <> 0 AND "
                                       "t.target_window = ? AND t.service_day = ? ORDER BY "
                                       "t.lane_rank, t.sort_at_ms, t.id"),
                        {window, serviceDay});
}

QList<qint64> SqlQueueRepository::openTicketsBefore(int serviceDay)
{
    auto &q = run(QStringLiteral("SELECT id FROM tickets WHERE service_day < ? AND status IN "
                                 "('waiting', 'called', 'held', 'no_show') ORDER BY id"),
                  {serviceDay});
    Finisher done(q);
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    return ids;
}

double SqlQueueRepository::averageServiceMs(qint64 queueId)
{
    auto &q = run(QStringLiteral("SELECT COALESCE(s.avg_service_ms, q.initial_service_s * 1000.0) "
                                 "FROM queues q LEFT JOIN queue_stats s ON s.queue_id = q.id WHERE "
                                 "q.id = ?"),
                  {queueId});
    Finisher done(q);
    return q.next() ? q.value(0).toDouble() : 0.0;
}

void SqlQueueRepository::recordServiceTime(qint64 queueId, qint64 serviceMs, double alpha,
                                           double seedMs)
{
    // Done in the database so two windows finishing at once both count.
    const double first = seedMs + alpha * (double(serviceMs) - seedMs);
    auto &q = run(QStringLiteral("INSERT INTO queue_stats (queue_id, avg_service_ms, samples) "
                                 "VALUES (?, ?, 1) ON CONFLICT (queue_id) DO UPDATE SET "
                                 "avg_service_ms = queue_stats.avg_service_ms + ? * (? - "
                                 "queue_stats.avg_service_ms), samples = queue_stats.samples + 1"),
                  {queueId, first, alpha, double(serviceMs)});
    q.finish();
}

void SqlQueueRepository::appendEvent(const QueueEvent &e)
{
    const QVariant nullInt(QMetaType::fromType<qint64>());
    auto &q = run(QStringLiteral("INSERT INTO events (at_ms, service_day, kind, ticket_id, "
                                 "window_number, staff_id, from_state, to_state, detail) VALUES "
                                 "(?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                  {e.atMs, e.serviceDay, text(e.kind), e.ticketId ? QVariant(e.ticketId) : nullInt,
                   e.windowNumber ? QVariant(e.windowNumber) : QVariant(QMetaType::fromType<int>()),
                   e.staffId ? QVariant(e.staffId) : nullInt, text(e.fromState), text(e.toState),
                   text(e.detail)});
    q.finish();
}

QList<QueueEvent> SqlQueueRepository::eventsWhere(const QString &condition,
                                                  const QVariantList &values)
{
    auto &q = run(QStringLiteral("SELECT id, at_ms, service_day, kind, COALESCE(ticket_id, 0), "
                                 "COALESCE(window_number, 0), COALESCE(staff_id, 0), from_state, "
                                 "to_state, detail FROM events WHERE ") +
                      condition + QStringLiteral(" ORDER BY id"),
                  values);
    Finisher done(q);
    QList<QueueEvent> result;
    while (q.next()) {
        QueueEvent e;
        e.id = q.value(0).toLongLong();
        e.atMs = q.value(1).toLongLong();
        e.serviceDay = q.value(2).toInt();
        e.kind = q.value(3).toString();
        e.ticketId = q.value(4).toLongLong();
        e.windowNumber = q.value(5).toInt();
        e.staffId = q.value(6).toLongLong();
        e.fromState = q.value(7).toString();
        e.toState = q.value(8).toString();
        e.detail = q.value(9).toString();
        result << e;
    }
    return result;
}

QList<QueueEvent> SqlQueueRepository::eventsForTicket(qint64 ticketId)
{
    return eventsWhere(QStringLiteral("ticket_id = ?"), {ticketId});
}

QList<QueueEvent> SqlQueueRepository::eventsForWindow(int window, int serviceDay)
{
    return eventsWhere(QStringLiteral("window_number = ? AND service_day = ?"),
                       {window, serviceDay});
}

std::pair<int, qint64> SqlQueueRepository::finishedByStaff(qint64 staffId, int serviceDay)
{
    // The finish events name the clerk, the tickets the times; events_finished_by_staff finds
    // one clerk's finishes of the day without reading the rest of the hall's log.
    auto &q = run(QStringLiteral("SELECT count(*), CAST(COALESCE(sum(t.finished_at_ms - "
                                 "t.called_at_ms), 0) AS BIGINT) FROM events e JOIN tickets t ON "
                                 "t.id = e.ticket_id WHERE e.kind = 'finish' AND e.staff_id = ? "
                                 "AND e.service_day = ?"),
                  {staffId, serviceDay});
    Finisher done(q);
    if (!q.next())
        return {0, 0};
    return {q.value(0).toInt(), q.value(1).toLongLong()};
}

} // namespace halldesk
