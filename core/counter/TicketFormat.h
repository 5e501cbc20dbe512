#pragma once

#include "domain/Ticket.h"

#include <QCoreApplication>
#include <QString>

namespace halldesk {

// How the counter names tickets' properties and durations to people.
class TicketFormat
{
    Q_DECLARE_TR_FUNCTIONS(TicketFormat)

public:
    // "3:07" under an hour, "1:02:07" beyond; never negative.
    static QString duration(qint64 ms);
    // "12 分钟" style, for figures.
    static QString minutes(qint64 ms);
    static QString priority(PriorityGroup group);
    // Short notes for a waiting ticket: priority group, transferred, owed a turn, appointment.
    static QString notes(const Ticket &ticket, int ownWindow);
};

} // namespace halldesk
