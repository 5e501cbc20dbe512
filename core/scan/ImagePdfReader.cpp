#include "scan/ImagePdfReader.h"

#include "scan/ImagePdfWriter.h"

#include <QIODevice>
#include <QRegularExpression>

namespace halldesk {

namespace {

const QByteArray header = QByteArrayLiteral("%PDF-1.4\n%\xE2\xE3\xCF\xD3\n");
const QByteArray catalog =
    QByteArrayLiteral("1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n");
const QByteArray info = QByteArrayLiteral("3 0 obj\n<< /Producer (HallDesk) >>\nendobj\n");
const QByteArray imageEnd = QByteArrayLiteral("\nendstream\nendobj\n");
// The writer's objects before the pages: catalog, page tree, info.
constexpr int fixedObjects = 3;
constexpr int objectsPerPage = 3;
// Far above what the writer writes for a page's dictionary, content stream or image header, so
// a longer one is refused before it is read.
constexpr qint64 maxSmallObject = 1024;
constexpr qint64 xrefEntryBytes = 20;

QByteArray reference(int object)
{
    return QByteArray::number(object) + " 0 R";
}

// Digits only, no sign, no leading "+": what the writer writes for a count or length.
std::optional<qint64> plainNumber(const QByteArray &text)
{
    if (text.isEmpty() || text.size() > 15)
        return std::nullopt;
    for (char c : text) {
        if (c < '0' || c > '9')
            return std::nullopt;
    }
    return text.toLongLong();
}

} // namespace

ImagePdfReader::ImagePdfReader(QIODevice *device)
    : m_device(device)
{}

bool ImagePdfReader::fail()
{
    m_error = tr("The saved scan is damaged or was not written by HallDesk; it cannot be opened "
                 "for editing.");
    return false;
}

std::optional<QByteArray> ImagePdfReader::readRange(qint64 from, qint64 length)
{
    if (from < 0 || length < 0 || from > m_size || length > m_size - from || !m_device->seek(from))
        return std::nullopt;
    QByteArray bytes = m_device->read(length);
    if (bytes.size() != length)
        return std::nullopt;
    return bytes;
}

qint64 ImagePdfReader::offsetOf(int number) const
{
    return m_offsets.at(number - 1);
}

qint64 ImagePdfReader::endOf(int number) const
{
    // The writer's order: catalog, each page's three objects, page tree, info, xref.
    const int lastPageObject = fixedObjects + objectsPerPage * m_pageCount;
    if (number == 1)
        return offsetOf(fixedObjects + 1);
    if (number == 2)
        return offsetOf(3);
    if (number == 3)
        return m_xrefOffset;
    return number < lastPageObject ? offsetOf(number + 1) : offsetOf(2);
}

bool ImagePdfReader::open()
{
    m_error.clear();
    m_offsets.clear();
    m_pageCount = 0;
    if (!m_device || !m_device->isOpen() || m_device->isSequential())
        return fail();
    m_size = m_device->size();
    if (m_size < header.size() + catalog.size() || readRange(0, header.size()) != header)
        return fail();

    // The end: "startxref\n<offset>\n%%EOF\n".
    const qint64 tailBytes = qMin<qint64>(m_size, 64);
    const std::optional<QByteArray> tail = readRange(m_size - tailBytes, tailBytes);
    if (!tail)
        return fail();
    static const QRegularExpression startxref(QStringLiteral("\nstartxref\n(\\d{1,15})\n%%EOF\n$"));
    const auto end = startxref.match(QString::fromLatin1(*tail));
    if (!end.hasMatch())
        return fail();
    const std::optional<qint64> xref = plainNumber(end.captured(1).toLatin1());
    if (!xref || *xref <= header.size() || *xref >= m_size)
        return fail();
    m_xrefOffset = *xref;

    // "xref\n0 <n>\n", then n entries of 20 bytes.
    const std::optional<QByteArray> start =
        readRange(m_xrefOffset, qMin<qint64>(32, m_size - m_xrefOffset));
    if (!start || !start->startsWith("xref\n0 "))
        return fail();
    const qsizetype lineEnd = start->indexOf('\n', 7);
    if (lineEnd < 0)
        return fail();
    const std::optional<qint64> entries = plainNumber(start->mid(7, lineEnd - 7));
    if (!entries || *entries < fixedObjects + objectsPerPage + 1 ||
        (*entries - 1 - fixedObjects) % objectsPerPage != 0 ||
        *entries > (m_size - m_xrefOffset) / xrefEntryBytes)
        return fail();
    const qint64 tableStart = m_xrefOffset + lineEnd + 1;
    const std::optional<QByteArray> table = readRange(tableStart, *entries * xrefEntryBytes);
    if (!table || !table->startsWith("0000000000 65535 f \n"))
        return fail();
    for (qint64 i = 1; i < *entries; ++i) {
        const QByteArray entry = table->mid(i * xrefEntryBytes, xrefEntryBytes);
        if (!entry.endsWith(" 00000 n \n"))
            return fail();
        const std::optional<qint64> offset = plainNumber(entry.left(10));
        if (!offset)
            return fail();
        m_offsets.append(*offset);
    }
    m_pageCount = int((*entries - 1 - fixedObjects) / objectsPerPage);

    // The objects lie one after another in the writer's order, the catalog right after the
    // header; so each object's bytes are bounded by the next one's offset.
    qint64 previous = header.size();
    if (offsetOf(1) != previous)
        return fail();
    QList<int> order{1};
    for (int n = fixedObjects + 1; n <= fixedObjects + objectsPerPage * m_pageCount; ++n)
        order.append(n);
    order << 2 << 3;
    for (int n : std::as_const(order)) {
        if (offsetOf(n) < previous || endOf(n) <= offsetOf(n)) {
            m_pageCount = 0;
            return fail();
        }
        previous = offsetOf(n);
    }

    // The trailer as the writer writes it for this table.
    QByteArray expectedEnd = "trailer\n<< /Size " + QByteArray::number(*entries) + " /Root " +
                             reference(1) + " /Info " + reference(3) + " >>\nstartxref\n" +
                             QByteArray::number(m_xrefOffset) + "\n%%EOF\n";
    QByteArray kids;
    for (int page = 0; page < m_pageCount; ++page)
        kids += reference(fixedObjects + objectsPerPage * (page + 1)) + " ";
    const QByteArray pages = "2 0 obj\n<< /Type /Pages /Kids [ " + kids + "] /Count " +
                             QByteArray::number(m_pageCount) + " >>\nendobj\n";
    const qint64 trailerStart = tableStart + *entries * xrefEntryBytes;
    if (endOf(1) - offsetOf(1) != catalog.size() || endOf(2) - offsetOf(2) != pages.size() ||
        endOf(3) - offsetOf(3) != info.size() || m_size - trailerStart != expectedEnd.size() ||
        readRange(offsetOf(1), catalog.size()) != catalog ||
        readRange(offsetOf(2), pages.size()) != pages ||
        readRange(offsetOf(3), info.size()) != info ||
        readRange(trailerStart, expectedEnd.size()) != expectedEnd) {
        m_pageCount = 0;
        return fail();
    }
    return true;
}

std::optional<ImagePdfPage> ImagePdfReader::page(int index)
{
    if (index < 0 || index >= m_pageCount) {
        fail();
        return std::nullopt;
    }
    const int imageObject = fixedObjects + 1 + objectsPerPage * index;
    const int contentObject = imageObject + 1;
    const int pageObject = imageObject + 2;

    // The page dictionary: its size and turns.
    const qint64 pageLength = endOf(pageObject) - offsetOf(pageObject);
    const std::optional<QByteArray> dictionary =
        pageLength <= maxSmallObject ? readRange(offsetOf(pageObject), pageLength) : std::nullopt;
    if (!dictionary) {
        fail();
        return std::nullopt;
    }
    static const QRegularExpression pagePattern(QStringLiteral(
        "^\\d+ 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox \\[0 0 (\\d{1,6}\\.\\d\\d) "
        "(\\d{1,6}\\.\\d\\d)\\](?: /Rotate (90|180|270))? "));
    const auto pageMatch = pagePattern.match(QString::fromLatin1(*dictionary));
    if (!pageMatch.hasMatch()) {
        fail();
        return std::nullopt;
    }
    const int turns = pageMatch.captured(3).isEmpty() ? 0 : pageMatch.captured(3).toInt() / 90;
    const double mediaWidth = pageMatch.captured(1).toDouble();

    // The image's header, then its bytes, bounded by the next object.
    const qint64 imageLength = endOf(imageObject) - offsetOf(imageObject);
    const std::optional<QByteArray> head =
        readRange(offsetOf(imageObject), qMin(imageLength, maxSmallObject));
    if (!head) {
        fail();
        return std::nullopt;
    }
    static const QRegularExpression imagePattern(QStringLiteral(
        "^(\\d+) 0 obj\n<< /Type /XObject /Subtype /Image /Width (\\d{1,5}) /Height (\\d{1,5}) "
        "/ColorSpace /(DeviceGray|DeviceRGB) /BitsPerComponent (1 /Filter /FlateDecode|8 "
        "/Filter /DCTDecode) /Length (\\d{1,12}) >>\nstream\n"));
    const auto imageMatch = imagePattern.match(QString::fromLatin1(*head));
    if (!imageMatch.hasMatch() || imageMatch.capturedStart() != 0) {
        fail();
        return std::nullopt;
    }
    const qint64 headLength = imageMatch.capturedLength();
    const std::optional<qint64> dataLength = plainNumber(imageMatch.captured(6).toLatin1());
    ImagePdfPage result;
    EncodedPage &encoded = result.encoded;
    encoded.pixelSize = QSize(imageMatch.captured(2).toInt(), imageMatch.captured(3).toInt());
    encoded.grey = imageMatch.captured(4) == QLatin1String("DeviceGray");
    encoded.kind = imageMatch.captured(5).startsWith(QLatin1Char('1')) ? EncodedPage::Kind::Bilevel
                                                                       : EncodedPage::Kind::Jpeg;
    if (!dataLength || *dataLength < 1 || *dataLength > MaxImageBytes ||
        headLength + *dataLength + imageEnd.size() != imageLength ||
        encoded.pixelSize.width() < 1 || encoded.pixelSize.height() < 1 ||
        encoded.pixelSize.width() > MaxPixels || encoded.pixelSize.height() > MaxPixels) {
        fail();
        return std::nullopt;
    }

    // The resolution the writer laid the page out at: A4-fitted (unknown), or the one that gives
    // this page size; whichever writes exactly this page.
    QList<int> candidates{0};
    if (mediaWidth > 0) {
        const int guess = qRound(encoded.pixelSize.width() * 72.0 / mediaWidth);
        for (int dpi : {guess, guess - 1, guess + 1}) {
            if (dpi > 0 && dpi <= 100000)
                candidates.append(dpi);
        }
    }
    const QByteArray rotate = turns ? " /Rotate " + QByteArray::number(turns * 90) : QByteArray();
    const QByteArray pageTail = " /Resources << /XObject << /Im0 " + reference(imageObject) +
                                " >> >> /Contents " + reference(contentObject) + " >>\nendobj\n";
    const qint64 contentLength = endOf(contentObject) - offsetOf(contentObject);
    const std::optional<QByteArray> content =
        contentLength <= maxSmallObject ? readRange(offsetOf(contentObject), contentLength)
                                        : std::nullopt;
    if (!content) {
        fail();
        return std::nullopt;
    }
    std::optional<int> dpi;
    for (int candidate : std::as_const(candidates)) {
        const QByteArray expectedPage =
            QByteArray::number(pageObject) + " 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [" +
            ImagePdfWriter::mediaBoxOf(encoded.pixelSize, candidate) + "]" + rotate + pageTail;
        const QByteArray drawing = ImagePdfWriter::drawingOf(encoded.pixelSize, candidate);
        const QByteArray expectedContent =
            QByteArray::number(contentObject) + " 0 obj\n<< /Length " +
            QByteArray::number(drawing.size()) + " >>\nstream\n" + drawing + "endstream\nendobj\n";
        if (*dictionary == expectedPage && *content == expectedContent) {
            dpi = candidate;
            break;
        }
    }
    if (!dpi || imageMatch.captured(1).toInt() != imageObject) {
        fail();
        return std::nullopt;
    }
    encoded.dpi = *dpi;

    std::optional<QByteArray> data =
        readRange(offsetOf(imageObject) + headLength, *dataLength + imageEnd.size());
    if (!data || !data->endsWith(imageEnd)) {
        fail();
        return std::nullopt;
    }
    encoded.data = std::move(*data);
    encoded.data.chop(imageEnd.size());
    result.quarterTurns = turns;
    return result;
}

} // namespace halldesk
