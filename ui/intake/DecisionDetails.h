#pragma once

#include "calendar/WorkingCalendar.h"
#include "casework/IntakeDecision.h"
#include "casework/MaterialCheck.h"
#include "catalogue/ServiceItem.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace halldesk {

// What a decision means for the applicant, as the clerk tells it at the window: the date the
// case is promised to be finished, when a credit commitment is checked, or every material
// still to be brought (一次性告知).
class DecisionDetails
{
    Q_DECLARE_TR_FUNCTIONS(DecisionDetails)

public:
    struct Input
    {
        QList<const ServiceItem *> items;
        // DecisionRules::promisedDays of the items as taken, 情形 included.
        int promisedDays = 0;
        QList<MaterialCheck> materials;
        QDate receipt;
        const WorkingCalendar *calendar = nullptr;
    };

    // 承诺办结日期: for 受理 and 信用承诺 only.
    static std::optional<QDate> dueDate(IntakeDecision decision, const Input &input);
    // 核查日期: for 信用承诺 only.
    static std::optional<QDate> verificationDate(IntakeDecision decision, const Input &input);
    // The lines to show under the decision; empty when there is nothing to add.
    static QString text(IntakeDecision decision, const Input &input);
    // 2026-12-02 (Wednesday), in the user's language.
    static QString dateText(QDate date);

private:
    static QString calendarWarning(QDate from, QDate to, const WorkingCalendar &calendar);
};

} // namespace halldesk
