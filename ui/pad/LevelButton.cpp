#include "pad/LevelButton.h"

#include "pad/PadLook.h"

#include <QEvent>
#include <QPainter>
#include <QPainterPath>

namespace halldesk {

namespace {

constexpr int Padding = 16; // around the face and the name
constexpr int Gap = 20;     // between face and name

} // namespace

LevelButton::LevelButton(RatingLevel level, QWidget *parent)
    : QAbstractButton(parent)
    , m_level(level)
{
    setObjectName(QStringLiteral("padLevel_") + RatingLevels::storageName(level));
    setFont(PadLook::font(PadLook::LevelPx, true));
    setText(RatingLevels::displayName(level));
    setAccessibleName(text());
    // No focus frame: a level that looks picked before the citizen touched it would steer.
    setFocusPolicy(Qt::NoFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

int LevelButton::faceSize(int height) const
{
    return qBound(40, height - 2 * Padding, 84);
}

int LevelButton::textWidth() const
{
    return fontMetrics().horizontalAdvance(text());
}

QSize LevelButton::sizeHint() const
{
    return {Padding + faceSize(PadLook::LevelTargetPx) + Gap + textWidth() + 2 * Padding,
            PadLook::LevelTargetPx};
}

QSize LevelButton::minimumSizeHint() const
{
    const int height = qMax(PadLook::MinTargetPx, fontMetrics().height() + 8);
    return {Padding + faceSize(height) + Gap + textWidth() + 2 * Padding, height};
}

QRect LevelButton::textRect() const
{
    const int left = Padding + faceSize(height()) + Gap;
    return QRect(left, 0, width() - left - Padding, height());
}

void LevelButton::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        setText(RatingLevels::displayName(m_level));
        setAccessibleName(text());
        updateGeometry();
    }
    QAbstractButton::changeEvent(event);
}

void LevelButton::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    QColor fill = PadLook::levelColour(m_level);
    if (isDown())
        fill = fill.darker(130);
    if (!isEnabled())
        fill = QColor(0xcf, 0xd8, 0xdc);
    const QRectF frame = QRectF(rect()).adjusted(2, 2, -2, -2);
    painter.setPen(hasFocus() ? QPen(QColor(0x0d, 0x47, 0xa1), 4) : Qt::NoPen);
    painter.setBrush(fill);
    painter.drawRoundedRect(frame, 16, 16);

    const int face = faceSize(height());
    paintFace(painter, QRectF(Padding, (height() - face) / 2.0, face, face));

    painter.setPen(isEnabled() ? PadLook::levelTextColour(m_level) : QColor(0x75, 0x75, 0x75));
    painter.setFont(font());
    painter.drawText(textRect(), Qt::AlignVCenter | Qt::AlignLeft, text());
}

// A white face whose mouth bends from a broad smile (非常满意) to a deep frown (非常不满意).
void LevelButton::paintFace(QPainter &painter, const QRectF &box) const
{
    painter.setPen(QPen(QColor(0x21, 0x21, 0x21), qMax(2.0, box.width() / 20)));
    painter.setBrush(QColor(0xff, 0xfd, 0xe7));
    painter.drawEllipse(box);
    const qreal w = box.width();
    painter.setBrush(QColor(0x21, 0x21, 0x21));
    const qreal eye = w / 10;
    painter.drawEllipse(QPointF(box.left() + w * 0.34, box.top() + w * 0.38), eye / 2, eye / 2);
    painter.drawEllipse(QPointF(box.left() + w * 0.66, box.top() + w * 0.38), eye / 2, eye / 2);

    qreal bend = 0; // the mouth's middle below (+) or above (−) its corners, in face widths
    switch (m_level) {
    case RatingLevel::VerySatisfied:
        bend = 0.22;
        break;
    case RatingLevel::Satisfied:
        bend = 0.12;
        break;
    case RatingLevel::Basic:
        bend = 0;
        break;
    case RatingLevel::Dissatisfied:
        bend = -0.10;
        break;
    case RatingLevel::VeryDissatisfied:
        bend = -0.18;
        break;
    }
    const qreal y = box.top() + w * (bend >= 0 ? 0.62 : 0.74);
    QPainterPath mouth(QPointF(box.left() + w * 0.28, y));
    mouth.quadTo(QPointF(box.center().x(), y + w * bend * 2), QPointF(box.left() + w * 0.72, y));
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(mouth);
}

} // namespace halldesk
