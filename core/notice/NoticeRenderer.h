#pragma once

#include "notice/NoticeDocument.h"

#include <QCoreApplication>
#include <QPageLayout>
#include <QString>

class QPagedPaintDevice;

namespace halldesk {

// Lays a notice out on A4 and paints it on any paged device: a QPdfWriter here, a QPrinter in
// the counter UI. The body is measured first and paginated, then every page is painted with
// the header (hall, title, case number, QR code) and footer (contact, "page N of M").
class NoticeRenderer
{
    Q_DECLARE_TR_FUNCTIONS(NoticeRenderer)

public:
    // A4 portrait with 20 mm margins, which every office printer can print without clipping.
    static QPageLayout pageLayout();

    // Sets pageLayout() on the device and paints. Returns false with errorString() set when
    // the case cannot be put in a QR code or the device refuses the layout or painting.
    bool render(const NoticeDocument &document, QPagedPaintDevice *device);

    QString errorString() const { return m_errorString; }
    int pageCount() const { return m_pageCount; }

private:
    bool fail(const QString &message);

    QString m_errorString;
    int m_pageCount = 0;
};

} // namespace halldesk
