#pragma once

#include "notice/TicketSlip.h"

#include <QCoreApplication>
#include <QPageLayout>
#include <QString>

class QPagedPaintDevice;

namespace halldesk {

// Lays a ticket slip out on 80 mm thermal roll paper, the kiosks' printers, and paints it on
// any paged device: a QPrinter at the kiosk, a QPdfWriter or a PDF QPrinter in the tests. The
// ticket number is the largest thing on it, read at arm's length by an elderly citizen; the QR
// code carries the ticket (TicketQrPayload).
class TicketSlipRenderer
{
    Q_DECLARE_TR_FUNCTIONS(TicketSlipRenderer)

public:
    static constexpr qreal PaperWidthMm = 80;
    static constexpr qreal PaperHeightMm = 150;

    static QPageLayout pageLayout();

    // Sets pageLayout() on the device and paints one page. False with errorString() set when
    // the slip has no valid ticket or the device refuses.
    bool render(const TicketSlip &slip, QPagedPaintDevice *device);
    QString errorString() const { return m_errorString; }

private:
    bool fail(const QString &message);

    QString m_errorString;
};

} // namespace halldesk
