#include "scan/SaneFrameReader.h"

#include "logging/HallDeskLogging.h"

#include <cstring>

namespace halldesk {

namespace {

constexpr SANE_Int ReadChunk = 64 * 1024;

int lineCount(const SANE_Parameters &p, const QByteArray &data)
{
    return p.bytes_per_line > 0 ? int(data.size() / p.bytes_per_line) : 0;
}

} // namespace

SaneFrameReader::SaneFrameReader(SANE_Handle handle, CancelCheck cancelled, ProgressReport progress)
    : m_handle(handle)
    , m_cancelled(std::move(cancelled))
    , m_progress(std::move(progress))
{}

SANE_Status SaneFrameReader::readPage(QImage *image)
{
    QImage threePass;
    for (;;) {
        SANE_Status status = sane_start(m_handle);
        if (status != SANE_STATUS_GOOD)
            return status;
        SANE_Parameters p{};
        status = sane_get_parameters(m_handle, &p);
        if (status != SANE_STATUS_GOOD)
            return status;
        QByteArray data;
        status = readFrame(p, &data);
        if (status != SANE_STATUS_GOOD)
            return status;
        if (p.format == SANE_FRAME_GRAY || p.format == SANE_FRAME_RGB) {
            *image = toImage(p, data);
            return image->isNull() ? SANE_STATUS_UNSUPPORTED : SANE_STATUS_GOOD;
        }
        if (p.depth != 8)
            return SANE_STATUS_UNSUPPORTED;
        if (threePass.isNull()) {
            threePass = QImage(p.pixels_per_line, lineCount(p, data), QImage::Format_RGB888);
            threePass.fill(Qt::black);
        }
        putChannel(&threePass, p.format - SANE_FRAME_RED, p, data);
        if (p.last_frame) {
            *image = threePass;
            return SANE_STATUS_GOOD;
        }
    }
}

SANE_Status SaneFrameReader::readFrame(const SANE_Parameters &p, QByteArray *data)
{
    const qint64 expected = p.lines > 0 ? qint64(p.lines) * p.bytes_per_line : 0;
    data->reserve(expected);
    QByteArray chunk(ReadChunk, Qt::Uninitialized);
    int lastPercent = -1;
    for (;;) {
        if (m_cancelled()) {
            // The backend stops the device; sane_read would now answer SANE_STATUS_CANCELLED.
            sane_cancel(m_handle);
            return SANE_STATUS_CANCELLED;
        }
        SANE_Int length = 0;
        const SANE_Status status =
            sane_read(m_handle, reinterpret_cast<SANE_Byte *>(chunk.data()), ReadChunk, &length);
        if (status == SANE_STATUS_EOF)
            return SANE_STATUS_GOOD;
        if (status != SANE_STATUS_GOOD)
            return status;
        data->append(chunk.constData(), length);
        const int percent =
            expected > 0 ? int(qMin<qint64>(100, data->size() * 100 / expected)) : -1;
        if (percent != lastPercent) {
            m_progress(percent);
            lastPercent = percent;
        }
    }
}

QImage SaneFrameReader::toImage(const SANE_Parameters &p, const QByteArray &data)
{
    const int width = p.pixels_per_line;
    const int height = lineCount(p, data);
    const bool grey = p.format == SANE_FRAME_GRAY;
    QImage::Format format = QImage::Format_Invalid;
    if (grey && p.depth == 1)
        format = QImage::Format_Mono;
    else if (grey && p.depth == 8)
        format = QImage::Format_Grayscale8;
    else if (grey && p.depth == 16)
        format = QImage::Format_Grayscale16;
    else if (!grey && (p.depth == 8 || p.depth == 16))
        format = QImage::Format_RGB888;
    if (format == QImage::Format_Invalid || width <= 0 || height <= 0) {
        qCWarning(lcScan) << "Frame format not handled: format" << p.format << "depth" << p.depth
                          << "size" << width << height;
        return {};
    }
    QImage image(width, height, format);
    if (format == QImage::Format_Mono) // SANE line-art: a set bit is black
        image.setColorTable({qRgb(255, 255, 255), qRgb(0, 0, 0)});
    const bool rgb16 = !grey && p.depth == 16;
    // SANE lines may be padded beyond the pixels (bytes_per_line); QImage's are 32-bit aligned.
    const qsizetype bytes =
        rgb16 ? qsizetype(width) * 3 : qMin<qsizetype>(image.bytesPerLine(), p.bytes_per_line);
    for (int y = 0; y < height; ++y) {
        const char *line = data.constData() + qsizetype(y) * p.bytes_per_line;
        uchar *out = image.scanLine(y);
        if (!rgb16) {
            std::memcpy(out, line, bytes);
            continue;
        }
        // 16-bit samples are in host byte order; the high byte is plenty for a document.
        const auto *samples = reinterpret_cast<const quint16 *>(line);
        for (qsizetype i = 0; i < bytes; ++i)
            out[i] = uchar(samples[i] >> 8);
    }
    return image;
}

void SaneFrameReader::putChannel(QImage *rgb, int channel, const SANE_Parameters &p,
                                 const QByteArray &data)
{
    const int height = qMin(rgb->height(), lineCount(p, data));
    const int width = qMin(rgb->width(), p.pixels_per_line);
    for (int y = 0; y < height; ++y) {
        const auto *in =
            reinterpret_cast<const uchar *>(data.constData()) + qsizetype(y) * p.bytes_per_line;
        uchar *out = rgb->scanLine(y);
        for (int x = 0; x < width; ++x)
            out[x * 3 + channel] = in[x];
    }
}

} // namespace halldesk
