#include "notice/NoticeBody.h"

#include "notice/NoticeDecision.h"
#include "notice/NoticeFlow.h"
#include "notice/NoticeFormat.h"
#include "notice/NoticeTable.h"
#include "notice/NoticeTextLayout.h"

#include <QPen>
#include <algorithm>

namespace halldesk {

namespace {

constexpr qreal SignatureGapMm = 8;   // room for the hall's seal
constexpr qreal SignatureLineMm = 45; // the line the applicant signs on
constexpr qreal SignatureSpaceMm = 8;

} // namespace

QList<NoticeBlock> NoticeBody::build(const NoticeDocument &document, const NoticeStyle &style,
                                     qreal width)
{
    NoticeFlow flow(style, width);
    addApplicant(flow, document);
    addItems(flow, document);
    NoticeDecision::add(flow, document);
    addSignature(flow, document);
    return flow.blocks();
}

void NoticeBody::addApplicant(NoticeFlow &flow, const NoticeDocument &document)
{
    NoticeTable table(flow.style(), flow.width(),
                      {{{}, 1.3, Qt::AlignLeft, false, true},
                       {{}, 2.7},
                       {{}, 1.3, Qt::AlignLeft, false, true},
                       {{}, 2.7}});
    table.addRow(
        {tr("Applicant"), document.applicantName, tr("ID number"), document.applicantIdMasked});
    table.addRow({tr("Window"), tr("Window %1").arg(document.windowNumber), tr("Issued at"),
                  NoticeFormat::dateTime(document.issuedAt)});
    flow.addTable(table);
}

void NoticeBody::addItems(NoticeFlow &flow, const NoticeDocument &document)
{
    // A time limit means nothing once the case is refused or finished.
    const bool withTimeLimit =
        document.kind == NoticeKind::Acceptance || document.kind == NoticeKind::Correction;
    QList<NoticeTable::Column> columns = {{tr("No."), 0.7, Qt::AlignHCenter},
                                          {tr("Item code"), 2.3},
                                          {tr("Item"), 3.3},
                                          {tr("Department"), 2.2}};
    if (withTimeLimit)
        columns << NoticeTable::Column{tr("Time limit (working days)"), 1.5, Qt::AlignHCenter};

    NoticeTable table(flow.style(), flow.width(), columns);
    int number = 0;
    for (const NoticeItem &item : document.items) {
        QStringList row = {QString::number(++number), item.code, item.name, item.department};
        if (withTimeLimit)
            row << NoticeFormat::timeLimit(item.promisedDays);
        table.addRow(row);
    }
    flow.addHeading(tr("Items applied for"));
    flow.addTable(table);
}

void NoticeBody::addSignature(NoticeFlow &flow, const NoticeDocument &document)
{
    const NoticeStyle &style = flow.style();
    const qreal half = flow.width() / 2;
    const QFont font = style.bodyFont();
    const NoticeTextLayout clerk(
        tr("Window clerk: %1 (staff no. %2)").arg(document.staffName, document.staffNumber), font,
        half, style.device());
    const NoticeTextLayout applicant(tr("Applicant's signature:"), font, half, style.device());
    NoticeTextLayout::Options right;
    right.alignment = Qt::AlignRight;
    const NoticeTextLayout seal(tr("%1 (seal)").arg(document.hallName), font, half, style.device(),
                                right);
    const NoticeTextLayout date(NoticeFormat::date(document.issuedAt.date()), font, half,
                                style.device(), right);

    const qreal topRow = std::max(clerk.height(), seal.height());
    const qreal gap = style.mm(SignatureGapMm);
    const qreal bottomRow = std::max(applicant.height(), date.height());
    const qreal signatureLine = style.mm(SignatureLineMm);
    const qreal rule = style.ruleWidth();
    const qreal lineGap = style.mm(1);
    // The line stops short of the date on the right, however long the translated label.
    const qreal lineEnd = flow.width() - date.naturalWidth() - style.mm(5);

    NoticeBlock block;
    block.height = topRow + gap + bottomRow;
    block.spaceBefore = style.mm(SignatureSpaceMm);
    block.paint = [=](QPainter &painter, const QRectF &rect) {
        painter.save();
        painter.setPen(Qt::black);
        clerk.draw(painter, rect.topLeft());
        seal.draw(painter, QPointF(rect.x() + half, rect.y()));
        const qreal bottom = rect.y() + topRow + gap;
        applicant.draw(painter, QPointF(rect.x(), bottom));
        date.draw(painter, QPointF(rect.x() + half, bottom));
        painter.setPen(QPen(Qt::black, rule));
        const qreal lineX = rect.x() + applicant.naturalWidth() + lineGap;
        const qreal lineY = bottom + applicant.height();
        painter.drawLine(QPointF(lineX, lineY),
                         QPointF(std::min(lineX + signatureLine, rect.x() + lineEnd), lineY));
        painter.restore();
    };
    // A signature alone on the last page would look like a blank form to sign.
    flow.keepLastTextWithNext();
    flow.addBlock(std::move(block));
}

} // namespace halldesk
