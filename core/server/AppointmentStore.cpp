#include "server/AppointmentStore.h"

#include "storage/PreparedStatements.h"
#include "storage/StorageError.h"

namespace halldesk {

std::optional<StoredAppointment> AppointmentStore::find(const QString &code)
{
    auto &q = m_sql.run(QStringLiteral("SELECT id, code, queue, service_day, start_ms, end_ms, "
                                       "resident_hash, resident_id_enc, status, "
                                       "COALESCE(ticket_id, 0), checked_in_at_ms FROM "
                                       "appointments WHERE code = ?"),
                        {code});
    StatementFinisher done(q);
    if (!q.next())
        return std::nullopt;
    StoredAppointment a;
    a.id = q.value(0).toLongLong();
    a.code = q.value(1).toString();
    a.queue = q.value(2).toString();
    a.serviceDay = q.value(3).toInt();
    a.startMs = q.value(4).toLongLong();
    a.endMs = q.value(5).toLongLong();
    a.residentHash = q.value(6).toString();
    a.residentIdEncrypted = q.value(7).toString();
    a.status = q.value(8).toString();
    a.ticketId = q.value(9).toLongLong();
    a.checkedInAtMs = q.value(10).toLongLong();
    return a;
}

qint64 AppointmentStore::insert(const StoredAppointment &a, qint64 nowMs)
{
    auto &q = m_sql.run(
        QStringLiteral("INSERT INTO appointments (code, queue, service_day, start_ms, end_ms, "
                       "resident_hash, resident_id_enc, status, imported_at_ms) VALUES (?, ?, ?, "
                       "?, ?, ?, ?, ?, ?) RETURNING id"),
        {a.code, a.queue, a.serviceDay, a.startMs, a.endMs,
         a.residentHash.isNull() ? QStringLiteral("") : a.residentHash,
         a.residentIdEncrypted.isNull() ? QStringLiteral("") : a.residentIdEncrypted, a.status,
         nowMs});
    StatementFinisher done(q);
    if (!q.next())
        throw StorageError(QStringLiteral("appointment insert returned no id"));
    return q.value(0).toLongLong();
}

bool AppointmentStore::markCheckedIn(qint64 id, qint64 ticketId, qint64 atMs)
{
    auto &q = m_sql.run(QStringLiteral("UPDATE appointments SET status = 'checked_in', ticket_id "
                                       "= ?, checked_in_at_ms = ? WHERE id = ? AND status = "
                                       "'booked'"),
                        {ticketId, atMs, id});
    const int rows = q.numRowsAffected();
    q.finish();
    return rows == 1;
}

QString AppointmentStore::ticketNumber(qint64 ticketId)
{
    auto &q = m_sql.run(QStringLiteral("SELECT number FROM tickets WHERE id = ?"), {ticketId});
    StatementFinisher done(q);
    return q.next() ? q.value(0).toString() : QString();
}

} // namespace halldesk
