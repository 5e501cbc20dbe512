#include "notice/NoticePdfWriter.h"

#include "logging/HallDeskLogging.h"
#include "notice/NoticeRenderer.h"
#include "notice/NoticeStyle.h"
#include "notice/PdfToUnicodeRepair.h"
#include "platform/WholeFile.h"

#include <QBuffer>
#include <QPdfWriter>

namespace halldesk {

QString NoticePdfWriter::title(const NoticeDocument &document)
{
    return NoticeKindNames::title(document.kind) + u' ' + document.caseNumber;
}

QByteArray NoticePdfWriter::toPdf(const NoticeDocument &document)
{
    m_errorString.clear();
    m_pageCount = 0;

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    NoticeRenderer renderer;
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(Resolution);
        writer.setTitle(title(document));
        writer.setCreator(QStringLiteral("HallDesk"));
        if (!renderer.render(document, &writer)) {
            m_errorString = tr("The notice could not be made: %1").arg(renderer.errorString());
            qCWarning(lcNotice) << "notice of case" << document.caseNumber
                                << "not rendered:" << renderer.errorString();
            return {};
        }
    }
    m_pageCount = renderer.pageCount();
    return PdfToUnicodeRepair(NoticeStyle::faces()).repair(buffer.data());
}

bool NoticePdfWriter::write(const NoticeDocument &document, const QString &path)
{
    const QByteArray pdf = toPdf(document);
    if (pdf.isEmpty())
        return false;

    QString reason;
    if (!writeWholeFile(path, pdf, &reason)) {
        m_errorString = tr("The notice could not be saved as %1: %2").arg(path, reason);
        qCWarning(lcNotice) << "notice of case" << document.caseNumber << "not saved:" << reason;
        return false;
    }
    return true;
}

} // namespace halldesk
