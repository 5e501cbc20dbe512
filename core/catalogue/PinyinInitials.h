#pragma once

#include <QChar>
#include <QString>
#include <QtGlobal>

namespace halldesk {

// The letters a clerk may type for a character when searching by pinyin initials: 营业执照 is
// found by "yyzz". Polyphonic characters have several (行 xíng/háng: x and h), so a name is
// found whichever reading the clerk has in mind. The table covers the CJK unified ideographs
// U+4E00..U+9FFF (resources/pinyin/initials.dat, made by scripts/gen-pinyin-initials.py).
class PinyinInitials
{
public:
    // Bits 0..25 are the letters a..z, bits 26..35 the digits 0..9.
    using Mask = quint64;

    // The initials of an ideograph, the letter itself for an ASCII letter (either case), the
    // digit itself for an ASCII digit; 0 for anything else.
    static Mask of(QChar c);
    // The bit of an ASCII letter (either case) or digit; 0 for anything else.
    static Mask bit(QChar c);
    // The letters and digits of a mask in order, e.g. "hx" for 行.
    static QString toString(Mask mask);
};

} // namespace halldesk
