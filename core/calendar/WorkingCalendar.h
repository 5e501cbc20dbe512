#pragma once

#include "calendar/HolidayYear.h"

#include <QDate>
#include <QList>
#include <QMap>

namespace halldesk {

// The hall's working days: Monday to Friday, changed by the State Council's notice for each
// year the calendar holds. Outside those years only the weekend rule applies, which is wrong
// around every public holiday, so callers show covers() == false to the clerk instead of
// presenting such a date as certain.
class WorkingCalendar
{
public:
    // Every year shipped in the program (resources/calendar/cn-*.json).
    static WorkingCalendar withShippedYears();

    // Replaces the year if the calendar already has it: an administrator may load a corrected
    // or newly published notice while the hall is running.
    void addYear(HolidayYear year);
    QList<int> years() const { return m_years.keys(); }
    bool covers(int year) const { return m_years.contains(year); }
    // nullptr unless covers(year).
    const HolidayYear *holidayYear(int year) const;

    bool isWorkingDay(QDate day) const;
    // The first working day after day.
    QDate nextWorkingDay(QDate day) const;
    // The days-th working day after receipt; receipt itself when days is 0.
    QDate addWorkingDays(QDate receipt, int days) const;
    // How many working days d have after < d <= upTo; 0 when upTo is not after after.
    int workingDaysBetween(QDate after, QDate upTo) const;

private:
    QMap<int, HolidayYear> m_years;
};

} // namespace halldesk
