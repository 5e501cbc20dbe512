#include "scan/PageEncoder.h"

#include "logging/HallDeskLogging.h"

#include <QBuffer>
#include <QImageWriter>

namespace halldesk {

EncodedPage PageEncoder::encode(const ProcessedPage &page, int jpegQuality)
{
    if (page.image.isNull())
        return {};
    if (page.mode == ColourMode::BlackAndWhite)
        return encodeBilevel(page);
    return encodeJpeg(page, jpegQuality);
}

EncodedPage PageEncoder::encodeJpeg(const ProcessedPage &page, int quality)
{
    const bool grey = page.mode != ColourMode::Colour;
    const QImage image = grey ? page.image.convertToFormat(QImage::Format_Grayscale8)
                              : page.image.convertToFormat(QImage::Format_RGB32);
    EncodedPage encoded;
    QBuffer buffer(&encoded.data);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "jpeg");
    writer.setQuality(quality);
    // Baseline without optimised Huffman tables: those would save some 10 % of the bytes
    // but take four times as long on a 300 dpi page; a slightly lower quality saves as much.
    if (!writer.write(image)) {
        qCWarning(lcScan) << "JPEG encoding failed:" << writer.errorString();
        return {};
    }
    encoded.pixelSize = image.size();
    encoded.dpi = page.dpi;
    encoded.kind = EncodedPage::Kind::Jpeg;
    encoded.grey = grey;
    return encoded;
}

EncodedPage PageEncoder::encodeBilevel(const ProcessedPage &page)
{
    QImage mono = page.image;
    if (mono.format() != QImage::Format_Mono)
        mono = PageProcessor::toBlackAndWhite(mono);
    // PDF's DeviceGray reads a 1 bit as white; flip when the colour table says index 1 is dark.
    const bool invert = qGray(mono.color(1)) < qGray(mono.color(0));
    const int rowBytes = (mono.width() + 7) / 8;
    QByteArray rows(qsizetype(rowBytes) * mono.height(), Qt::Uninitialized);
    for (int y = 0; y < mono.height(); ++y) {
        const uchar *line = mono.constScanLine(y);
        uchar *out = reinterpret_cast<uchar *>(rows.data()) + qsizetype(y) * rowBytes;
        for (int i = 0; i < rowBytes; ++i)
            out[i] = invert ? uchar(~line[i]) : line[i];
    }
    EncodedPage encoded;
    // qCompress writes a zlib stream behind a 4-byte big-endian length; PDF wants the stream.
    encoded.data = qCompress(rows, 6).mid(4);
    encoded.pixelSize = mono.size();
    encoded.dpi = page.dpi;
    encoded.kind = EncodedPage::Kind::Bilevel;
    encoded.grey = true;
    return encoded;
}

} // namespace halldesk
