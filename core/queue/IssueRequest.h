#pragma once

#include "domain/PriorityGroup.h"
#include "domain/Ticket.h"

#include <QString>

namespace halldesk {

struct IssueRequest
{
    QString queueCode;
    QString residentId; // optional; validated (GB 11643) and stored encrypted
    QString phone;      // optional; validated and stored encrypted
    PriorityGroup priority = PriorityGroup::None;
    qint64 priorityStaffId = 0; // who authorised `priority` (audit); 0: nobody
    QString appointmentId;      // a checked-in appointment, with its slot
    qint64 appointmentStartMs = 0;
    qint64 appointmentEndMs = 0;
};

struct IssuedTicket
{
    Ticket ticket;
    int waitingAhead = 0;
    int estimatedWaitSeconds = 0;
};

struct QueueSnapshot
{
    QString queueCode;
    int waiting = 0;
    qint64 longestWaitMs = 0;
    int estimatedWaitSeconds = 0; // for someone taking a ticket now
    int openWindows = 0;
};

} // namespace halldesk
