#include "intake/DecisionDetails.h"

#include "calendar/CaseDeadline.h"
#include "casework/DecisionRules.h"

#include <QLocale>
#include <QStringList>

namespace halldesk {

std::optional<QDate> DecisionDetails::dueDate(IntakeDecision decision, const Input &input)
{
    if (decision != IntakeDecision::Accept && decision != IntakeDecision::CreditCommitment)
        return std::nullopt;
    if (!input.calendar || !input.receipt.isValid() || input.items.isEmpty())
        return std::nullopt;
    return CaseDeadline(input.receipt, input.promisedDays).dueDate(*input.calendar);
}

std::optional<QDate> DecisionDetails::verificationDate(IntakeDecision decision, const Input &input)
{
    if (decision != IntakeDecision::CreditCommitment)
        return std::nullopt;
    if (!input.calendar || !input.receipt.isValid() || input.items.isEmpty())
        return std::nullopt;
    return CaseDeadline(input.receipt, DecisionRules::verificationDays(input.items))
        .dueDate(*input.calendar);
}

QString DecisionDetails::dateText(QDate date)
{
    //: A date and its weekday, e.g. 2026-12-02（星期三）
    return tr("%1 (%2)").arg(date.toString(Qt::ISODate),
                             QLocale().dayName(date.dayOfWeek(), QLocale::LongFormat));
}

// Outside the years whose holiday notice the program has, only weekends are skipped, and the
// clerk must not promise such a date as certain.
QString DecisionDetails::calendarWarning(QDate from, QDate to, const WorkingCalendar &calendar)
{
    for (int year = from.year(); year <= to.year(); ++year) {
        if (!calendar.covers(year))
            return tr("The holidays of %1 are not known yet: this date only skips weekends.")
                .arg(year);
    }
    return {};
}

QString DecisionDetails::text(IntakeDecision decision, const Input &input)
{
    QStringList lines;
    switch (decision) {
    case IntakeDecision::Accept:
    case IntakeDecision::CreditCommitment:
        if (const auto due = dueDate(decision, input)) {
            const int days = input.promisedDays;
            lines.append(
                tr("Promised completion: %1, %n working day(s) after receipt.", nullptr, days)
                    .arg(dateText(*due)));
            if (const QString warning = calendarWarning(input.receipt, *due, *input.calendar);
                !warning.isEmpty())
                lines.append(warning);
        }
        if (const auto check = verificationDate(decision, input)) {
            const int days = DecisionRules::verificationDays(input.items);
            lines.append(tr("Verification of the commitment: %1, %n working day(s) after "
                            "receipt.",
                            nullptr, days)
                             .arg(dateText(*check)));
        }
        break;
    case IntakeDecision::Immediate:
        if (input.receipt.isValid())
            lines.append(tr("Finished on the spot today, %1.").arg(dateText(input.receipt)));
        break;
    case IntakeDecision::Correction: {
        const QList<MaterialCheck> missing = DecisionRules::missing(input.materials);
        if (missing.isEmpty())
            break;
        lines.append(tr("Tell the applicant once, in writing, everything still to bring:"));
        int number = 0;
        for (const MaterialCheck &m : missing)
            //: One line of the list of missing materials, e.g. 1. 营业执照（复印件）
            lines.append(tr("%1. %2 (%3)")
                             .arg(++number)
                             .arg(m.name, MaterialCheckNames::formText(m.form, m.copies)));
        break;
    }
    case IntakeDecision::Reject:
        lines.append(tr("The notice of non-acceptance states the reason given above."));
        break;
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace halldesk
