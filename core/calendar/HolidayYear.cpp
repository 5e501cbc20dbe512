#include "calendar/HolidayYear.h"

#include <algorithm>

namespace halldesk {

HolidayYear::HolidayYear(int year, QString notice, QString document, QList<Holiday> holidays)
    : m_year(year)
    , m_notice(std::move(notice))
    , m_document(std::move(document))
    , m_holidays(std::move(holidays))
{}

bool HolidayYear::isDayOff(QDate day) const
{
    return std::any_of(m_holidays.cbegin(), m_holidays.cend(), [day](const Holiday &holiday) {
        return std::any_of(holiday.daysOff.cbegin(), holiday.daysOff.cend(),
                           [day](const DayRange &range) { return range.contains(day); });
    });
}

bool HolidayYear::isMakeUpWorkday(QDate day) const
{
    return std::any_of(m_holidays.cbegin(), m_holidays.cend(), [day](const Holiday &holiday) {
        return holiday.makeUpWorkdays.contains(day);
    });
}

} // namespace halldesk
