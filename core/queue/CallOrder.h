#pragma once

#include <QString>
#include <QVariantList>

namespace halldesk {

// The call-next rule, in one place, executed by the database so it can lock what it picks.
//
// Among the waiting tickets of today that this window may take (those of the queues it serves
// that are not reserved for another window, plus those transferred to this window):
//   1. Priority groups (绿色通道: elderly, disabled, military and veterans, pregnant women,
//      serious illness) come first, in the order they arrived.
//   2. Then checked-in appointments whose slot is running now, in arrival order. An appointment
//      that arrives early waits as an ordinary ticket until its slot starts.
//   3. Then tickets the hall already owes a turn, in arrival order: a hold that expired, or a
//      transfer from another queue or window (the citizen has waited once already).
//   4. Then everyone else across the window's queues by waiting time multiplied by the window's
//      weight for the ticket's queue: with weights 2 and 1, a ticket of the first queue that has
//      waited 5 minutes goes before one of the second that has waited 9.
// Ties go to the older ticket. "Arrival" is the ticket's place in line (sort_at), which is its
// issue time except for a no-show that came back and was placed behind the people then waiting.
namespace CallOrder {

inline QString tierSql()
{
    return QStringLiteral("(CASE WHEN t.priority_group <> '' THEN 3 WHEN t.appointment_id <> '' "
                          "AND t.appt_start_ms <= ? AND ? <= t.appt_end_ms THEN 2 WHEN t.boosted "
                          "<> 0 OR t.target_window <> 0 THEN 1 ELSE 0 END)");
}

inline QString orderBySql()
{
    const QString tier = tierSql();
    return tier + QStringLiteral(" DESC, (? - t.sort_at_ms) * (CASE WHEN ") + tier
           + QStringLiteral(" = 0 THEN COALESCE(wq.weight, 1.0) ELSE 1.0 END) DESC, t.id");
}

// Bind values for orderBySql(): the current time at each of its five placeholders.
inline QVariantList orderByValues(qint64 nowMs)
{
    return QVariantList(5, nowMs);
}

} // namespace CallOrder
} // namespace halldesk
