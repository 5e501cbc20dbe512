#include "validation/CreditCode.h"

#include <array>

namespace halldesk {

namespace {

// I, O, Z, S and V are left out of the standard because they are easily misread as 1, 0, 2, 5, U.
constexpr QStringView Charset = u"0123456789ABCDEFGHJKLMNPQRTUWXY";
constexpr std::array<int, 17> Weights = {1,  3,  9,  27, 19, 26, 16, 17, 20,
                                         29, 25, 13, 8,  24, 10, 30, 28};
constexpr qsizetype Length = 18;

// Chinese input methods in full-width mode produce U+FF10..U+FF5E for digits and letters.
// Only ASCII is upper-cased: QString::toUpper() maps some non-ASCII letters onto ASCII or
// changes the length ("ß" -> "SS"), which would report the wrong error for the input.
QString normalize(QString s)
{
    for (QChar &c : s) {
        if (c.unicode() >= 0xFF01 && c.unicode() <= 0xFF5E)
            c = QChar(c.unicode() - 0xFF01 + 0x21);
        if (c >= u'a' && c <= u'z')
            c = QChar(c.unicode() - u'a' + u'A');
    }
    return s;
}

} // namespace

CreditCode::Check CreditCode::validate(const QString &input)
{
    const QString s = normalize(input.trimmed());
    if (s.isEmpty())
        return {Error::Empty, {}};
    if (s.size() != Length)
        return {Error::BadLength, {}};
    for (QChar c : s) {
        if (!Charset.contains(c))
            return {Error::BadCharacters, {}};
    }
    if (checkCharacter(QStringView(s).left(Length - 1)) != s.back())
        return {Error::BadCheckCharacter, {}};
    return {Error::None, s};
}

QChar CreditCode::checkCharacter(QStringView first17)
{
    if (first17.size() != Length - 1)
        return {};
    int sum = 0;
    for (qsizetype i = 0; i < first17.size(); ++i) {
        const qsizetype value = Charset.indexOf(first17[i]);
        if (value < 0)
            return {};
        sum += static_cast<int>(value) * Weights[static_cast<size_t>(i)];
    }
    return Charset[(31 - sum % 31) % 31];
}

QString CreditCode::errorMessage(Error e)
{
    switch (e) {
    case Error::None:
        return {};
    case Error::Empty:
        return tr("Please enter the unified social credit code.");
    case Error::BadLength:
        return tr("A unified social credit code has 18 characters. "
                  "Please check that no character is missing or repeated.");
    case Error::BadCharacters:
        return tr("A unified social credit code contains only digits and capital letters, "
                  "and never the letters I, O, Z, S or V.");
    case Error::BadCheckCharacter:
        return tr("The last character of this unified social credit code does not match the "
                  "others. Please check every character against the business licence.");
    }
    return {};
}

} // namespace halldesk
