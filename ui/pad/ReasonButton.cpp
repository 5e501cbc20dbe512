#include "pad/ReasonButton.h"

#include "pad/PadLook.h"

#include <QPainter>
#include <QPainterPath>

namespace halldesk {

namespace {

constexpr int Box = 30;     // the tick box
constexpr int BoxLeft = 12; // from the button's left edge
// The style sheet's left padding leaves room for the box (PadLook).
constexpr int TextLeft = BoxLeft + Box + 10;

} // namespace

ReasonButton::ReasonButton(const RatingReason &reason, QWidget *parent)
    : QPushButton(reason.label, parent)
    , m_code(reason.code)
{
    setObjectName(QStringLiteral("padReason"));
    setCheckable(true);
    setFocusPolicy(Qt::NoFocus);
    setFont(PadLook::font(PadLook::ReasonPx, true));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setAccessibleName(reason.label);
    setStyleSheet(
        QStringLiteral("QPushButton { text-align: left; padding-left: %1px; padding-right: 10px; }")
            .arg(TextLeft));
}

QSize ReasonButton::sizeHint() const
{
    const QSize hint = QPushButton::sizeHint();
    return {hint.width(), qMax(hint.height(), PadLook::MinTargetPx)};
}

void ReasonButton::paintEvent(QPaintEvent *event)
{
    QPushButton::paintEvent(event);
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF box(BoxLeft, (height() - Box) / 2.0, Box, Box);
    const QColor ink = isChecked() ? QColor(0xe6, 0x51, 0x00) : QColor(0x60, 0x7d, 0x8b);
    painter.setPen(QPen(ink, 3));
    painter.setBrush(isChecked() ? ink : QColor(Qt::white));
    painter.drawRoundedRect(box, 6, 6);
    if (!isChecked())
        return;
    QPainterPath tick(QPointF(box.left() + Box * 0.22, box.top() + Box * 0.52));
    tick.lineTo(box.left() + Box * 0.43, box.top() + Box * 0.74);
    tick.lineTo(box.left() + Box * 0.80, box.top() + Box * 0.28);
    painter.setPen(QPen(Qt::white, 5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(tick);
}

} // namespace halldesk
