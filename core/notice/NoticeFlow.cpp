#include "notice/NoticeFlow.h"

#include "notice/NoticeTable.h"
#include "notice/NoticeTextLayout.h"

#include <QFontMetricsF>
#include <algorithm>

namespace halldesk {

namespace {

constexpr qreal SectionGapMm = 4;
constexpr qreal ParagraphGapMm = 2;
constexpr qreal TableGapMm = 2;
constexpr qreal StatementGapMm = 3;
constexpr qreal AfterTableGapMm = 3.5;
constexpr qreal ParagraphLineSpacing = 1.15;

} // namespace

NoticeFlow::NoticeFlow(const NoticeStyle &style, qreal width)
    : m_style(style)
    , m_width(width)
{}

void NoticeFlow::addHeading(const QString &text)
{
    addLines(text, m_style.headingFont(), 0, m_style.mm(SectionGapMm));
    m_blocks.last().keepWithNext = true;
}

void NoticeFlow::addParagraph(const QString &text)
{
    const QFont font = m_style.bodyFont();
    const qreal twoCharacters = 2 * QFontMetricsF(font, m_style.device()).horizontalAdvance(u'中');
    addLines(text, font, twoCharacters, m_style.mm(ParagraphGapMm));
}

void NoticeFlow::addStatement(const QString &text)
{
    addLines(text, m_style.emphasisFont(), 0, m_style.mm(StatementGapMm));
}

void NoticeFlow::keepLastTextWithNext()
{
    for (qsizetype i = m_lastTextStart; i >= 0 && i < m_blocks.size(); ++i)
        m_blocks[i].keepWithNext = true;
}

void NoticeFlow::addTable(const NoticeTable &table)
{
    table.appendTo(m_blocks, m_style.mm(TableGapMm));
    m_afterTable = true;
}

void NoticeFlow::addLines(const QString &text, const QFont &font, qreal indent, qreal spaceBefore)
{
    NoticeTextLayout::Options options;
    options.firstLineIndent = indent;
    options.lineSpacing = ParagraphLineSpacing;
    const NoticeTextLayout layout(text, font, m_width, m_style.device(), options);
    m_lastTextStart = m_blocks.size();
    // Text right under a table's bottom rule looks glued to it.
    if (m_afterTable)
        spaceBefore = std::max(spaceBefore, m_style.mm(AfterTableGapMm));
    m_afterTable = false;
    for (int line = 0; line < layout.lineCount(); ++line) {
        NoticeBlock block;
        block.height = layout.lineAdvance(line);
        block.spaceBefore = line == 0 ? spaceBefore : 0;
        block.paint = [layout, line](QPainter &painter, const QRectF &rect) {
            painter.setPen(Qt::black);
            layout.drawLine(painter, line, rect.topLeft());
        };
        m_blocks << std::move(block);
    }
}

} // namespace halldesk
