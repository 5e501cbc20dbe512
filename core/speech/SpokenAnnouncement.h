#pragma once

#include <QString>

namespace halldesk {

// The text a speech engine is given for a call. A hall reads ticket numbers digit by digit
// ("A零二三号"), but a speech engine reads "A023" as a quantity ("A二十三"), which citizens
// holding slip A023 do not recognise. Only the ticket number is spelled out: "15号窗口" is
// read as fifteen, as it should be.
QString spokenAnnouncement(const QString &announcement, const QString &ticketNumber);

} // namespace halldesk
