#include "notice/TicketSlipRenderer.h"

#include "clock/HallTime.h"
#include "logging/HallDeskLogging.h"
#include "notice/NoticeStyle.h"
#include "notice/QrCode.h"
#include "notice/TicketQrPayload.h"
#include "notice/TicketWording.h"

#include <QPagedPaintDevice>
#include <QPainter>

namespace halldesk {

namespace {

constexpr qreal MarginMm = 4;
constexpr qreal QrSideMm = 30;

QFont slipFont(qreal pointSize, bool bold)
{
    QFont font = NoticeStyle::baseFont();
    font.setPointSizeF(pointSize);
    font.setBold(bold);
    return font;
}

// Paints text wrapped into the slip's width from `y` down; returns the y below it.
qreal paintBlock(QPainter &painter, const QRectF &column, qreal y, const QFont &font,
                 const QString &text, Qt::Alignment align = Qt::AlignHCenter)
{
    painter.setFont(font);
    const QRectF area(column.left(), y, column.width(), column.bottom() - y);
    const int flags = int(align) | Qt::AlignTop | Qt::TextWordWrap;
    const QRectF used = painter.boundingRect(area, flags, text);
    painter.drawText(area, flags, text);
    return used.bottom();
}

// A moment in the hall's own time zone, which the slip's reader lives in.
QString hallTime(qint64 ms, const QString &format)
{
    return HallTime().localTime(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC)).toString(format);
}

} // namespace

QPageLayout TicketSlipRenderer::pageLayout()
{
    return QPageLayout(QPageSize(QSizeF(PaperWidthMm, PaperHeightMm), QPageSize::Millimeter,
                                 QStringLiteral("Roll 80 mm"), QPageSize::ExactMatch),
                       QPageLayout::Portrait, QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
}

bool TicketSlipRenderer::fail(const QString &message)
{
    m_errorString = message;
    qCWarning(lcNotice).noquote() << "ticket slip not printed:" << message;
    return false;
}

bool TicketSlipRenderer::render(const TicketSlip &slip, QPagedPaintDevice *device)
{
    m_errorString.clear();
    const QByteArray payload = TicketQrPayload{slip.serviceDay, slip.number, slip.ticketId}.build();
    if (payload.isEmpty())
        return fail(tr("The ticket is not valid, so its slip cannot be printed."));
    const QrCode::Encoding qr = QrCode::encode(payload);
    if (!qr.ok())
        return fail(QrCode::errorMessage(qr.error));
    if (!device->setPageLayout(pageLayout()))
        return fail(tr("The printer does not take 80 mm slips."));

    QPainter painter;
    if (!painter.begin(device))
        return fail(tr("The printer could not be started."));
    const NoticeStyle style(device);
    const QRectF column(style.mm(MarginMm), style.mm(MarginMm),
                        style.mm(PaperWidthMm - 2 * MarginMm),
                        style.mm(PaperHeightMm - 2 * MarginMm));
    painter.setPen(Qt::black);

    qreal y = column.top();
    y = paintBlock(painter, column, y, slipFont(10, true), slip.hallName);
    y += style.mm(1.5);
    painter.setPen(QPen(Qt::black, style.ruleWidth()));
    painter.drawLine(QPointF(column.left(), y), QPointF(column.right(), y));
    y += style.mm(2);

    y = paintBlock(painter, column, y, slipFont(9, false), tr("Your number"));
    y = paintBlock(painter, column, y, slipFont(40, true), slip.number);
    y = paintBlock(painter, column, y, slipFont(14, true), slip.queueName);
    if (!slip.priorityName.isEmpty())
        y = paintBlock(painter, column, y, slipFont(11, true),
                       TicketWording::priority(slip.priorityName));
    if (slip.appointmentStartMs > 0)
        y = paintBlock(painter, column, y, slipFont(11, true),
                       tr("Appointment %1–%2")
                           .arg(hallTime(slip.appointmentStartMs, QStringLiteral("HH:mm")),
                                hallTime(slip.appointmentEndMs, QStringLiteral("HH:mm"))));
    y += style.mm(2);
    y = paintBlock(painter, column, y, slipFont(12, false),
                   TicketWording::ahead(slip.waitingAhead));
    y = paintBlock(painter, column, y, slipFont(12, false),
                   TicketWording::estimatedWait(slip.estimatedWaitSeconds));
    if (!slip.windows.isEmpty()) {
        y += style.mm(1);
        y = paintBlock(painter, column, y, slipFont(10, false),
                       TicketWording::windows(slip.windows));
    }

    y += style.mm(3);
    const qreal side = style.mm(QrSideMm);
    qr.code.paint(painter, QRectF(column.center().x() - side / 2, y, side, side));
    y += side + style.mm(2);

    const QString issued = hallTime(slip.issuedAtMs, QStringLiteral("yyyy-MM-dd HH:mm"));
    y = paintBlock(painter, column, y, slipFont(9, false), tr("Taken at %1").arg(issued));
    if (slip.reprint)
        y = paintBlock(painter, column, y, slipFont(9, true), tr("Reprinted copy"));
    y += style.mm(1.5);
    paintBlock(painter, column, y, slipFont(8.5, false),
               tr("Please watch the hall board and listen for your number. Valid today only; if "
                  "you miss your call, please ask at the help desk."));
    if (!painter.end())
        return fail(tr("The printer could not finish the slip."));
    return true;
}

} // namespace halldesk
