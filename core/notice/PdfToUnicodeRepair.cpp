#include "notice/PdfToUnicodeRepair.h"

#include "logging/HallDeskLogging.h"

#include <QRawFont>
#include <QRegularExpression>
#include <algorithm>
#include <cctype>
#include <optional>

namespace halldesk {

namespace {

constexpr char16_t RadicalsFirst = 0x2E80;
constexpr char16_t RadicalsLast = 0x2FDF;
constexpr char16_t IdeographsFirst = 0x4E00;
constexpr char16_t IdeographsLast = 0x9FFF;
constexpr qsizetype XrefEntrySize = 20;
// Punctuation that shares its glyph with a lower code point the map would pick instead: the
// en dash of a window range (91–105号) came out as a figure dash (U+2012).
constexpr std::pair<char16_t, char16_t> PreferredPunctuation[] = {{0x2012, 0x2013}};

struct Patch
{
    qsizetype offset;
    qsizetype length;
    QByteArray text;
};

QByteArray hex4(uint value)
{
    return QByteArray::number(value, 16).toUpper().rightJustified(4, '0');
}

struct HexToken
{
    qsizetype start; // of the digits, after '<'
    QByteArray digits;
};

QList<HexToken> hexTokens(const QByteArray &line)
{
    static const QRegularExpression token(QStringLiteral("<([0-9A-Fa-f]+)>"));
    QList<HexToken> tokens;
    const QString text = QString::fromLatin1(line);
    for (auto it = token.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        tokens << HexToken{match.capturedStart(1), match.captured(1).toLatin1()};
    }
    return tokens;
}

// The digits of the direct /Length of the stream that contains `position`, or {-1, 0}.
std::pair<qsizetype, qsizetype> streamLengthDigits(const QByteArray &pdf, qsizetype position)
{
    const qsizetype stream = pdf.lastIndexOf("stream", position);
    const qsizetype length = pdf.lastIndexOf("/Length ", stream);
    const qsizetype objectEnd = pdf.indexOf("endobj", length);
    if (stream < 0 || length < 0 || objectEnd < position)
        return {-1, 0};
    const qsizetype start = length + 8;
    qsizetype end = start;
    while (end < pdf.size() && std::isdigit(static_cast<unsigned char>(pdf[end])))
        ++end;
    // "/Length 12 0 R" is a reference to another object; Qt writes the maps with direct ones.
    const QByteArray rest = pdf.mid(end, stream - end).trimmed();
    if (end == start || !(rest.startsWith(">>") || rest.startsWith('/')))
        return {-1, 0};
    return {start, end - start};
}

// When a map grows, every object after it moves: the new offsets for the cross-reference table
// and startxref. Empty when nothing moves; nullopt when the table is not as Qt writes it.
std::optional<QList<Patch>> crossReferencePatches(const QByteArray &pdf, const QList<Patch> &edits)
{
    const auto moved = [&edits](qsizetype offset) {
        qsizetype shift = 0;
        for (const Patch &edit : edits) {
            if (edit.offset < offset)
                shift += edit.text.size() - edit.length;
        }
        return offset + shift;
    };
    if (std::all_of(edits.cbegin(), edits.cend(),
                    [](const Patch &edit) { return edit.text.size() == edit.length; }))
        return QList<Patch>();

    const QByteArrayView view(pdf);
    const qsizetype startxref = pdf.lastIndexOf("startxref");
    if (startxref < 0)
        return std::nullopt;
    qsizetype digits = startxref + 9;
    while (digits < pdf.size() && std::isspace(static_cast<unsigned char>(pdf[digits])))
        ++digits;
    qsizetype digitsEnd = digits;
    while (digitsEnd < pdf.size() && std::isdigit(static_cast<unsigned char>(pdf[digitsEnd])))
        ++digitsEnd;
    const qsizetype xref = view.sliced(digits, digitsEnd - digits).toLongLong();
    if (digitsEnd == digits || xref >= pdf.size() || !view.sliced(xref).startsWith("xref"))
        return std::nullopt;

    QList<Patch> patches = {{digits, digitsEnd - digits, QByteArray::number(moved(xref))}};
    qsizetype position = pdf.indexOf('\n', xref) + 1;
    while (position > 0 && position < pdf.size() && !view.sliced(position).startsWith("trailer")) {
        // A subsection: "first count", then count entries "oooooooooo ggggg n\r\n".
        const qsizetype lineEnd = pdf.indexOf('\n', position);
        if (lineEnd < 0)
            return std::nullopt;
        const QList<QByteArray> header = pdf.mid(position, lineEnd - position).trimmed().split(' ');
        bool ok = header.size() == 2;
        const qsizetype count = ok ? header[1].toLongLong(&ok) : 0;
        if (!ok)
            return std::nullopt;
        position = lineEnd + 1;
        for (qsizetype i = 0; i < count; ++i, position += XrefEntrySize) {
            const QByteArray entry = pdf.mid(position, XrefEntrySize);
            if (entry.size() != XrefEntrySize || entry[10] != ' ' || entry[16] != ' ')
                return std::nullopt;
            if (entry[17] == 'n') {
                patches << Patch{
                    position, 10,
                    QByteArray::number(moved(entry.left(10).toLongLong())).rightJustified(10, '0')};
            }
        }
    }
    return patches;
}

} // namespace

PdfToUnicodeRepair::PdfToUnicodeRepair(const QList<QFont> &fonts)
{
    QString ideographs;
    for (char16_t c = IdeographsFirst; c <= IdeographsLast; ++c)
        ideographs.append(QChar(c));
    QString radicals;
    for (char16_t c = RadicalsFirst; c <= RadicalsLast; ++c)
        radicals.append(QChar(c));

    for (const QFont &font : fonts) {
        const QRawFont raw = QRawFont::fromFont(font);
        if (!raw.isValid())
            continue;
        QHash<quint32, char16_t> ideographForGlyph;
        const QList<quint32> ideographGlyphs = raw.glyphIndexesForString(ideographs);
        for (qsizetype i = 0; i < ideographGlyphs.size(); ++i) {
            if (ideographGlyphs[i] != 0 && !ideographForGlyph.contains(ideographGlyphs[i]))
                ideographForGlyph.insert(ideographGlyphs[i], char16_t(IdeographsFirst + i));
        }
        const QList<quint32> radicalGlyphs = raw.glyphIndexesForString(radicals);
        for (qsizetype i = 0; i < radicalGlyphs.size(); ++i) {
            const auto ideograph = ideographForGlyph.constFind(radicalGlyphs[i]);
            if (radicalGlyphs[i] != 0 && ideograph != ideographForGlyph.cend())
                m_ideographFor.insert(char16_t(RadicalsFirst + i), *ideograph);
        }
        for (const auto &[lower, meant] : PreferredPunctuation) {
            const QList<quint32> glyphs =
                raw.glyphIndexesForString(QString(QChar(lower)) + QChar(meant));
            if (glyphs.size() == 2 && glyphs[0] != 0 && glyphs[0] == glyphs[1])
                m_ideographFor.insert(lower, meant);
        }
    }
}

std::optional<char16_t> PdfToUnicodeRepair::replacement(const QByteArray &hex) const
{
    // Four digits: one UTF-16 unit. Longer destinations are ligatures or surrogate pairs.
    if (hex.size() != 4)
        return std::nullopt;
    const auto found = m_ideographFor.constFind(char16_t(hex.toUInt(nullptr, 16)));
    if (found == m_ideographFor.cend())
        return std::nullopt;
    return *found;
}

QByteArray PdfToUnicodeRepair::repairLine(const QByteArray &line, bool inRanges) const
{
    const QList<HexToken> tokens = hexTokens(line);
    const bool array = line.contains('[');
    // bfchar "<code> <unicode>"; bfrange "<lo> <hi> <first unicode>" or "<lo> <hi> [<u> ...]".
    const qsizetype firstDestination = inRanges ? 2 : 1;
    if (tokens.size() <= firstDestination)
        return line;

    if (inRanges && !array) {
        // A run of consecutive code points: if any of them is a radical, spell the run out.
        const uint lo = tokens[0].digits.toUInt(nullptr, 16);
        const uint hi = tokens[1].digits.toUInt(nullptr, 16);
        const uint first = tokens[2].digits.toUInt(nullptr, 16);
        if (tokens[2].digits.size() != 4 || hi < lo)
            return line;
        QList<QByteArray> spelled;
        bool changed = false;
        for (uint k = 0; k <= hi - lo; ++k) {
            const QByteArray hex = hex4(first + k);
            const std::optional<char16_t> fixed = replacement(hex);
            changed = changed || fixed.has_value();
            spelled << '<' + (fixed ? hex4(*fixed) : hex) + '>';
        }
        if (!changed)
            return line;
        return '<' + tokens[0].digits + "> <" + tokens[1].digits + "> [" + spelled.join(' ') + " ]";
    }

    QByteArray fixedLine = line;
    for (qsizetype i = firstDestination; i < tokens.size(); ++i) {
        if (const std::optional<char16_t> fixed = replacement(tokens[i].digits))
            fixedLine.replace(tokens[i].start, 4, hex4(*fixed));
    }
    return fixedLine;
}

QByteArray PdfToUnicodeRepair::repairCMap(const QByteArray &cmap) const
{
    QList<QByteArray> lines = cmap.split('\n');
    enum class Section
    {
        None,
        Chars,
        Ranges
    } section = Section::None;
    for (QByteArray &line : lines) {
        if (line.endsWith("beginbfchar"))
            section = Section::Chars;
        else if (line.endsWith("beginbfrange"))
            section = Section::Ranges;
        else if (line.startsWith("endbf"))
            section = Section::None;
        else if (section != Section::None)
            line = repairLine(line, section == Section::Ranges);
    }
    return lines.join('\n');
}

QByteArray PdfToUnicodeRepair::repair(const QByteArray &pdf) const
{
    if (m_ideographFor.isEmpty())
        return pdf;

    QList<Patch> patches;
    for (qsizetype from = 0;;) {
        const qsizetype begin = pdf.indexOf("begincmap", from);
        const qsizetype end = begin < 0 ? -1 : pdf.indexOf("endcmap", begin);
        if (end < 0)
            break;
        from = end;
        const QByteArray cmap = pdf.mid(begin, end - begin);
        const QByteArray fixed = repairCMap(cmap);
        if (fixed == cmap)
            continue;
        if (fixed.size() != cmap.size()) {
            const auto [digits, digitCount] = streamLengthDigits(pdf, begin);
            if (digits < 0) {
                qCWarning(lcNotice) << "PDF text map not repaired: unexpected stream length";
                return pdf;
            }
            const qsizetype length = pdf.mid(digits, digitCount).toLongLong();
            patches << Patch{digits, digitCount,
                             QByteArray::number(length + fixed.size() - cmap.size())};
        }
        patches << Patch{begin, cmap.size(), fixed};
    }
    if (patches.isEmpty())
        return pdf;

    const std::optional<QList<Patch>> moves = crossReferencePatches(pdf, patches);
    if (!moves) {
        qCWarning(lcNotice) << "PDF text map not repaired: unreadable cross-reference table";
        return pdf;
    }
    patches += *moves;

    std::sort(patches.begin(), patches.end(),
              [](const Patch &a, const Patch &b) { return a.offset < b.offset; });
    QByteArray repaired;
    repaired.reserve(pdf.size() + 1024);
    qsizetype copied = 0;
    for (const Patch &patch : patches) {
        repaired.append(pdf.mid(copied, patch.offset - copied));
        repaired.append(patch.text);
        copied = patch.offset + patch.length;
    }
    repaired.append(pdf.mid(copied));
    return repaired;
}

} // namespace halldesk
