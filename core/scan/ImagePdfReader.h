#pragma once

#include "scan/PageEncoder.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

class QIODevice;

namespace halldesk {

// One page of a material PDF as ImagePdfWriter wrote it: the embedded image exactly as it was
// encoded, and the clerk's turns from the page's /Rotate.
struct ImagePdfPage
{
    EncodedPage encoded; // dpi derived from the page size; 0 for the A4-fitted layout
    int quarterTurns = 0;
};

// Reads the pages back out of a PDF that ImagePdfWriter wrote, so that a kept material can be
// edited again without a second copy of its pages. Only that exact layout is accepted: every
// object is compared with what the writer would write for the facts read, so anything else
// (another producer's PDF, a damaged or truncated file) is refused with a message. The input is
// untrusted: every offset and length is checked against the device before it is used.
//
// open() reads the cross-reference table, the page tree and the trailer; page() reads one page,
// so no more than one page's image is held at a time. The device must be open for reading,
// random access, and outlive the reader. Nothing about the pages' content is logged.
class ImagePdfReader
{
    Q_DECLARE_TR_FUNCTIONS(ImagePdfReader)

public:
    // Larger pages are refused rather than read: far beyond a 600 dpi A3 colour page.
    static constexpr qint64 MaxImageBytes = 256 * 1024 * 1024;
    static constexpr int MaxPixels = 65535; // a JPEG's limit on either side

    explicit ImagePdfReader(QIODevice *device);

    bool open();
    int pageCount() const { return m_pageCount; }
    // nullopt, with errorString(), when the page is damaged or not as the writer writes it.
    std::optional<ImagePdfPage> page(int index);
    // In the user's language; never a file name or page content.
    QString errorString() const { return m_error; }

private:
    bool fail();
    std::optional<QByteArray> readRange(qint64 from, qint64 length);
    // The bytes from object `number`'s offset to the next object's (the writer's order).
    qint64 offsetOf(int number) const;
    qint64 endOf(int number) const;

    QIODevice *m_device;
    qint64 m_size = 0;
    qint64 m_xrefOffset = 0;
    QList<qint64> m_offsets; // by object number - 1
    int m_pageCount = 0;
    QString m_error;
};

} // namespace halldesk
