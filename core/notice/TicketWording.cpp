#include "notice/TicketWording.h"

#include "kiosk/WindowRanges.h"

namespace halldesk {

QString TicketWording::waitText(int estimatedWaitSeconds)
{
    if (estimatedWaitSeconds <= 0)
        return tr("no wait");
    const int minutes = qMax(1, (estimatedWaitSeconds + 59) / 60);
    return tr("about %n minute(s)", nullptr, minutes);
}

QString TicketWording::estimatedWait(int estimatedWaitSeconds)
{
    return tr("Estimated wait: %1").arg(waitText(estimatedWaitSeconds));
}

QString TicketWording::ahead(int waitingAhead)
{
    return tr("%n person(s) ahead of you", nullptr, waitingAhead);
}

QString TicketWording::priority(const QString &groupName)
{
    return tr("Priority: %1").arg(groupName);
}

QString TicketWording::windows(const QList<int> &windows)
{
    return tr("Served at windows %1").arg(WindowRanges::text(windows));
}

} // namespace halldesk
