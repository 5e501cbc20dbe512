#include "calendar/CaseDeadline.h"

#include <algorithm>

namespace halldesk {

CaseDeadline::CaseDeadline(QDate receipt, int limitDays, QList<ClockPause> pauses)
    : m_receipt(receipt)
    , m_limitDays(limitDays)
    , m_pauses(std::move(pauses))
{
    Q_ASSERT(limitDays >= 0);
}

bool CaseDeadline::isPaused() const
{
    return std::any_of(m_pauses.cbegin(), m_pauses.cend(),
                       [](const ClockPause &pause) { return !pause.end; });
}

bool CaseDeadline::isPausedOn(QDate day) const
{
    return std::any_of(m_pauses.cbegin(), m_pauses.cend(), [day](const ClockPause &pause) {
        return pause.end && day >= pause.start && day <= *pause.end;
    });
}

std::optional<QDate> CaseDeadline::dueDate(const WorkingCalendar &calendar) const
{
    if (!m_receipt.isValid() || isPaused())
        return std::nullopt;
    QDate day = m_receipt;
    for (int counted = 0; counted < m_limitDays;) {
        day = calendar.nextWorkingDay(day);
        if (!isPausedOn(day))
            ++counted;
    }
    return day;
}

std::optional<int> CaseDeadline::remainingWorkingDays(const WorkingCalendar &calendar,
                                                      QDate today) const
{
    const auto due = dueDate(calendar);
    if (!due || !today.isValid())
        return std::nullopt;
    if (today <= *due)
        return calendar.workingDaysBetween(today, *due);
    return -std::max(1, calendar.workingDaysBetween(*due, today));
}

} // namespace halldesk
