#include "notice/NoticeRenderer.h"

#include "logging/HallDeskLogging.h"
#include "notice/NoticeBody.h"
#include "notice/NoticePageFrame.h"
#include "notice/NoticePaginator.h"
#include "notice/NoticeQrPayload.h"
#include "notice/NoticeStyle.h"
#include "notice/QrCode.h"

#include <QPagedPaintDevice>
#include <QPainter>

namespace halldesk {

QPageLayout NoticeRenderer::pageLayout()
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(20, 20, 20, 20),
                       QPageLayout::Millimeter);
}

bool NoticeRenderer::fail(const QString &message)
{
    m_errorString = message;
    m_pageCount = 0;
    return false;
}

bool NoticeRenderer::render(const NoticeDocument &document, QPagedPaintDevice *device)
{
    m_errorString.clear();
    m_pageCount = 0;

    const QByteArray payload =
        NoticeQrPayload(document.caseNumber, document.verificationCode).build();
    if (payload.isEmpty())
        return fail(tr("The case number or the verification code is not valid, so the notice "
                       "cannot carry its QR code."));
    const QrCode::Encoding qr = QrCode::encode(payload);
    if (!qr.ok())
        return fail(QrCode::errorMessage(qr.error));

    if (!device->setPageLayout(pageLayout()))
        return fail(tr("The printer does not accept A4 paper with 20 mm margins."));

    const NoticeStyle style(device);
    const QSizeF page(device->width(), device->height());
    const NoticePageFrame frame(document, qr.code, style, page);
    const QList<NoticeBlock> blocks = NoticeBody::build(document, style, page.width());
    const QList<NoticePaginator::Page> pages =
        NoticePaginator::paginate(blocks, frame.bodyHeight());

    QPainter painter;
    if (!painter.begin(device))
        return fail(tr("The notice could not be started on the printer or in the file."));
    const int pageCount = static_cast<int>(pages.size());
    for (int i = 0; i < pageCount; ++i) {
        if (i > 0 && !device->newPage()) {
            painter.end();
            return fail(tr("The printer or the file did not accept another page."));
        }
        frame.paint(painter, i + 1, pageCount);
        for (const NoticePaginator::Placement &placement : pages[i]) {
            const NoticeBlock &block = blocks[placement.block];
            block.paint(painter,
                        QRectF(0, frame.headerHeight() + placement.y, page.width(), block.height));
        }
    }
    if (!painter.end())
        return fail(tr("The notice could not be finished on the printer or in the file."));

    m_pageCount = pageCount;
    qCDebug(lcNotice) << "rendered notice of case" << document.caseNumber << "on" << pageCount
                      << "pages";
    return true;
}

} // namespace halldesk
