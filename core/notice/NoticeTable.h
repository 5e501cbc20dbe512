#pragma once

#include "notice/NoticeBlock.h"
#include "notice/NoticeStyle.h"
#include "notice/NoticeTextLayout.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace halldesk {

// A ruled table of a notice. Each row becomes one block, so a long table continues on the next
// page under a repeated header row.
class NoticeTable
{
public:
    struct Column
    {
        QString title;
        qreal weight = 1; // share of the table width
        Qt::Alignment alignment = Qt::AlignLeft;
        bool bold = false;   // the column the reader must not miss
        bool shaded = false; // label columns of a table without a header row
    };

    // Without titles in any column the table has no header row.
    NoticeTable(const NoticeStyle &style, qreal width, QList<Column> columns);

    // Heavier rules, for the list a citizen must act on (the missing materials).
    void setEmphasised(bool emphasised) { m_emphasised = emphasised; }
    void addRow(const QStringList &cells);
    bool isEmpty() const { return m_rows.isEmpty(); }

    void appendTo(QList<NoticeBlock> &blocks, qreal spaceBefore) const;

private:
    struct Row
    {
        QList<NoticeTextLayout> cells;
        qreal height = 0;
    };

    struct Edges
    {
        bool header = false;
        bool top = false;    // of the table
        bool bottom = false; // of the table
    };

    Row layoutRow(const QStringList &cells, bool header) const;
    NoticeBlock rowBlock(const Row &row, Edges edges) const;
    bool hasHeader() const;

    const NoticeStyle &m_style;
    qreal m_width;
    QList<Column> m_columns;
    QList<qreal> m_columnX; // left edge of each column, then the right edge of the table
    QList<Row> m_rows;
    bool m_emphasised = false;
};

} // namespace halldesk
