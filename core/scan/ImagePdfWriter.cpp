#include "scan/ImagePdfWriter.h"

#include "logging/HallDeskLogging.h"

#include <QIODevice>
#include <algorithm>

namespace halldesk {

namespace {

constexpr int catalogObject = 1;
constexpr int pagesObject = 2;
constexpr int infoObject = 3;

QByteArray number(double value)
{
    return QByteArray::number(value, 'f', 2);
}

QByteArray reference(int object)
{
    return QByteArray::number(object) + " 0 R";
}

} // namespace

ImagePdfWriter::ImagePdfWriter(QIODevice *device)
    : m_device(device)
{}

QSizeF ImagePdfWriter::pageSizePoints(QSize pixels, int dpi)
{
    if (dpi > 0)
        return QSizeF(pixels.width() * 72.0 / dpi, pixels.height() * 72.0 / dpi);
    const bool landscape = pixels.width() > pixels.height();
    return landscape ? QSizeF(A4HeightPoints, A4WidthPoints)
                     : QSizeF(A4WidthPoints, A4HeightPoints);
}

QByteArray ImagePdfWriter::mediaBoxOf(QSize pixels, int dpi)
{
    const QSizeF pageSize = pageSizePoints(pixels, dpi);
    return "0 0 " + number(pageSize.width()) + " " + number(pageSize.height());
}

QByteArray ImagePdfWriter::drawingOf(QSize pixels, int dpi)
{
    // The image fills the page at its resolution, or is fitted and centred on A4.
    const QSizeF pageSize = pageSizePoints(pixels, dpi);
    QSizeF drawn = pageSize;
    if (dpi <= 0)
        drawn = QSizeF(pixels).scaled(pageSize, Qt::KeepAspectRatio);
    const double left = (pageSize.width() - drawn.width()) / 2;
    const double bottom = (pageSize.height() - drawn.height()) / 2;
    return "q " + number(drawn.width()) + " 0 0 " + number(drawn.height()) + " " + number(left) +
           " " + number(bottom) + " cm /Im0 Do Q\n";
}

bool ImagePdfWriter::write(const QByteArray &bytes)
{
    if (!m_error.isEmpty())
        return false;
    if (!m_device || m_device->write(bytes) != bytes.size()) {
        m_error = m_device ? m_device->errorString() : QStringLiteral("no device");
        qCWarning(lcScan) << "writing the material PDF failed:" << m_error;
        return false;
    }
    m_digest.addData(bytes);
    m_written += bytes.size();
    return true;
}

int ImagePdfWriter::reserveObject()
{
    m_offsets.append(-1);
    return int(m_offsets.size());
}

bool ImagePdfWriter::beginObject(int object)
{
    m_offsets[object - 1] = m_written;
    return write(QByteArray::number(object) + " 0 obj\n");
}

bool ImagePdfWriter::begin()
{
    m_started = true;
    while (m_offsets.size() < infoObject)
        reserveObject();
    // The binary comment line tells transfer tools that the file is binary.
    return write("%PDF-1.4\n%\xE2\xE3\xCF\xD3\n") && beginObject(catalogObject) &&
           write("<< /Type /Catalog /Pages " + reference(pagesObject) + " >>\nendobj\n");
}

bool ImagePdfWriter::addPage(const EncodedPage &page, int quarterTurns)
{
    if (m_finished) {
        m_error = QStringLiteral("page added after finish");
        return false;
    }
    if (!m_started && !begin())
        return false;
    if (!m_error.isEmpty())
        return false;
    if (!page.isValid()) {
        m_error = QStringLiteral("invalid page");
        return false;
    }

    const int image = reserveObject();
    const int content = reserveObject();
    const int pageObject = reserveObject();
    const bool bilevel = page.kind == EncodedPage::Kind::Bilevel;
    QByteArray imageHeader = "<< /Type /XObject /Subtype /Image /Width " +
                             QByteArray::number(page.pixelSize.width()) + " /Height " +
                             QByteArray::number(page.pixelSize.height()) + " /ColorSpace " +
                             (page.grey ? "/DeviceGray" : "/DeviceRGB") + " /BitsPerComponent " +
                             (bilevel ? "1 /Filter /FlateDecode" : "8 /Filter /DCTDecode") +
                             " /Length " + QByteArray::number(page.data.size()) + " >>\nstream\n";
    if (!beginObject(image) || !write(imageHeader) || !write(page.data) ||
        !write("\nendstream\nendobj\n"))
        return false;

    const QByteArray drawing = drawingOf(page.pixelSize, page.dpi);
    if (!beginObject(content) || !write("<< /Length " + QByteArray::number(drawing.size()) +
                                        " >>\nstream\n" + drawing + "endstream\nendobj\n"))
        return false;

    const int turns = ((quarterTurns % 4) + 4) % 4;
    const QByteArray rotate = turns ? " /Rotate " + QByteArray::number(turns * 90) : QByteArray();
    if (!beginObject(pageObject) ||
        !write("<< /Type /Page /Parent " + reference(pagesObject) + " /MediaBox [" +
               mediaBoxOf(page.pixelSize, page.dpi) + "]" + rotate +
               " /Resources << /XObject << /Im0 " + reference(image) + " >> >> /Contents " +
               reference(content) + " >>\nendobj\n"))
        return false;
    m_pageObjects.append(pageObject);
    return true;
}

bool ImagePdfWriter::finish()
{
    if (m_finished)
        return m_error.isEmpty();
    if (m_pageObjects.isEmpty() && m_error.isEmpty()) {
        // A PDF without pages is not a material; refusing keeps a half-written file obvious.
        m_error = QStringLiteral("no pages");
        return false;
    }
    m_finished = true;
    QByteArray kids;
    for (int page : std::as_const(m_pageObjects))
        kids += reference(page) + " ";
    if (!beginObject(pagesObject) ||
        !write("<< /Type /Pages /Kids [ " + kids + "] /Count " +
               QByteArray::number(m_pageObjects.size()) + " >>\nendobj\n") ||
        !beginObject(infoObject) || !write("<< /Producer (HallDesk) >>\nendobj\n"))
        return false;

    const qint64 xrefOffset = m_written;
    // Every entry is exactly 20 bytes: 10-digit offset, generation, type, two-byte end of line.
    QByteArray xref =
        "xref\n0 " + QByteArray::number(m_offsets.size() + 1) + "\n" + "0000000000 65535 f \n";
    for (qint64 offset : std::as_const(m_offsets))
        xref += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    xref += "trailer\n<< /Size " + QByteArray::number(m_offsets.size() + 1) + " /Root " +
            reference(catalogObject) + " /Info " + reference(infoObject) + " >>\nstartxref\n" +
            QByteArray::number(xrefOffset) + "\n%%EOF\n";
    if (!write(xref))
        return false;
    m_digestHex = m_digest.hex();
    return true;
}

} // namespace halldesk
