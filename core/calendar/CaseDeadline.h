#pragma once

#include "calendar/ClockPause.h"
#include "calendar/WorkingCalendar.h"

#include <QDate>
#include <QList>
#include <optional>

namespace halldesk {

// The promised time limit (承诺时限) of one case: limitDays working days counted from the day
// after receipt, with the clock stopped during each 补正 pause.
class CaseDeadline
{
public:
    CaseDeadline(QDate receipt, int limitDays, QList<ClockPause> pauses = {});

    QDate receipt() const { return m_receipt; }
    int limitDays() const { return m_limitDays; }
    const QList<ClockPause> &pauses() const { return m_pauses; }
    // A pause has not ended: the case has no due date until the materials arrive.
    bool isPaused() const;

    // nullopt while paused. A limit of 0 (an immediate item) is due on the day of receipt.
    std::optional<QDate> dueDate(const WorkingCalendar &calendar) const;
    // Working days after today up to the due date, so 0 on the due date itself; negative once
    // overdue, counting working days past the due date but never 0, so that a case overdue on
    // a Saturday still sorts as overdue. nullopt while paused.
    std::optional<int> remainingWorkingDays(const WorkingCalendar &calendar, QDate today) const;

private:
    bool isPausedOn(QDate day) const;

    QDate m_receipt;
    int m_limitDays = 0;
    QList<ClockPause> m_pauses;
};

} // namespace halldesk
