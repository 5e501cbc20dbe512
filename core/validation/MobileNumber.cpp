#include "validation/MobileNumber.h"

namespace halldesk {

namespace {

constexpr qsizetype Length = 11;

bool isAsciiDigit(QChar c)
{
    // QChar::isDigit() would also accept Arabic-Indic and other Unicode digits.
    return c >= u'0' && c <= u'9';
}

// Chinese input methods in full-width mode produce U+FF10..U+FF19 for digits, U+FF0B for '+'
// and U+FF0D for '-'.
QChar foldFullWidth(QChar c)
{
    if (c.unicode() >= 0xFF01 && c.unicode() <= 0xFF5E)
        return QChar(c.unicode() - 0xFF01 + 0x21);
    return c;
}

} // namespace

MobileNumber::Check MobileNumber::validate(const QString &input)
{
    QString s;
    s.reserve(input.size());
    for (QChar c : input) {
        c = foldFullWidth(c);
        if (!c.isSpace() && c != u'-')
            s.append(c);
    }
    if (s.isEmpty())
        return {Error::Empty, {}};

    // A bare "86" is unambiguous: no mainland mobile number itself starts with 8.
    if (s.startsWith(u"+86"))
        s.remove(0, 3);
    else if (s.startsWith(u"86"))
        s.remove(0, 2);

    if (s.size() != Length || s[0] != u'1' || s[1] < u'3' || s[1] > u'9')
        return {Error::Invalid, {}};
    for (QChar c : s) {
        if (!isAsciiDigit(c))
            return {Error::Invalid, {}};
    }
    return {Error::None, s};
}

QString MobileNumber::errorMessage(Error e)
{
    switch (e) {
    case Error::None:
        return {};
    case Error::Empty:
        return tr("Please enter the mobile phone number.");
    case Error::Invalid:
        return tr("This is not a valid mainland China mobile phone number. "
                  "It should have 11 digits and start with 13 to 19.");
    }
    return {};
}

QString MobileNumber::mask(const QString &normalized)
{
    if (normalized.size() < Length)
        return QString(normalized.size(), u'*');
    return normalized.left(3) + QString(normalized.size() - 7, u'*') + normalized.right(4);
}

} // namespace halldesk
