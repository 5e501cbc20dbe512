#include "speech/KioskVoice.h"

namespace halldesk {

QString KioskVoice::ticketText(const KioskTicket &ticket, bool printed)
{
    const QString ahead =
        tr("Your number is %1. %n person(s) ahead of you.", nullptr, ticket.waitingAhead)
            .arg(ticket.number);
    if (!printed)
        return ahead + u' ' +
               tr("The slip could not be printed: please remember your number or ask at the "
                  "help desk.");
    return ahead + u' ' + tr("Please take your slip.");
}

QString KioskVoice::refusalText(const QString &reason)
{
    return tr("No ticket was issued.") + u' ' + reason;
}

} // namespace halldesk
