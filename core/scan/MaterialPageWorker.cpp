#include "scan/MaterialPageWorker.h"

#include "crypto/SealedFileReader.h"
#include "crypto/SealedFileWriter.h"
#include "logging/HallDeskLogging.h"
#include "scan/ImagePdfWriter.h"

#include <QBuffer>
#include <QImageReader>
#include <QTransform>
#include <cstring>
#include <utility>

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
    QImage mono(page.pixelSize, QImage::Format_Mono);
    if (mono.isNull())
        return {};
    mono.setColor(0, qRgb(0, 0, 0));
    mono.setColor(1, qRgb(255, 255, 255));
    for (int y = 0; y < mono.height(); ++y)
        memcpy(mono.scanLine(y), rows.constData() + y * rowBytes, size_t(rowBytes));
    return thumbnailOf(mono, quarterTurns);
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
