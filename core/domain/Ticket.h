#pragma once

#include "domain/PriorityGroup.h"
#include "domain/TicketStatus.h"

#include <QString>

namespace halldesk {

// A ticket as the queue sees it. Times are UTC milliseconds since the epoch; 0 means "not set".
// The resident ID and phone never appear here in clear: only their encrypted form and a keyed
// hash for the one-ticket-per-person rule.
struct Ticket
{
    qint64 id = 0;
    int serviceDay = 0; // yyyymmdd in hall-local time
    QString number;     // "A023"
    qint64 queueId = 0;
    QString queueCode;
    TicketStatus status = TicketStatus::Waiting;
    PriorityGroup priority = PriorityGroup::None;
    // Who authorised the priority group (a kiosk's help desk or the issuing clerk), for audit;
    // 0 for none. Written at issue, not read back into the queue.
    qint64 priorityStaffId = 0;
    QString appointmentId;
    qint64 appointmentStartMs = 0;
    qint64 appointmentEndMs = 0;
    QString residentHash;
    QString residentIdEncrypted;
    QString phoneEncrypted;
    qint64 issuedAtMs = 0;
    // Position in the line: normally the issue time; moved for a no-show that comes back.
    qint64 sortAtMs = 0;
    qint64 calledAtMs = 0;
    qint64 finishedAtMs = 0;
    int windowNumber = 0; // the window serving or holding it
    int targetWindow = 0; // set by a transfer to a specific window
    QString transferComment;
    int recallCount = 0;
    qint64 holdUntilMs = 0;
    qint64 noShowAtMs = 0;
    // Returned from an expired hold or transferred: called ahead of ordinary tickets.
    bool boosted = false;

    bool hasResidentId() const { return !residentHash.isEmpty(); }
    bool hasAppointment() const { return !appointmentId.isEmpty(); }
};

} // namespace halldesk
