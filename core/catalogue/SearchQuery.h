#pragma once

#include "catalogue/PinyinInitials.h"

#include <QString>
#include <QVarLengthArray>

namespace halldesk {

// What the clerk typed, folded as SearchableText folds names, with the initial bit of each
// character it holds (0 for a character that must appear as typed, such as 营 in "营业zz").
struct SearchQuery
{
    explicit SearchQuery(const QString &typed);

    bool isEmpty() const { return text.isEmpty(); }

    QString text;
    QVarLengthArray<PinyinInitials::Mask, 16> bits;
    PinyinInitials::Mask allBits = 0; // every bit of `bits`
    // characterBit() of each character that must appear as typed.
    quint64 literalBits = 0;

    // One of 64 bits for a character, as a cheap filter: a text lacking the bit of a character
    // cannot contain it.
    static quint64 characterBit(QChar c)
    {
        return quint64(1) << ((c.unicode() * 0x9E3779B1u) >> 26);
    }
};

} // namespace halldesk
