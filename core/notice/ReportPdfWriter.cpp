#include "notice/ReportPdfWriter.h"

#include "logging/HallDeskLogging.h"
#include "notice/NoticePaginator.h"
#include "notice/NoticeStyle.h"
#include "notice/NoticeTable.h"
#include "notice/NoticeTextLayout.h"
#include "notice/PdfToUnicodeRepair.h"
#include "platform/WholeFile.h"

#include <QBuffer>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>

namespace halldesk {

namespace {

constexpr qreal MarginMm = 15;
constexpr qreal GapMm = 4;
constexpr qreal KeyColumnWeight = 2.4;

} // namespace

bool ReportPdfWriter::render(const Report &report, QPagedPaintDevice *device)
{
    const QPageLayout layout(QPageSize(QPageSize::A4), QPageLayout::Landscape,
                             QMarginsF(MarginMm, MarginMm, MarginMm, MarginMm),
                             QPageLayout::Millimeter);
    if (!device->setPageLayout(layout)) {
        m_errorString = tr("A4 landscape pages could not be set up.");
        return false;
    }
    const NoticeStyle style(device);
    const QSizeF page(device->width(), device->height());

    const NoticeTextLayout title(report.title, style.titleFont(), page.width(), device);
    const QString made =
        tr("Made %1").arg(QLocale().toString(report.madeAt, QStringLiteral("yyyy-MM-dd HH:mm")));
    const NoticeTextLayout madeLine(made, style.smallFont(), page.width(), device);
    const qreal headerHeight = title.height() + madeLine.height() + style.mm(GapMm);
    const NoticeTextLayout sampleFooter(tr("Page %1 of %2").arg(99).arg(99), style.smallFont(),
                                        page.width(), device);
    const qreal footerHeight = sampleFooter.height() + style.mm(GapMm);

    QList<NoticeTable::Column> columns;
    for (qsizetype i = 0; i < report.headings.size(); ++i) {
        const bool numeric = report.numeric.value(i, false);
        columns << NoticeTable::Column{report.headings[i], i == 0 ? KeyColumnWeight : 1.0,
                                       numeric ? Qt::AlignRight : Qt::AlignLeft, false, false};
    }
    NoticeTable table(style, page.width(), columns);
    for (const QStringList &row : report.rows)
        table.addRow(row);
    QList<NoticeBlock> blocks;
    table.appendTo(blocks, 0);
    const QList<NoticePaginator::Page> pages =
        NoticePaginator::paginate(blocks, page.height() - headerHeight - footerHeight);

    QPainter painter;
    if (!painter.begin(device)) {
        m_errorString = tr("The report could not be started in the file.");
        return false;
    }
    const int pageCount = int(pages.size());
    for (int i = 0; i < pageCount; ++i) {
        if (i > 0 && !device->newPage()) {
            painter.end();
            m_errorString = tr("The file did not accept another page.");
            return false;
        }
        title.draw(painter, QPointF(0, 0));
        madeLine.draw(painter, QPointF(0, title.height()));
        for (const NoticePaginator::Placement &placement : pages[i]) {
            const NoticeBlock &block = blocks[placement.block];
            block.paint(painter, QRectF(0, headerHeight + placement.y, page.width(), block.height));
        }
        const NoticeTextLayout footer(tr("Page %1 of %2").arg(i + 1).arg(pageCount),
                                      style.smallFont(), page.width(), device,
                                      {Qt::AlignRight, 0, 1.0});
        footer.draw(painter, QPointF(0, page.height() - footer.height()));
    }
    if (!painter.end()) {
        m_errorString = tr("The report could not be finished in the file.");
        return false;
    }
    m_pageCount = pageCount;
    return true;
}

QByteArray ReportPdfWriter::toPdf(const Report &report)
{
    m_errorString.clear();
    m_pageCount = 0;
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(Resolution);
        writer.setTitle(report.title);
        writer.setCreator(QStringLiteral("HallDesk"));
        if (!render(report, &writer)) {
            qCWarning(lcNotice) << "report not rendered:" << m_errorString;
            return {};
        }
    }
    return PdfToUnicodeRepair(NoticeStyle::faces()).repair(buffer.data());
}

bool ReportPdfWriter::write(const Report &report, const QString &path)
{
    const QByteArray pdf = toPdf(report);
    if (pdf.isEmpty())
        return false;
    QString reason;
    if (!writeWholeFile(path, pdf, &reason)) {
        m_errorString = tr("The report could not be saved as %1: %2").arg(path, reason);
        qCWarning(lcNotice) << "report not saved:" << reason;
        return false;
    }
    return true;
}

} // namespace halldesk
