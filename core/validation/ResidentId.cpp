#include "validation/ResidentId.h"

#include <array>

namespace halldesk {

namespace {

constexpr std::array<int, 17> Weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
constexpr char CheckDigits[] = "10X98765432";

bool isAsciiDigit(QChar c)
{
    // QChar::isDigit() would also accept Arabic-Indic and other Unicode digits.
    return c >= u'0' && c <= u'9';
}

int digitValue(QChar c)
{
    return c.unicode() - u'0';
}

// Chinese input methods in full-width mode produce U+FF10..U+FF19 for digits and U+FF38 for X;
// citizens typing at a kiosk should not be told their correct number is wrong.
QString foldFullWidth(QString s)
{
    for (QChar &c : s) {
        if (c.unicode() >= 0xFF01 && c.unicode() <= 0xFF5E)
            c = QChar(c.unicode() - 0xFF01 + 0x21);
    }
    return s;
}

bool allAsciiDigits(QStringView s)
{
    for (QChar c : s) {
        if (!isAsciiDigit(c))
            return false;
    }
    return true;
}

int number(QStringView digits)
{
    int value = 0;
    for (QChar c : digits)
        value = value * 10 + digitValue(c);
    return value;
}

} // namespace

ResidentId::Check ResidentId::validate(const QString &input)
{
    return validate(input, QDate::currentDate());
}

ResidentId::Check ResidentId::validate(const QString &input, QDate today)
{
    const QString s = foldFullWidth(input.trimmed());
    if (s.isEmpty())
        return {Error::Empty, {}};
    if (s.size() != 18 && s.size() != 15)
        return {Error::BadLength, {}};

    QString id;
    if (s.size() == 15) {
        // Legacy cards carry no check digit and only a two-digit year; they were all issued to
        // people born in the twentieth century.
        if (!allAsciiDigits(s))
            return {Error::BadCharacters, {}};
        id = s.left(6) + QStringLiteral("19") + s.mid(6);
    } else {
        const QChar last = s.back().toUpper();
        if (!allAsciiDigits(QStringView(s).left(17)) || !(isAsciiDigit(last) || last == u'X'))
            return {Error::BadCharacters, {}};
        id = s.left(17);
    }

    const QStringView birth = QStringView(id).mid(6, 8);
    const QDate birthDate(number(birth.left(4)), number(birth.mid(4, 2)), number(birth.mid(6, 2)));
    if (!birthDate.isValid() || birthDate < QDate(1900, 1, 1) || birthDate > today)
        return {Error::BadBirthDate, {}};

    const QChar expected = checkDigit(id);
    if (s.size() == 18 && s.back().toUpper() != expected)
        return {Error::BadCheckDigit, {}};
    id.append(expected);
    return {Error::None, id};
}

QChar ResidentId::checkDigit(QStringView first17)
{
    if (first17.size() != 17 || !allAsciiDigits(first17))
        return {};
    int sum = 0;
    for (qsizetype i = 0; i < 17; ++i)
        sum += digitValue(first17[i]) * Weights[static_cast<size_t>(i)];
    return QLatin1Char(CheckDigits[sum % 11]);
}

QString ResidentId::errorMessage(Error e)
{
    switch (e) {
    case Error::None:
        return {};
    case Error::Empty:
        return tr("Please enter the ID number.");
    case Error::BadLength:
        return tr("An ID number has 18 characters (old cards have 15 digits). "
                  "Please check that no digit is missing or repeated.");
    case Error::BadCharacters:
        return tr("An ID number may contain only digits, and the letter X as its last character.");
    case Error::BadBirthDate:
        return tr("The date of birth in this ID number is not a valid date. "
                  "Please check the digits of the date of birth.");
    case Error::BadCheckDigit:
        return tr("The check digit of this ID number is wrong. "
                  "Please check every digit against the ID card.");
    }
    return {};
}

QString ResidentId::mask(const QString &normalized)
{
    constexpr qsizetype Keep = 4;
    if (normalized.size() <= 2 * Keep)
        return QString(normalized.size(), u'*');
    return normalized.left(Keep) + QString(normalized.size() - 2 * Keep, u'*') +
           normalized.right(Keep);
}

} // namespace halldesk
