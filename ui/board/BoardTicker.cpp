#include "board/BoardTicker.h"

#include "board/BoardLook.h"

#include <QPainter>

namespace halldesk {

namespace {

constexpr int Margin = 32;
constexpr int GapPx = 160; // between one copy of the text and the next

} // namespace

BoardTicker::BoardTicker(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("boardTicker"));
    setFont(BoardLook::font(BoardLook::TickerPx, true));
    setFixedHeight(fontMetrics().height() + 24);
    m_timer.setInterval(StepMs);
    connect(&m_timer, &QTimer::timeout, this, &BoardTicker::step);
}

void BoardTicker::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_offset = 0;
    if (m_text.isEmpty())
        m_timer.stop();
    else
        m_timer.start();
    update();
}

QSize BoardTicker::sizeHint() const
{
    return {400, fontMetrics().height() + 24};
}

void BoardTicker::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    // The colours of the status bar (BoardLook): white on navy.
    painter.fillRect(rect(), QColor(0x12, 0x30, 0x5c));
    painter.setPen(Qt::white);
    painter.setFont(font());
    // Copies of the text one after the other, so the line is never empty while it moves.
    const int textWidth = fontMetrics().horizontalAdvance(m_text) + 1;
    for (int x = Margin - m_offset; !m_text.isEmpty() && x < width(); x += textWidth + GapPx)
        painter.drawText(QRect(x, 0, textWidth, height()), Qt::AlignVCenter | Qt::AlignLeft,
                         m_text);
}

void BoardTicker::step()
{
    // It starts readable at the left edge and moves left; the next copy follows it.
    m_offset = (m_offset + StepPx) % (fontMetrics().horizontalAdvance(m_text) + 1 + GapPx);
    update();
}

} // namespace halldesk
