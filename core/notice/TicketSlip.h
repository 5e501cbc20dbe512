#pragma once

#include <QList>
#include <QString>

namespace halldesk {

// What a queue ticket slip (排队号票) shows: printed by the kiosk at the citizen's touch.
struct TicketSlip
{
    QString hallName;   // "黄石市政务服务中心"
    QString number;     // "A023"
    QString queueName;  // "个人综合受理"
    QList<int> windows; // the windows that serve the queue, by number
    int waitingAhead = 0;
    int estimatedWaitSeconds = 0;
    qint64 issuedAtMs = 0;
    int serviceDay = 0; // yyyymmdd
    qint64 ticketId = 0;
    QString priorityName;          // "老年人" when issued in a priority group
    qint64 appointmentStartMs = 0; // an appointment's slot, 0 for none
    qint64 appointmentEndMs = 0;
    bool reprint = false; // printed again (a ticket of an earlier run, or the help desk's copy)
};

} // namespace halldesk
