#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace halldesk {

// Consecutive days, both ends included.
struct DayRange
{
    QDate first;
    QDate last;

    bool contains(QDate day) const { return day >= first && day <= last; }
    friend bool operator==(const DayRange &, const DayRange &) = default;
};

// One holiday of a State Council notice: its days off and the weekend days worked in exchange
// (调休). The make-up days may lie in the December before or the January after the notice's year.
struct Holiday
{
    QString name; // as the notice words it, e.g. 国庆节、中秋节
    QList<DayRange> daysOff;
    QList<QDate> makeUpWorkdays;

    friend bool operator==(const Holiday &, const Holiday &) = default;
};

} // namespace halldesk
