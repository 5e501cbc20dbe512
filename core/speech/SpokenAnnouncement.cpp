#include "speech/SpokenAnnouncement.h"

namespace halldesk {

QString spokenAnnouncement(const QString &announcement, const QString &ticketNumber)
{
    static const QString digits = QStringLiteral("零一二三四五六七八九");
    if (ticketNumber.isEmpty() || !announcement.contains(ticketNumber))
        return announcement;
    QString spelled;
    for (const QChar c : ticketNumber)
        spelled += c.isDigit() && c.digitValue() >= 0 && c.digitValue() <= 9
                       ? digits.at(c.digitValue())
                       : c;
    QString spoken = announcement;
    spoken.replace(ticketNumber, spelled);
    return spoken;
}

} // namespace halldesk
