#pragma once

#include "notice/NoticeBlock.h"
#include "notice/NoticeStyle.h"

#include <QFont>
#include <QList>
#include <QString>

namespace halldesk {

class NoticeTable;

// Builds the body of a notice as a sequence of blocks, top to bottom.
class NoticeFlow
{
public:
    NoticeFlow(const NoticeStyle &style, qreal width);

    const NoticeStyle &style() const { return m_style; }
    qreal width() const { return m_width; }

    // A section heading; never the last thing on a page.
    void addHeading(const QString &text);
    // A paragraph indented by two characters in the Chinese manner, one block per line so a
    // long one continues on the next page.
    void addParagraph(const QString &text);
    // A single emphasised line, e.g. the due date; not indented.
    void addStatement(const QString &text);
    void addTable(const NoticeTable &table);
    // Moves the last paragraph, heading or statement to the next page together with whatever
    // comes next rather than leave that alone on a page.
    void keepLastTextWithNext();
    void addBlock(NoticeBlock block)
    {
        m_blocks << std::move(block);
        m_afterTable = false;
    }

    const QList<NoticeBlock> &blocks() const { return m_blocks; }

private:
    void addLines(const QString &text, const QFont &font, qreal indent, qreal spaceBefore);

    const NoticeStyle &m_style;
    qreal m_width;
    QList<NoticeBlock> m_blocks;
    qsizetype m_lastTextStart = -1;
    bool m_afterTable = false;
};

} // namespace halldesk
