#include "counter/TicketFormat.h"

#include "domain/PriorityGroupNames.h"

#include <QStringList>

namespace halldesk {

QString TicketFormat::duration(qint64 ms)
{
    const qint64 seconds = qMax<qint64>(0, ms) / 1000;
    const qint64 h = seconds / 3600;
    const qint64 m = (seconds / 60) % 60;
    const qint64 s = seconds % 60;
    if (h > 0)
        return QStringLiteral("%1:%2:%3")
            .arg(h)
            .arg(m, 2, 10, QLatin1Char('0'))
            .arg(s, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(m).arg(s, 2, 10, QLatin1Char('0'));
}

QString TicketFormat::minutes(qint64 ms)
{
    const qint64 seconds = qMax<qint64>(0, ms) / 1000;
    if (seconds < 60)
        return tr("%n second(s)", nullptr, int(seconds));
    return tr("%n minute(s)", nullptr, int((seconds + 30) / 60));
}

QString TicketFormat::priority(PriorityGroup group)
{
    return PriorityGroupNames::displayName(toStorageName(group));
}

QString TicketFormat::notes(const Ticket &ticket, int ownWindow)
{
    QStringList notes;
    if (ticket.priority != PriorityGroup::None)
        notes << tr("Priority: %1").arg(priority(ticket.priority));
    if (ticket.targetWindow == ownWindow && ownWindow > 0)
        notes << tr("Transferred to this window");
    else if (ticket.boosted)
        notes << tr("Owed a turn");
    if (ticket.hasAppointment())
        notes << tr("Appointment");
    if (!ticket.transferComment.isEmpty())
        notes << ticket.transferComment;
    return notes.join(QStringLiteral(" · "));
}

} // namespace halldesk
