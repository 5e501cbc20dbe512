#include "notice/NoticeTable.h"

#include <QPen>
#include <algorithm>
#include <numeric>

namespace halldesk {

namespace {

constexpr qreal PaddingXMm = 1.6;
constexpr qreal PaddingYMm = 1.0;

} // namespace

NoticeTable::NoticeTable(const NoticeStyle &style, qreal width, QList<Column> columns)
    : m_style(style)
    , m_width(width)
    , m_columns(std::move(columns))
{
    const qreal total = std::accumulate(m_columns.cbegin(), m_columns.cend(), qreal(0),
                                        [](qreal sum, const Column &c) { return sum + c.weight; });
    qreal x = 0;
    for (const Column &column : m_columns) {
        m_columnX << x;
        x += width * column.weight / total;
    }
    m_columnX << width;
}

bool NoticeTable::hasHeader() const
{
    return std::any_of(m_columns.cbegin(), m_columns.cend(),
                       [](const Column &c) { return !c.title.isEmpty(); });
}

void NoticeTable::addRow(const QStringList &cells)
{
    m_rows << layoutRow(cells, false);
}

NoticeTable::Row NoticeTable::layoutRow(const QStringList &cells, bool header) const
{
    const qreal padX = m_style.mm(PaddingXMm);
    Row row;
    qreal tallest = 0;
    for (qsizetype i = 0; i < m_columns.size(); ++i) {
        const Column &column = m_columns[i];
        const bool bold = header || column.bold || column.shaded;
        const QFont font = bold ? m_style.tableHeaderFont() : m_style.tableFont();
        NoticeTextLayout::Options options;
        options.alignment = header ? Qt::AlignHCenter : column.alignment;
        row.cells.append(NoticeTextLayout(cells.value(i), font,
                                          m_columnX[i + 1] - m_columnX[i] - 2 * padX,
                                          m_style.device(), options));
        tallest = std::max(tallest, row.cells.last().height());
    }
    row.height = tallest + 2 * m_style.mm(PaddingYMm);
    return row;
}

NoticeBlock NoticeTable::rowBlock(const Row &row, Edges edges) const
{
    NoticeBlock block;
    block.height = row.height;
    block.keepWithNext = edges.header;
    const qreal padX = m_style.mm(PaddingXMm);
    const qreal rule = m_style.ruleWidth();
    // An emphasised table gets a heavy frame; heavy inner rules would crowd the text.
    const qreal frame = m_emphasised ? m_style.heavyRuleWidth() : 0;
    block.paint = [row, edges, padX, rule, frame, columns = m_columns,
                   columnX = m_columnX](QPainter &painter, const QRectF &rect) {
        painter.save();
        painter.setBrush(Qt::NoBrush);
        for (qsizetype i = 0; i < columns.size(); ++i) {
            const QRectF cell(rect.x() + columnX[i], rect.y(), columnX[i + 1] - columnX[i],
                              rect.height());
            if (edges.header || columns[i].shaded)
                painter.fillRect(cell, NoticeStyle::shade());
            const NoticeTextLayout &text = row.cells[i];
            painter.setPen(Qt::black);
            text.draw(painter,
                      QPointF(cell.x() + padX, cell.y() + (cell.height() - text.height()) / 2));
            painter.setPen(QPen(Qt::black, rule));
            painter.drawRect(cell);
        }
        if (frame > 0) {
            QPen heavy(Qt::black, frame);
            heavy.setCapStyle(Qt::SquareCap);
            painter.setPen(heavy);
            painter.drawLine(rect.topLeft(), rect.bottomLeft());
            painter.drawLine(rect.topRight(), rect.bottomRight());
            if (edges.top)
                painter.drawLine(rect.topLeft(), rect.topRight());
            if (edges.bottom)
                painter.drawLine(rect.bottomLeft(), rect.bottomRight());
        }
        painter.restore();
    };
    return block;
}

void NoticeTable::appendTo(QList<NoticeBlock> &blocks, qreal spaceBefore) const
{
    qsizetype header = -1;
    if (hasHeader()) {
        QStringList titles;
        for (const Column &column : m_columns)
            titles << column.title;
        header = blocks.size();
        blocks << rowBlock(layoutRow(titles, true), {true, true, m_rows.isEmpty()});
        blocks.last().spaceBefore = spaceBefore;
    }
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        blocks << rowBlock(m_rows[i], {false, header < 0 && i == 0, i + 1 == m_rows.size()});
        blocks.last().repeatedHeader = header;
        if (header < 0 && i == 0)
            blocks.last().spaceBefore = spaceBefore;
    }
}

} // namespace halldesk
