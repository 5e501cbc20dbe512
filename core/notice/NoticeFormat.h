#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>

namespace halldesk {

// Dates and quantities as notices print them. The formats are translated strings, so a
// Chinese notice reads 2026年12月3日 whatever the locale of the machine that prints it.
class NoticeFormat
{
    Q_DECLARE_TR_FUNCTIONS(NoticeFormat)

public:
    static QString date(QDate date);
    static QString dateTime(const QDateTime &dateTime);
    // A promised time limit in working days, the unit being in the column heading; 0 days is
    // an immediate item.
    static QString timeLimit(int workingDays);
};

} // namespace halldesk
