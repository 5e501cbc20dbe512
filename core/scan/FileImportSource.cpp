#include "scan/FileImportSource.h"

#include "logging/HallDeskLogging.h"
#include "scan/PdfPageRenderer.h"
#include "scan/ScanJob.h"

#include <QFile>
#include <QFileInfo>
#include <QImageReader>

namespace halldesk {

namespace {

// Below this an image's resolution is a screen or camera default (72, 96 dpi), not the paper's.
constexpr int MinimumPaperDpi = 100;

int imageDpi(const QImage &image)
{
    const int dpi = qRound(image.dotsPerMeterX() * 0.0254);
    return dpi >= MinimumPaperDpi ? dpi : 0;
}

} // namespace

FileImportSource::FileImportSource(QObject *parent)
    : ThreadedScanSource(parent)
{}

void FileImportSource::setFiles(const QStringList &paths)
{
    if (!isRunning())
        m_files = paths;
}

bool FileImportSource::isPdf(const QString &path)
{
    QFile file(path);
    if (file.open(QIODevice::ReadOnly) && file.peek(1024).contains("%PDF-"))
        return true;
    return path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive);
}

ThreadedScanSource::Work FileImportSource::prepare(const ScanRequest &request)
{
    // 200 dpi when unset: legible and small, as the scanners default to.
    return [files = m_files, dpi = request.dpi > 0 ? request.dpi : 200](ScanJob &job) {
        return run(job, files, dpi);
    };
}

QString FileImportSource::run(ScanJob &job, const QStringList &files, int dpi)
{
    int pages = 0;
    for (const QString &path : files) {
        if (job.isCancelled())
            break;
        const QString error =
            isPdf(path) ? importPdf(job, path, dpi, &pages) : importImage(job, path, &pages);
        if (!error.isEmpty())
            return error;
    }
    return {};
}

QString FileImportSource::importImage(ScanJob &job, const QString &path, int *pages)
{
    const QString name = QFileInfo(path).fileName();
    if (!QFileInfo(path).isReadable())
        return tr("The file “%1” cannot be opened.").arg(name);
    QImageReader reader(path);
    // Photos taken with a phone are stored sideways with an EXIF orientation.
    reader.setAutoTransform(true);
    int frame = 0;
    do {
        if (job.isCancelled())
            return {};
        job.reportProgress(*pages + 1, -1);
        QImage image = reader.read();
        if (image.isNull()) {
            // File names often carry the applicant's name: not logged.
            qCWarning(lcScan) << "Cannot read an imported image, frame" << frame << ":"
                              << reader.errorString();
            return tr("The file “%1” is damaged or not an image HallDesk can read (PNG, JPEG, "
                      "TIFF, BMP or PDF).")
                .arg(name);
        }
        const int dpi = imageDpi(image);
        ++*pages;
        ++frame;
        if (!job.deliver({std::move(image), dpi, PageSource::File}))
            return {};
    } while (reader.jumpToNextImage());
    return {};
}

QString FileImportSource::importPdf(ScanJob &job, const QString &path, int dpi, int *pages)
{
    PdfPageRenderer pdf(path);
    QString error;
    const int count = pdf.open(&error);
    if (count <= 0)
        return error;
    for (int page = 1; page <= count; ++page) {
        if (job.isCancelled())
            return {};
        job.reportProgress(*pages + 1, -1);
        QImage image = pdf.render(page, dpi, &error);
        if (image.isNull())
            return error;
        ++*pages;
        if (!job.deliver({std::move(image), dpi, PageSource::File}))
            return {};
    }
    return {};
}

} // namespace halldesk
