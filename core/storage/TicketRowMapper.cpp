#include "storage/TicketRowMapper.h"

#include "queue/CallOrder.h"

#include <QVariant>

namespace halldesk {

// QtSql binds a null QString as SQL NULL; our text columns are NOT NULL with '' for "none".
QVariant TicketRowMapper::text(const QString &value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

QString TicketRowMapper::selectColumns()
{
    return QStringLiteral(
        "t.id, t.service_day, t.number, t.queue_id, q.code, t.status, t.priority_group, "
        "t.appointment_id, t.appt_start_ms, t.appt_end_ms, t.resident_hash, t.resident_id_enc, "
        "t.phone_enc, t.issued_at_ms, t.sort_at_ms, t.called_at_ms, t.finished_at_ms, "
        "t.window_number, t.target_window, t.transfer_comment, t.recall_count, t.hold_until_ms, "
        "t.no_show_at_ms, t.boosted");
}

Ticket TicketRowMapper::fromRow(const QSqlQuery &q)
{
    Ticket t;
    int c = 0;
    t.id = q.value(c++).toLongLong();
    t.serviceDay = q.value(c++).toInt();
    t.number = q.value(c++).toString();
    t.queueId = q.value(c++).toLongLong();
    t.queueCode = q.value(c++).toString();
    t.status =
        ticketStatusFromStorageName(q.value(c++).toString()).value_or(TicketStatus::Cancelled);
    t.priority =
        priorityGroupFromStorageName(q.value(c++).toString()).value_or(PriorityGroup::None);
    t.appointmentId = q.value(c++).toString();
    t.appointmentStartMs = q.value(c++).toLongLong();
    t.appointmentEndMs = q.value(c++).toLongLong();
    t.residentHash = q.value(c++).toString();
    t.residentIdEncrypted = q.value(c++).toString();
    t.phoneEncrypted = q.value(c++).toString();
    t.issuedAtMs = q.value(c++).toLongLong();
    t.sortAtMs = q.value(c++).toLongLong();
    t.calledAtMs = q.value(c++).toLongLong();
    t.finishedAtMs = q.value(c++).toLongLong();
    t.windowNumber = q.value(c++).toInt();
    t.targetWindow = q.value(c++).toInt();
    t.transferComment = q.value(c++).toString();
    t.recallCount = q.value(c++).toInt();
    t.holdUntilMs = q.value(c++).toLongLong();
    t.noShowAtMs = q.value(c++).toLongLong();
    t.boosted = q.value(c++).toInt() != 0;
    return t;
}

QString TicketRowMapper::insertSql()
{
    return QStringLiteral(
        "INSERT INTO tickets (service_day, number, queue_id, status, priority_group, "
        "appointment_id, appt_start_ms, appt_end_ms, resident_hash, resident_id_enc, phone_enc, "
        "issued_at_ms, sort_at_ms, lane_rank, priority_staff_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
        "?, "
        "?, ?, ?, ?, ?, ?) RETURNING id");
}

QVariantList TicketRowMapper::insertValues(const Ticket &t)
{
    QVariantList q;
    q.append(t.serviceDay);
    q.append(text(t.number));
    q.append(t.queueId);
    q.append(text(toStorageName(t.status)));
    q.append(text(toStorageName(t.priority)));
    q.append(text(t.appointmentId));
    q.append(t.appointmentStartMs);
    q.append(t.appointmentEndMs);
    q.append(text(t.residentHash));
    q.append(text(t.residentIdEncrypted));
    q.append(text(t.phoneEncrypted));
    q.append(t.issuedAtMs);
    q.append(t.sortAtMs);
    q.append(CallOrder::laneRank(t));
    q.append(t.priorityStaffId != 0 ? QVariant(t.priorityStaffId)
                                    : QVariant(QMetaType::fromType<qint64>()));
    return q;
}

// Identity, number and personal data never change after issue, so the update leaves them out.
QString TicketRowMapper::updateSql()
{
    return QStringLiteral(
        "UPDATE tickets SET queue_id = ?, status = ?, priority_group = ?, sort_at_ms = ?, "
        "called_at_ms = ?, finished_at_ms = ?, window_number = ?, target_window = ?, "
        "transfer_comment = ?, recall_count = ?, hold_until_ms = ?, no_show_at_ms = ?, "
        "boosted = ?, lane_rank = ? WHERE id = ?");
}

QVariantList TicketRowMapper::updateValues(const Ticket &t)
{
    QVariantList q;
    q.append(t.queueId);
    q.append(text(toStorageName(t.status)));
    q.append(text(toStorageName(t.priority)));
    q.append(t.sortAtMs);
    q.append(t.calledAtMs);
    q.append(t.finishedAtMs);
    q.append(t.windowNumber);
    q.append(t.targetWindow);
    q.append(text(t.transferComment));
    q.append(t.recallCount);
    q.append(t.holdUntilMs);
    q.append(t.noShowAtMs);
    q.append(t.boosted ? 1 : 0);
    q.append(CallOrder::laneRank(t));
    q.append(t.id);
    return q;
}

} // namespace halldesk
