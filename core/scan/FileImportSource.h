#pragma once

#include "scan/ThreadedScanSource.h"

#include <QStringList>

namespace halldesk {

// Materials the applicant brings as files (a USB stick, an e-mail): images in any format Qt
// reads (multi-page TIFF too) and PDFs, whose pages are rendered at the request's dpi. Files
// are read in order; a damaged or unsupported one ends the run with failed(), the pages of the
// files before stay delivered.
class FileImportSource final : public ThreadedScanSource
{
    Q_OBJECT

public:
    explicit FileImportSource(QObject *parent = nullptr);

    // Ignored while an import runs.
    void setFiles(const QStringList &paths);
    QStringList files() const { return m_files; }

    // By content ("%PDF-"), then by name for files too damaged to tell.
    static bool isPdf(const QString &path);

protected:
    Work prepare(const ScanRequest &request) override;

private:
    static QString run(ScanJob &job, const QStringList &files, int dpi);
    static QString importImage(ScanJob &job, const QString &path, int *pages);
    static QString importPdf(ScanJob &job, const QString &path, int dpi, int *pages);

    QStringList m_files;
};

} // namespace halldesk
