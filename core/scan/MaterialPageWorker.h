#pragma once

#include "scan/ImagePdfReader.h"
#include "scan/MaterialPage.h"
#include "scan/PageProcessor.h"
#include "scan/StoredScan.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>
#include <atomic>
#include <functional>
#include <optional>

namespace halldesk {

// The heavy half of MaterialPageSet, on its own thread: process, encode and seal one page at a
// time (one PageProcessor for the whole batch, so its full-resolution buffers are reused), and
// write the material's PDF from the sealed pages. Jobs run in the order they were posted.
// Nothing about a page's content is logged.
class MaterialPageWorker : public QObject
{
    Q_OBJECT

public:
    struct PageResult
    {
        std::optional<MaterialPage> page; // nullopt on failure
        QString problem;                  // in the user's language
    };
    struct LoadResult
    {
        QList<MaterialPage> pages; // empty on failure
        QString problem;           // in the user's language
    };
    struct PdfResult
    {
        std::optional<StoredScan> scan;
        QString problem;
    };

    explicit MaterialPageWorker(QByteArray key);

    // Run on the worker's thread. The page's full-resolution image is let go before returning.
    PageResult sealPage(ScannedPage page, const PageOptions &options, const QString &path);
    PdfResult writePdf(const QList<MaterialPage> &pages, const QString &pdfPath);

    static QImage thumbnailOf(const QImage &image, int quarterTurns);
    // The thumbnail of an encoded page, decoded at thumbnail size where the format allows it
    // (a JPEG is decoded straight at reduced size); null if the bytes do not decode.
    static QImage thumbnailOf(const EncodedPage &page, int quarterTurns);
    // A page read back from a saved material, sealed into `path` unchanged, with its thumbnail.
    // Safe on any thread (it touches no worker state).
    static PageResult keepPage(const QByteArray &key, const ImagePdfPage &page,
                               const QString &path);
    // Every page of a saved material (a sealed PDF that writePdf wrote), each kept as above in
    // a new page file in `directory`, one page in memory at a time. On failure no page file is
    // left behind. Safe on any thread.
    static LoadResult readMaterial(const QByteArray &key, const QString &sealedPdfPath,
                                   const QString &directory);
    // A new page file's path in `directory`, never one that exists.
    static QString newPagePath(const QString &directory);

    // Jobs still queued when the owner goes away are skipped.
    std::atomic_bool stopping = false;

private:
    QByteArray m_key;
    PageProcessor m_processor;
};

} // namespace halldesk
