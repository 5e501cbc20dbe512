#include "notice/NoticePageFrame.h"

#include <QPainter>

namespace halldesk {

namespace {

// Big enough for a phone to read from arm's length, small enough to leave the title centred.
constexpr qreal QrSideMm = 24;
constexpr qreal QrGapMm = 4; // between the QR code and the text beside it
constexpr qreal QrCaptionGapMm = 0.5;
constexpr qreal TitleGapMm = 2;
constexpr qreal CaseLineGapMm = 4;
constexpr qreal RuleGapMm = 2;
constexpr qreal FooterGapMm = 2;
constexpr qreal PageLabelWidthShare = 0.25;

NoticeTextLayout::Options centred()
{
    NoticeTextLayout::Options options;
    options.alignment = Qt::AlignHCenter;
    return options;
}

} // namespace

NoticePageFrame::NoticePageFrame(const NoticeDocument &document, const QrCode &qrCode,
                                 const NoticeStyle &style, QSizeF page)
    : m_style(style)
    , m_qrCode(qrCode)
    , m_page(page)
    , m_qrSide(style.mm(QrSideMm))
    // The title column leaves the QR code's width free on both sides so it stays centred on
    // the page.
    , m_hall(document.hallName, style.hallFont(), page.width() - 2 * (m_qrSide + style.mm(QrGapMm)),
             style.device(), centred())
    , m_title(NoticeKindNames::title(document.kind), style.titleFont(),
              page.width() - 2 * (m_qrSide + style.mm(QrGapMm)), style.device(), centred())
    , m_caseLine(tr("Case number: %1    Verification code: %2")
                     .arg(document.caseNumber, document.verificationCode),
                 style.tableHeaderFont(), page.width() - m_qrSide - style.mm(QrGapMm),
                 style.device())
    , m_qrCaption(tr("Scan to follow the case"), style.smallFont(), m_qrSide + style.mm(QrGapMm),
                  style.device(), centred())
    , m_contact(tr("Address: %1    Phone: %2").arg(document.hallAddress, document.hallPhone),
                style.smallFont(), page.width() * (1 - PageLabelWidthShare), style.device())
{
    m_titleTop = m_hall.height() + style.mm(TitleGapMm);
    m_caseLineTop = m_titleTop + m_title.height() + style.mm(CaseLineGapMm);
    const qreal textBottom = m_caseLineTop + m_caseLine.height();
    const qreal qrBottom = m_qrSide + style.mm(QrCaptionGapMm) + m_qrCaption.height();
    m_headerRuleY = std::max(textBottom, qrBottom) + style.mm(RuleGapMm);
    m_headerHeight = m_headerRuleY + style.mm(RuleGapMm);
    const NoticeTextLayout widestLabel(pageLabel(99, 99), style.smallFont(),
                                       page.width() * PageLabelWidthShare, style.device());
    m_footerHeight = style.mm(FooterGapMm) + std::max(m_contact.height(), widestLabel.height());
}

QString NoticePageFrame::pageLabel(int page, int pageCount)
{
    return tr("Page %1 of %2").arg(page).arg(pageCount);
}

void NoticePageFrame::paint(QPainter &painter, int page, int pageCount) const
{
    painter.save();
    painter.setPen(Qt::black);
    paintHeader(painter);
    paintFooter(painter, page, pageCount);
    painter.restore();
}

void NoticePageFrame::paintHeader(QPainter &painter) const
{
    const qreal titleX = m_qrSide + m_style.mm(QrGapMm);
    m_hall.draw(painter, QPointF(titleX, 0));
    m_title.draw(painter, QPointF(titleX, m_titleTop));
    m_caseLine.draw(painter, QPointF(0, m_caseLineTop));

    const QRectF qr(m_page.width() - m_qrSide, 0, m_qrSide, m_qrSide);
    m_qrCode.paint(painter, qr);
    m_qrCaption.draw(painter, QPointF(qr.x() - m_style.mm(QrGapMm / 2),
                                      qr.bottom() + m_style.mm(QrCaptionGapMm)));

    painter.setPen(QPen(Qt::black, m_style.heavyRuleWidth()));
    painter.drawLine(QPointF(0, m_headerRuleY), QPointF(m_page.width(), m_headerRuleY));
}

void NoticePageFrame::paintFooter(QPainter &painter, int page, int pageCount) const
{
    const qreal top = m_page.height() - m_footerHeight;
    painter.setPen(QPen(Qt::black, m_style.ruleWidth()));
    painter.drawLine(QPointF(0, top), QPointF(m_page.width(), top));

    painter.setPen(Qt::black);
    const qreal textTop = top + m_style.mm(FooterGapMm) / 2;
    m_contact.draw(painter, QPointF(0, textTop));
    NoticeTextLayout::Options right;
    right.alignment = Qt::AlignRight;
    const qreal labelWidth = m_page.width() * PageLabelWidthShare;
    const NoticeTextLayout label(pageLabel(page, pageCount), m_style.smallFont(), labelWidth,
                                 m_style.device(), right);
    label.draw(painter, QPointF(m_page.width() - labelWidth, textTop));
}

} // namespace halldesk
