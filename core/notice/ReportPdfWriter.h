#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QStringList>

class QPagedPaintDevice;

namespace halldesk {

// A supervisor's report as a PDF file for the hall's records and for printing: A4 landscape,
// the title and when it was made atop every page, a ruled table whose header row repeats on
// each page, "page N of M" below. Fonts are embedded and the text layer repaired
// (PdfToUnicodeRepair), so figures and names can be searched and copied.
class ReportPdfWriter
{
    Q_DECLARE_TR_FUNCTIONS(ReportPdfWriter)

public:
    struct Report
    {
        QString title;
        QDateTime madeAt;
        QStringList headings;
        QList<QStringList> rows;
        // Columns whose figures are right-aligned (every one but the first, for hallReport).
        QList<bool> numeric;
    };

    static constexpr int Resolution = 300;

    // Empty on failure, with errorString() set.
    QByteArray toPdf(const Report &report);
    // Either the whole file is at `path` or nothing is.
    bool write(const Report &report, const QString &path);

    QString errorString() const { return m_errorString; }
    int pageCount() const { return m_pageCount; }

private:
    bool render(const Report &report, QPagedPaintDevice *device);

    QString m_errorString;
    int m_pageCount = 0;
};

} // namespace halldesk
