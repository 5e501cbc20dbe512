#include "intake/NoticePrinter.h"

#include "logging/HallDeskLogging.h"
#include "notice/NoticePdfWriter.h"
#include "notice/NoticeRenderer.h"

#include <QPrintDialog>
#include <QPrinter>

namespace halldesk {

bool NoticePrinter::print(const NoticeDocument &document, QPrinter &printer, QWidget *askParent)
{
    m_errorString.clear();
    printer.setDocName(NoticePdfWriter::title(document));
    printer.setPageLayout(NoticeRenderer::pageLayout());
    if (askParent) {
        QPrintDialog dialog(&printer, askParent);
        dialog.setWindowTitle(tr("Print %1").arg(NoticeKindNames::title(document.kind)));
        if (dialog.exec() != QDialog::Accepted)
            return false;
    }
    NoticeRenderer renderer;
    if (!renderer.render(document, &printer)) {
        m_errorString = tr("The notice could not be printed: %1").arg(renderer.errorString());
        qCWarning(lcNotice) << "printing a notice failed:" << renderer.errorString();
        return false;
    }
    qCInfo(lcNotice) << "notice printed on" << printer.printerName() << "pages"
                     << renderer.pageCount();
    return true;
}

QByteArray NoticePrinter::pdfCopy(const NoticeDocument &document)
{
    m_errorString.clear();
    NoticePdfWriter writer;
    const QByteArray pdf = writer.toPdf(document);
    if (pdf.isEmpty())
        m_errorString = writer.errorString();
    return pdf;
}

} // namespace halldesk
