#pragma once

#include "notice/NoticeDocument.h"
#include "notice/NoticeStyle.h"
#include "notice/NoticeTextLayout.h"
#include "notice/QrCode.h"

#include <QCoreApplication>
#include <QSizeF>

class QPainter;

namespace halldesk {

// What every page of a notice repeats: the hall, the title, the case number and the QR code at
// the top, so a loose second page still says which case it belongs to; the hall's address and
// phone and the page count at the bottom.
class NoticePageFrame
{
    Q_DECLARE_TR_FUNCTIONS(NoticePageFrame)

public:
    // `page` is the printable area inside the margins, in device units.
    NoticePageFrame(const NoticeDocument &document, const QrCode &qrCode, const NoticeStyle &style,
                    QSizeF page);

    qreal headerHeight() const { return m_headerHeight; }
    qreal footerHeight() const { return m_footerHeight; }
    qreal bodyHeight() const { return m_page.height() - m_headerHeight - m_footerHeight; }

    void paint(QPainter &painter, int page, int pageCount) const;

private:
    void paintHeader(QPainter &painter) const;
    void paintFooter(QPainter &painter, int page, int pageCount) const;
    static QString pageLabel(int page, int pageCount);

    const NoticeStyle &m_style;
    QrCode m_qrCode;
    QSizeF m_page;
    qreal m_qrSide;
    NoticeTextLayout m_hall;
    NoticeTextLayout m_title;
    NoticeTextLayout m_caseLine;
    NoticeTextLayout m_qrCaption;
    NoticeTextLayout m_contact;
    qreal m_titleTop = 0;
    qreal m_caseLineTop = 0;
    qreal m_headerRuleY = 0;
    qreal m_headerHeight = 0;
    qreal m_footerHeight = 0;
};

} // namespace halldesk
