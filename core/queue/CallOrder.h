#pragma once

#include "domain/Ticket.h"

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
    return tier + QStringLiteral(" DESC, (? - t.sort_at_ms) * (CASE WHEN ") + tier +
           QStringLiteral(" = 0 THEN COALESCE(wq.weight, 1.0) ELSE 1.0 END) DESC, t.id");
}

// Bind values for orderBySql(): the current time at each of its five placeholders.
inline QVariantList orderByValues(qint64 nowMs)
{
    return QVariantList(5, nowMs);
}

// The part of the order that does not depend on the time, stored with each ticket so that the
// head of each queue's line is one index step away: 0 priority group, 2 owed a turn, 3 the rest.
// (Tier 2, an appointment in its slot, depends on the time and is looked up separately.)
inline int laneRank(const Ticket &t)
{
    if (t.priority != PriorityGroup::None)
        return 0;
    if (t.boosted || t.targetWindow != 0)
        return 2;
    return 3;
}

inline int tier(const Ticket &t, qint64 nowMs)
{
    if (t.priority != PriorityGroup::None)
        return 3;
    if (t.hasAppointment() && t.appointmentStartMs <= nowMs && nowMs <= t.appointmentEndMs)
        return 2;
    if (t.boosted || t.targetWindow != 0)
        return 1;
    return 0;
}

// True when a should be called before b at a window with these weights for their queues:
// the same rule as orderBySql(), for candidates already fetched.
inline bool before(const Ticket &a, double weightA, const Ticket &b, double weightB, qint64 nowMs)
{
    const int ta = tier(a, nowMs);
    const int tb = tier(b, nowMs);
    if (ta != tb)
        return ta > tb;
    const double ka = double(nowMs - a.sortAtMs) * (ta == 0 ? weightA : 1.0);
    const double kb = double(nowMs - b.sortAtMs) * (tb == 0 ? weightB : 1.0);
    if (ka != kb)
        return ka > kb;
    return a.id < b.id;
}

} // namespace CallOrder
} // namespace halldesk
