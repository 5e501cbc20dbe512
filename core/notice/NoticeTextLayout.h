#pragma once

#include <QFont>
#include <QList>
#include <QPointF>
#include <QString>
#include <memory>

class QPainter;
class QPaintDevice;
class QTextLayout;

namespace halldesk {

// A piece of text wrapped to a width once, then measured and drawn from the same layout, so
// what the paginator measured is exactly what lands on paper. Wraps between CJK characters
// and, for long codes without spaces, anywhere.
class NoticeTextLayout
{
public:
    struct Options
    {
        Qt::Alignment alignment = Qt::AlignLeft;
        qreal firstLineIndent = 0; // device units; Chinese paragraphs indent two characters
        qreal lineSpacing = 1.0;   // advance as a multiple of the line height
    };

    NoticeTextLayout(const QString &text, const QFont &font, qreal width,
                     const QPaintDevice *device, Options options);
    NoticeTextLayout(const QString &text, const QFont &font, qreal width,
                     const QPaintDevice *device);

    qreal height() const { return m_height; }
    int lineCount() const { return static_cast<int>(m_lineTops.size()); }
    // Width of the longest line as set, which may be less than the width given.
    qreal naturalWidth() const;
    // From the top of `line` to the top of the next, or the bottom of the last.
    qreal lineAdvance(int line) const;

    void draw(QPainter &painter, const QPointF &topLeft) const;
    // Draws one line with its top at topLeft, for paragraphs that continue on the next page.
    void drawLine(QPainter &painter, int line, const QPointF &topLeft) const;

private:
    // Shared because QTextLayout cannot be copied and the paint steps keep layouts by value.
    std::shared_ptr<QTextLayout> m_layout;
    QList<qreal> m_lineTops;
    qreal m_height = 0;
};

} // namespace halldesk
