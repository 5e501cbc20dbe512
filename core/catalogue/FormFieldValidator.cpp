#include "catalogue/FormFieldValidator.h"

#include "validation/CreditCode.h"
#include "validation/MobileNumber.h"
#include "validation/ResidentId.h"

#include <QLocale>
#include <QRegularExpression>
#include <cmath>

namespace halldesk {

namespace {

FormFieldValidator::Check accepted(QString normalized)
{
    return {true, std::move(normalized), {}};
}

FormFieldValidator::Check refused(QString error)
{
    return {false, {}, std::move(error)};
}

// Digits, '-' and '.' typed in an input method's full-width mode.
QString foldFullWidth(QString s)
{
    for (QChar &c : s) {
        if (c.unicode() >= 0xFF01 && c.unicode() <= 0xFF5E)
            c = QChar(c.unicode() - 0xFF01 + 0x21);
    }
    return s;
}

qsizetype codePoints(const QString &s)
{
    qsizetype count = 0;
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (!(s.at(i).isLowSurrogate() && i > 0 && s.at(i - 1).isHighSurrogate()))
            ++count;
    }
    return count;
}

bool hasControlCharacters(const QString &s)
{
    for (QChar c : s) {
        if (c.category() == QChar::Other_Control)
            return true;
    }
    return false;
}

QString shortest(double value)
{
    return QLocale::c().toString(value, 'f', QLocale::FloatingPointShortest);
}

} // namespace

FormFieldValidator::Check FormFieldValidator::validate(const FormField &field, const QString &value,
                                                       QDate today)
{
    const QString trimmed = value.trimmed();
    if (trimmed.isEmpty()) {
        if (field.required)
            return refused(tr("Please fill in %1.").arg(field.label));
        return accepted({});
    }

    switch (field.type) {
    case FormField::Type::Text:
    case FormField::Type::Address:
        return validateFreeText(field, trimmed);
    case FormField::Type::Date:
        return validateDate(foldFullWidth(trimmed));
    case FormField::Type::Number:
        return validateNumber(field, foldFullWidth(trimmed));
    case FormField::Type::Choice:
        return validateChoice(field, trimmed);
    case FormField::Type::ResidentId: {
        const ResidentId::Check check = ResidentId::validate(trimmed, today);
        return check.ok() ? accepted(check.normalized)
                          : refused(ResidentId::errorMessage(check.error));
    }
    case FormField::Type::CreditCode: {
        const CreditCode::Check check = CreditCode::validate(trimmed);
        return check.ok() ? accepted(check.normalized)
                          : refused(CreditCode::errorMessage(check.error));
    }
    case FormField::Type::Mobile: {
        const MobileNumber::Check check = MobileNumber::validate(trimmed);
        return check.ok() ? accepted(check.normalized)
                          : refused(MobileNumber::errorMessage(check.error));
    }
    }
    Q_UNREACHABLE();
    return {};
}

FormFieldValidator::Check FormFieldValidator::validateFreeText(const FormField &field,
                                                               const QString &value)
{
    const int fallback =
        field.type == FormField::Type::Address ? DefaultAddressLength : DefaultTextLength;
    const int maxLength = field.maxLength > 0 ? field.maxLength : fallback;
    const qsizetype length = codePoints(value);
    if (length > maxLength)
        return refused(tr("At most %1 characters, please (this is %2).")
                           .arg(QString::number(maxLength), QString::number(length)));
    // A line break or other control character would break the printed notices.
    if (hasControlCharacters(value))
        return refused(tr("Please enter this on one line, without special characters."));
    return accepted(value);
}

FormFieldValidator::Check FormFieldValidator::validateDate(const QString &value)
{
    static const QRegularExpression iso(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (!iso.match(value).hasMatch())
        return refused(tr("Please write the date as year-month-day, e.g. 2026-03-01."));
    const QDate date = QDate::fromString(value, QStringLiteral("yyyy-MM-dd"));
    if (!date.isValid())
        return refused(tr("There is no such date. Please check the month and the day."));
    return accepted(date.toString(QStringLiteral("yyyy-MM-dd")));
}

FormFieldValidator::Check FormFieldValidator::validateNumber(const FormField &field,
                                                             const QString &value)
{
    // Plain decimals only: no exponents, group separators, "inf" or "nan", which QLocale
    // would accept and no applicant means.
    static const QRegularExpression decimal(QStringLiteral("^-?\\d+(\\.\\d+)?$"));
    bool ok = false;
    const double number = decimal.match(value).hasMatch() ? QLocale::c().toDouble(value, &ok) : 0;
    if (!ok || !std::isfinite(number))
        return refused(tr("Please enter a number, such as 12 or 12.5."));
    if (field.hasRange && (number < field.minimum || number > field.maximum))
        return refused(tr("Please enter a number from %1 to %2.")
                           .arg(shortest(field.minimum), shortest(field.maximum)));
    // -0 is stored as 0.
    return accepted(shortest(number == 0 ? 0.0 : number));
}

FormFieldValidator::Check FormFieldValidator::validateChoice(const FormField &field,
                                                             const QString &value)
{
    if (!field.choices.contains(value))
        return refused(
            tr("Please choose one of: %1.").arg(field.choices.join(QStringLiteral(" / "))));
    return accepted(value);
}

} // namespace halldesk
