#pragma once

#include "kiosk/KioskTicket.h"
#include "speech/PromptVoice.h"

namespace halldesk {

// The ticket kiosk's spoken words: the number just taken and the people ahead, so that a
// citizen who cannot read the screen well still knows it, and why no ticket was issued.
class KioskVoice : public PromptVoice
{
    Q_OBJECT

public:
    using PromptVoice::PromptVoice;

    // "您的号码是A023，前面还有7人等候，请取走号票。" (or, when the slip did not come out,
    // asks the citizen to remember the number).
    static QString ticketText(const KioskTicket &ticket, bool printed);
    // "未能取号。" and the reason.
    static QString refusalText(const QString &reason);

    void sayTicket(const KioskTicket &ticket, bool printed)
    {
        sayText(ticketText(ticket, printed));
    }
    void sayRefusal(const QString &reason) { sayText(refusalText(reason)); }
};

} // namespace halldesk
