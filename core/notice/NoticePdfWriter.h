#pragma once

#include "notice/NoticeDocument.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace halldesk {

// Writes notices as PDF files: 300 dpi, fonts embedded so the Chinese text can be searched and
// copied, titled with the notice and the case number.
class NoticePdfWriter
{
    Q_DECLARE_TR_FUNCTIONS(NoticePdfWriter)

public:
    static constexpr int Resolution = 300;

    // Empty on failure, with errorString() set.
    QByteArray toPdf(const NoticeDocument &document);
    // Either the whole file is at `path` or nothing is: the PDF goes to a temporary file in the
    // same directory first and replaces `path` only once it is complete.
    bool write(const NoticeDocument &document, const QString &path);

    QString errorString() const { return m_errorString; }
    int pageCount() const { return m_pageCount; }

    // The PDF title: the notice's title and the case number.
    static QString title(const NoticeDocument &document);

private:
    QString m_errorString;
    int m_pageCount = 0;
};

} // namespace halldesk
