#include "notice/NoticeTextLayout.h"

#include <QPainter>
#include <QTextLayout>

namespace halldesk {

NoticeTextLayout::NoticeTextLayout(const QString &text, const QFont &font, qreal width,
                                   const QPaintDevice *device)
    : NoticeTextLayout(text, font, width, device, Options{})
{}

NoticeTextLayout::NoticeTextLayout(const QString &text, const QFont &font, qreal width,
                                   const QPaintDevice *device, Options options)
    : m_layout(std::make_shared<QTextLayout>(text, font, device))
{
    QTextOption textOption(options.alignment);
    textOption.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_layout->setTextOption(textOption);
    m_layout->setCacheEnabled(true);

    qreal y = 0;
    m_layout->beginLayout();
    for (QTextLine line = m_layout->createLine(); line.isValid(); line = m_layout->createLine()) {
        const qreal indent = m_lineTops.isEmpty() ? options.firstLineIndent : 0;
        line.setLineWidth(width - indent);
        line.setPosition(QPointF(indent, y));
        m_lineTops << y;
        m_height = y + line.height();
        y += line.height() * options.lineSpacing;
    }
    m_layout->endLayout();
}

qreal NoticeTextLayout::naturalWidth() const
{
    return m_layout->maximumWidth();
}

qreal NoticeTextLayout::lineAdvance(int line) const
{
    if (line + 1 < lineCount())
        return m_lineTops[line + 1] - m_lineTops[line];
    return m_height - m_lineTops[line];
}

void NoticeTextLayout::draw(QPainter &painter, const QPointF &topLeft) const
{
    m_layout->draw(&painter, topLeft);
}

void NoticeTextLayout::drawLine(QPainter &painter, int line, const QPointF &topLeft) const
{
    m_layout->lineAt(line).draw(&painter, topLeft - QPointF(0, m_lineTops[line]));
}

} // namespace halldesk
