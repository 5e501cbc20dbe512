#pragma once

#include "notice/NoticeDocument.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

class QPrinter;
class QWidget;

namespace halldesk {

// Puts a notice on paper through Qt's printing (the same NoticeRenderer layout as the PDF)
// and makes the PDF copy the case keeps, so what the applicant holds and what the hall keeps
// are the same document.
class NoticePrinter
{
    Q_DECLARE_TR_FUNCTIONS(NoticePrinter)

public:
    // With `askParent`, the print dialog opens first (printer, copies) and a cancel there is
    // not a failure: false with errorString() empty. Returns false with errorString() set when
    // the printer refuses the page or the notice cannot be rendered.
    bool print(const NoticeDocument &document, QPrinter &printer, QWidget *askParent = nullptr);
    // Empty on failure, with errorString() set.
    QByteArray pdfCopy(const NoticeDocument &document);

    QString errorString() const { return m_errorString; }

private:
    QString m_errorString;
};

} // namespace halldesk
