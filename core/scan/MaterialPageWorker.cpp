#include "scan/MaterialPageWorker.h"

#include "crypto/SealedFileReader.h"
#include "crypto/SealedFileWriter.h"
#include "logging/HallDeskLogging.h"
#include "scan/ImagePdfWriter.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QImageReader>
#include <QTransform>
#include <QUuid>
#include <utility>
#include <vector>

namespace halldesk {

MaterialPageWorker::MaterialPageWorker(QByteArray key)
    : m_key(std::move(key))
{}

QImage MaterialPageWorker::thumbnailOf(const QImage &image, int quarterTurns)
{
    if (image.isNull())
        return {};
    // Mono pages scaled smoothly would stay 1-bit and lose every thin stroke.
    const QImage source = image.format() == QImage::Format_Mono
                              ? image.convertToFormat(QImage::Format_Grayscale8)
                              : image;
    QImage small =
        source.scaled(ThumbnailSize, ThumbnailSize, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    const int turns = ((quarterTurns % 4) + 4) % 4;
    if (turns != 0)
        small = small.transformed(QTransform().rotate(90.0 * turns));
    return small;
}

QImage MaterialPageWorker::thumbnailOf(const EncodedPage &page, int quarterTurns)
{
    if (!page.isValid())
        return {};
    if (page.kind == EncodedPage::Kind::Jpeg) {
        QByteArray bytes = page.data;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        QImageReader reader(&buffer, "jpeg");
        // libjpeg scales while decoding: a 300 dpi page costs a fraction of a full decode.
        reader.setScaledSize(
            page.pixelSize.scaled(ThumbnailSize, ThumbnailSize, Qt::KeepAspectRatio));
        return thumbnailOf(reader.read(), quarterTurns);
    }
    // The 1-bit rows, each padded to a byte, 1 = white; refused when they would not fit a page
    // of sensible size (the size comes from the file).
    const qint64 rowBytes = (qint64(page.pixelSize.width()) + 7) / 8;
    const qint64 total = rowBytes * page.pixelSize.height();
    constexpr qint64 maxRows = 128 * 1024 * 1024;
    if (total <= 0 || total > maxRows)
        return {};
    QByteArray prefixed(4, Qt::Uninitialized);
    // qUncompress wants the zlib stream behind its expected length, big-endian.
    for (int i = 0; i < 4; ++i)
        prefixed[i] = char((quint32(total) >> (8 * (3 - i))) & 0xff);
    prefixed += page.data;
    const QByteArray rows = qUncompress(prefixed);
    prefixed.clear();
    if (rows.size() != total)
        return {};
    // Averaged straight from the bits into the thumbnail's cells: the grey share of white keeps
    // thin strokes visible, and a full-size grey copy for QImage's smooth scaling (which works
    // on 32-bit pixels) cost some 100 ms per 300 dpi page.
    const int width = page.pixelSize.width();
    const int height = page.pixelSize.height();
    const QSize target =
        page.pixelSize.scaled(ThumbnailSize, ThumbnailSize, Qt::KeepAspectRatio).expandedTo({1, 1});
    QImage small(target, QImage::Format_Grayscale8);
    if (small.isNull())
        return {};
    std::vector<int> cellOfColumn(static_cast<size_t>(width));
    std::vector<quint32> columnsInCell(size_t(target.width()), 0);
    for (int x = 0; x < width; ++x) {
        cellOfColumn[size_t(x)] = int(qint64(x) * target.width() / width);
        ++columnsInCell[size_t(cellOfColumn[size_t(x)])];
    }
    std::vector<quint32> white(size_t(target.width()), 0);
    int cellRow = 0;
    int rowsInCell = 0;
    const auto flush = [&] {
        uchar *out = small.scanLine(cellRow);
        for (int c = 0; c < target.width(); ++c) {
            const quint32 pixels = columnsInCell[size_t(c)] * quint32(rowsInCell);
            out[c] = pixels ? uchar(white[size_t(c)] * 255 / pixels) : 255;
            white[size_t(c)] = 0;
        }
        rowsInCell = 0;
    };
    for (int y = 0; y < height; ++y) {
        const int row = int(qint64(y) * target.height() / height);
        if (row != cellRow) {
            flush();
            cellRow = row;
        }
        const auto *line = reinterpret_cast<const uchar *>(rows.constData()) + y * rowBytes;
        for (int x = 0; x < width; ++x)
            white[size_t(cellOfColumn[size_t(x)])] += (line[x >> 3] >> (7 - (x & 7))) & 1;
        ++rowsInCell;
    }
    flush();
    const int turns = ((quarterTurns % 4) + 4) % 4;
    return turns ? small.transformed(QTransform().rotate(90.0 * turns)) : small;
}

MaterialPageWorker::PageResult
MaterialPageWorker::keepPage(const QByteArray &key, const ImagePdfPage &page, const QString &path)
{
    MaterialPage kept;
    kept.path = path;
    kept.thumbnail = thumbnailOf(page.encoded, page.quarterTurns);
    if (kept.thumbnail.isNull())
        return {std::nullopt, tr("A page of the saved scan is damaged.")};
    kept.pixelSize = page.encoded.pixelSize;
    kept.dpi = page.encoded.dpi;
    kept.kind = page.encoded.kind;
    kept.grey = page.encoded.grey;
    kept.encodedBytes = page.encoded.data.size();
    kept.quarterTurns = page.quarterTurns;

    SealedFileWriter file(key, path);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(page.encoded.data) != page.encoded.data.size() || !file.commit()) {
        const QString problem = file.errorString();
        file.discard();
        qCWarning(lcScan) << "sealing a page of a saved scan failed";
        return {std::nullopt, problem};
    }
    return {kept, {}};
}

QString MaterialPageWorker::newPagePath(const QString &directory)
{
    return QDir(directory).filePath(
        QStringLiteral("page-%1.sealed").arg(QUuid::createUuid().toString(QUuid::WithoutBraces)));
}

MaterialPageWorker::LoadResult MaterialPageWorker::readMaterial(const QByteArray &key,
                                                                const QString &sealedPdfPath,
                                                                const QString &directory)
{
    QList<MaterialPage> pages;
    const auto refuse = [&pages](const QString &problem) {
        for (const MaterialPage &page : std::as_const(pages))
            QFile::remove(page.path);
        qCWarning(lcScan) << "a saved material could not be opened for editing";
        return LoadResult{{}, problem};
    };
    SealedFileReader file(key, sealedPdfPath);
    if (!file.open(QIODevice::ReadOnly))
        return refuse(file.errorString());
    ImagePdfReader reader(&file);
    if (!reader.open())
        return refuse(reader.errorString());
    for (int i = 0; i < reader.pageCount(); ++i) {
        const std::optional<ImagePdfPage> page = reader.page(i);
        if (!page)
            return refuse(reader.errorString());
        const PageResult kept = keepPage(key, *page, newPagePath(directory));
        if (!kept.page)
            return refuse(kept.problem);
        pages.append(*kept.page);
    }
    return {pages, {}};
}

MaterialPageWorker::PageResult
MaterialPageWorker::sealPage(ScannedPage page, const PageOptions &options, const QString &path)
{
    ProcessedPage processed = m_processor.process(page, options);
    page.image = QImage(); // the processor's buffers are reusable once the scan is let go
    const EncodedPage encoded = PageEncoder::encode(processed);
    if (!encoded.isValid())
        return {std::nullopt, tr("The page could not be processed; please scan it again.")};

    MaterialPage kept;
    kept.path = path;
    kept.thumbnail = thumbnailOf(processed.image, 0);
    processed.image = QImage();
    kept.pixelSize = encoded.pixelSize;
    kept.dpi = encoded.dpi;
    kept.kind = encoded.kind;
    kept.grey = encoded.grey;
    kept.encodedBytes = encoded.data.size();

    SealedFileWriter file(m_key, path);
    if (!file.open(QIODevice::WriteOnly) || file.write(encoded.data) != encoded.data.size() ||
        !file.commit()) {
        const QString problem = file.errorString();
        file.discard();
        qCWarning(lcScan) << "sealing a scanned page failed";
        return {std::nullopt,
                tr("This page was not kept: %1 The pages before it are kept.").arg(problem)};
    }
    return {kept, {}};
}

MaterialPageWorker::PdfResult MaterialPageWorker::writePdf(const QList<MaterialPage> &pages,
                                                           const QString &pdfPath)
{
    if (pages.isEmpty())
        return {std::nullopt, tr("There are no pages to save.")};
    SealedFileWriter file(m_key, pdfPath);
    if (!file.open(QIODevice::WriteOnly))
        return {std::nullopt, tr("The material could not be saved: %1").arg(file.errorString())};
    ImagePdfWriter pdf(&file);
    for (const MaterialPage &page : pages) {
        QString problem;
        const std::optional<QByteArray> bytes =
            SealedFileReader::readAll(m_key, page.path, &problem);
        if (!bytes) {
            file.discard();
            qCWarning(lcScan) << "a sealed page could not be read back";
            return {std::nullopt, tr("A scanned page could not be read back: %1").arg(problem)};
        }
        EncodedPage encoded;
        encoded.data = *bytes;
        encoded.pixelSize = page.pixelSize;
        encoded.dpi = page.dpi;
        encoded.kind = page.kind;
        encoded.grey = page.grey;
        if (!pdf.addPage(encoded, page.quarterTurns))
            break;
    }
    if (pdf.hasFailed() || !pdf.finish() || !file.commit()) {
        const QString problem = pdf.hasFailed() ? pdf.errorString() : file.errorString();
        file.discard();
        return {std::nullopt, tr("The material could not be saved: %1").arg(problem)};
    }
    return {StoredScan{pdf.digestHex(), file.plainBytes(), pdf.pageCount()}, {}};
}

} // namespace halldesk
