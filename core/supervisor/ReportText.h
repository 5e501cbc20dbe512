#pragma once

#include <QCoreApplication>
#include <QJsonValue>

namespace halldesk {

// How the supervisor's reports write their figures: durations, clock times of the hall, rates.
class ReportText
{
    Q_DECLARE_TR_FUNCTIONS(ReportText)

public:
    // "7 h 05 min", "25 min", "—" for none (null).
    static QString duration(const QJsonValue &ms);
    // "4 min 30 s" for service times; "—" for none.
    static QString serviceTime(const QJsonValue &ms);
    // The hall's local time of day, "08:30"; "—" for none.
    static QString clockTime(const QJsonValue &ms);
    // "96.5%"; "—" for none (nothing rated).
    static QString rate(const QJsonValue &rate);
};

} // namespace halldesk
