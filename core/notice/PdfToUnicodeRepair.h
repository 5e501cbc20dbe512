#pragma once

#include <QByteArray>
#include <QFont>
#include <QHash>
#include <QList>
#include <optional>

namespace halldesk {

// Qt's PDF engine (checked with 6.4) writes the ToUnicode map of an embedded font by taking,
// for each glyph, the lowest code point the font maps to it. CJK fonts map the Kangxi and
// supplementary radicals (U+2E80..U+2FDF) to the glyphs of the ideographs they look like, so
// text copied or extracted from a notice came out with radicals: 黄石 as ⻩⽯, 一次性 as ⼀次性,
// and a search for 黄 found nothing. This rewrites those entries to the ideographs, and the
// figure dash that shares the en dash's glyph to the en dash.
class PdfToUnicodeRepair
{
public:
    // Which radicals share a glyph with an ideograph is read from the fonts themselves.
    explicit PdfToUnicodeRepair(const QList<QFont> &fonts);

    // The PDF with its ToUnicode maps repaired. Returned unchanged when there is nothing to
    // repair or the file is not laid out as Qt writes it (one uncompressed map per font, a
    // direct stream length, one cross-reference table), since a readable PDF with imperfect
    // text extraction beats a broken one.
    QByteArray repair(const QByteArray &pdf) const;

    // Radical -> ideograph drawn with the same glyph (and figure dash -> en dash).
    const QHash<char16_t, char16_t> &ideographs() const { return m_ideographFor; }

private:
    QByteArray repairCMap(const QByteArray &cmap) const;
    QByteArray repairLine(const QByteArray &line, bool inRanges) const;
    std::optional<char16_t> replacement(const QByteArray &hex) const;

    QHash<char16_t, char16_t> m_ideographFor;
};

} // namespace halldesk
