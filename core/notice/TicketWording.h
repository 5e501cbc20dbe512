#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace halldesk {

// How a ticket's facts are put into words, the same on the printed slip and on the kiosk's
// screen, so the two never tell a citizen different things.
class TicketWording
{
    Q_DECLARE_TR_FUNCTIONS(TicketWording)

public:
    // "约 22 分钟", "无需等候".
    static QString waitText(int estimatedWaitSeconds);
    static QString estimatedWait(int estimatedWaitSeconds);
    static QString ahead(int waitingAhead);
    static QString priority(const QString &groupName);
    static QString windows(const QList<int> &windows);
};

} // namespace halldesk
