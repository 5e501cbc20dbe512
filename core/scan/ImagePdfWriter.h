#pragma once

#include "crypto/Sha256Stream.h"
#include "scan/PageEncoder.h"

#include <QByteArray>
#include <QList>
#include <QSizeF>
#include <QString>

class QIODevice;

namespace halldesk {

// Writes a material's pages as a PDF, one already compressed image per page, straight to a
// device: a page is written when it is added, so a 50-page feeder batch never sits in memory
// (QPdfWriter would also decode and re-encode every JPEG). Only offsets are kept until
// finish() writes the page tree, the cross-reference table and the trailer. The SHA-256 of the
// file is computed on the way.
//
// Layout: 1 Catalog, 2 Pages, 3 Info (Producer only: no personal data in the metadata), then
// per page an image XObject, its content stream and the Page object.
class ImagePdfWriter
{
public:
    // A4 in points, for pages whose resolution is unknown (camera captures).
    static constexpr double A4WidthPoints = 595.276;
    static constexpr double A4HeightPoints = 841.890;

    // The device must be open for writing; it is not owned.
    explicit ImagePdfWriter(QIODevice *device);

    // Each returns false once a write failed (a full disk) or the page is invalid; the reason is
    // in errorString() (no file names, no page content). Nothing is written after a failure.
    // quarterTurns (clockwise, any integer) become the page's /Rotate: a page the clerk turned
    // keeps its encoded bytes, so turning a JPEG page costs no second lossy pass.
    bool addPage(const EncodedPage &page, int quarterTurns = 0);
    bool finish();

    int pageCount() const { return int(m_pageObjects.size()); }
    bool hasFailed() const { return !m_error.isEmpty(); }
    QString errorString() const { return m_error; }
    // The SHA-256 of the bytes written; empty until finish() succeeded.
    QString digestHex() const { return m_digestHex; }

    // The page size in points: pixels at dpi, or fitted into A4 (turned to landscape for a
    // landscape image) when dpi is unknown.
    static QSizeF pageSizePoints(QSize pixels, int dpi);
    // The text the page's /MediaBox array holds and its content stream draws: ImagePdfReader
    // compares a page with these, so a page is read back only if writing it again gives the
    // same bytes.
    static QByteArray mediaBoxOf(QSize pixels, int dpi);
    static QByteArray drawingOf(QSize pixels, int dpi);

private:
    bool begin();
    int reserveObject();
    bool beginObject(int number);
    bool write(const QByteArray &bytes);

    QIODevice *m_device;
    Sha256Stream m_digest;
    QString m_digestHex;
    qint64 m_written = 0;
    QList<qint64> m_offsets; // by object number - 1; -1 until the object is written
    QList<int> m_pageObjects;
    QString m_error;
    bool m_started = false;
    bool m_finished = false;
};

} // namespace halldesk
