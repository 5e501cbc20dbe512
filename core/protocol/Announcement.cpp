#include "protocol/Announcement.h"

namespace halldesk {

QString Announcement::forCall(const QString &ticketNumber, int window)
{
    return tr("Number %1, please come to window %2.").arg(ticketNumber).arg(window);
}

} // namespace halldesk
