#include "scan/PageProcessor.h"

#include "logging/HallDeskLogging.h"
#include "scan/PageAnalysis.h"

#include <QPainter>
#include <QTransform>
#include <algorithm>
#include <cmath>
#include <numbers>

namespace halldesk {

ProcessedPage PageProcessor::process(const ScannedPage &page, const PageOptions &options)
{
    QImage image = page.image;
    if (page.source == PageSource::Camera) {
        const QRect document = PageAnalysis::documentRect(image);
        if (document != image.rect())
            image = image.copy(document);
    }
    if (options.mode != ColourMode::Colour)
        image = greyInto(image, m_greyBuffer);
    else if (image.format() != QImage::Format_RGB32)
        image = image.convertToFormat(QImage::Format_RGB32);
    if (options.deskew) {
        const double skew = PageAnalysis::estimateSkew(image);
        // The angle is no personal data; the page content never reaches the log.
        qCDebug(lcScan) << "page skew" << skew << "degrees";
        if (std::abs(skew) >= MinSkewDegrees)
            image = deskewedInto(image, skew, m_turnBuffer);
    }
    image = rotatedQuarterTurns(image, options.quarterTurns);
    if (options.mode == ColourMode::BlackAndWhite)
        image = toBlackAndWhite(image);
    return {image, page.dpi, options.mode};
}

QImage PageProcessor::deskewed(const QImage &image, double skewDegrees)
{
    QImage buffer;
    return deskewedInto(image, skewDegrees, buffer);
}

QImage PageProcessor::deskewedInto(const QImage &image, double skewDegrees, QImage &buffer)
{
    if (image.format() == QImage::Format_Grayscale8)
        return rotatedGreyInto(image, -skewDegrees, buffer);
    QImage &result = reusable(buffer, image.size(), QImage::Format_RGB32);
    result.setDotsPerMeterX(image.dotsPerMeterX());
    result.setDotsPerMeterY(image.dotsPerMeterY());
    result.fill(Qt::white);
    QPainter painter(&result);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.translate(image.width() / 2.0, image.height() / 2.0);
    painter.rotate(-skewDegrees);
    painter.translate(-image.width() / 2.0, -image.height() / 2.0);
    painter.drawImage(0, 0,
                      image.format() == QImage::Format_RGB32
                          ? image
                          : image.convertToFormat(QImage::Format_RGB32));
    painter.end();
    return result;
}

QImage &PageProcessor::reusable(QImage &buffer, QSize size, QImage::Format format)
{
    if (buffer.size() != size || buffer.format() != format || !buffer.isDetached())
        buffer = QImage(size, format);
    return buffer;
}

// Bilinear turn written out for 8-bit grey: QPainter has no fast path for Grayscale8 and would
// convert every span to ARGB32 and back, several times slower on a 300 dpi page.
QImage PageProcessor::rotatedGreyInto(const QImage &grey, double degrees, QImage &buffer)
{
    const int width = grey.width();
    const int height = grey.height();
    QImage &result = reusable(buffer, grey.size(), QImage::Format_Grayscale8);
    result.setDotsPerMeterX(grey.dotsPerMeterX());
    result.setDotsPerMeterY(grey.dotsPerMeterY());
    const double radians = degrees * std::numbers::pi / 180.0;
    const double cosine = std::cos(radians);
    const double sine = std::sin(radians);
    const double centreX = width / 2.0;
    const double centreY = height / 2.0;
    // Source position of a destination pixel in 16.16 fixed point, stepped along each row.
    constexpr int shift = 16;
    constexpr double one = 1 << shift;
    const qint64 stepX = qint64(std::llround(cosine * one));
    const qint64 stepY = qint64(std::llround(-sine * one));
    const qint64 limitX = qint64(width - 1) << shift;
    const qint64 limitY = qint64(height - 1) << shift;
    const qsizetype stride = grey.bytesPerLine();
    const uchar *source = grey.constBits();
    // Destination columns [first, last) whose source lies inside the page with a neighbour to
    // the right and below, for a row starting at start and moving by step per column.
    auto insideColumns = [width](qint64 start, qint64 step, qint64 limit, int &first, int &last) {
        if (step == 0) {
            const bool inside = start >= 0 && start < limit;
            first = inside ? std::max(first, 0) : width;
            last = inside ? std::min(last, width) : 0;
            return;
        }
        // start + x * step in [0, limit)
        double low = double(-start) / double(step);
        double high = double(limit - start) / double(step);
        if (step < 0)
            std::swap(low, high);
        first = std::max(first, int(std::clamp(std::ceil(low), 0.0, double(width))));
        last = std::min(last, int(std::clamp(std::ceil(high), 0.0, double(width))));
    };
    for (int y = 0; y < height; ++y) {
        const double dy = y - centreY;
        // Inverse turn: destination (x, y) shows source centre + R(-degrees)·(x, y) - centre.
        const qint64 startX = qint64(std::llround((-centreX * cosine + dy * sine + centreX) * one));
        const qint64 startY = qint64(std::llround((centreX * sine + dy * cosine + centreY) * one));
        int first = 0;
        int last = width;
        insideColumns(startX, stepX, limitX, first, last);
        insideColumns(startY, stepY, limitY, first, last);
        uchar *out = result.scanLine(y);
        if (first >= last) {
            std::fill(out, out + width, uchar(255));
            continue;
        }
        std::fill(out, out + first, uchar(255));
        std::fill(out + last, out + width, uchar(255));
        // Positions fit 32 bits (a page is far under 32,768 pixels); the ends are clamped so
        // that rounding at the range limits never reads past the page.
        auto sample = [&](qint64 sx, qint64 sy) {
            const int cx = int(std::clamp<qint64>(sx, 0, limitX - 1));
            const int cy = int(std::clamp<qint64>(sy, 0, limitY - 1));
            const int fx = (cx >> 8) & 0xff;
            const int fy = (cy >> 8) & 0xff;
            const uchar *p = source + (cy >> shift) * stride + (cx >> shift);
            const int top = p[0] * (256 - fx) + p[1] * fx;
            const int bottom = p[stride] * (256 - fx) + p[stride + 1] * fx;
            return uchar((top * (256 - fy) + bottom * fy) >> 16);
        };
        out[first] = sample(startX + first * stepX, startY + first * stepY);
        out[last - 1] = sample(startX + (last - 1) * stepX, startY + (last - 1) * stepY);
        int sx = int(startX + (first + 1) * stepX);
        int sy = int(startY + (first + 1) * stepY);
        const int columnStepX = int(stepX);
        const int columnStepY = int(stepY);
        for (int x = first + 1; x < last - 1; ++x, sx += columnStepX, sy += columnStepY) {
            const int fx = (sx >> 8) & 0xff;
            const int fy = (sy >> 8) & 0xff;
            const uchar *p = source + (sy >> shift) * stride + (sx >> shift);
            const int top = p[0] * (256 - fx) + p[1] * fx;
            const int bottom = p[stride] * (256 - fx) + p[stride + 1] * fx;
            out[x] = uchar((top * (256 - fy) + bottom * fy) >> 16);
        }
    }
    return result;
}

QImage PageProcessor::rotatedQuarterTurns(const QImage &image, int quarterTurns)
{
    const int turns = ((quarterTurns % 4) + 4) % 4;
    if (turns == 0)
        return image;
    // Exact multiples of 90° take QImage's lossless pixel-copying path.
    return image.transformed(QTransform().rotate(90.0 * turns));
}

QImage PageProcessor::toGrey(const QImage &image)
{
    QImage buffer;
    return greyInto(image, buffer);
}

QImage PageProcessor::greyInto(const QImage &image, QImage &buffer)
{
    if (image.format() == QImage::Format_Grayscale8)
        return image;
    if (image.format() != QImage::Format_RGB32 && image.format() != QImage::Format_ARGB32)
        return image.convertToFormat(QImage::Format_Grayscale8);
    // qGray's weights in one pass: QImage's own conversion goes through its generic pixel
    // pipeline and takes several times as long on a 300 dpi colour page.
    QImage &grey = reusable(buffer, image.size(), QImage::Format_Grayscale8);
    grey.setDotsPerMeterX(image.dotsPerMeterX());
    grey.setDotsPerMeterY(image.dotsPerMeterY());
    for (int y = 0; y < image.height(); ++y) {
        const QRgb *in = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        uchar *out = grey.scanLine(y);
        for (int x = 0; x < image.width(); ++x)
            out[x] = uchar((qRed(in[x]) * 11 + qGreen(in[x]) * 16 + qBlue(in[x]) * 5) >> 5);
    }
    return grey;
}

QImage PageProcessor::toBlackAndWhite(const QImage &image)
{
    const QImage grey = toGrey(image);
    const int threshold = PageAnalysis::otsuThreshold(grey);
    QImage mono(grey.size(), QImage::Format_Mono);
    mono.setColorTable({qRgb(0, 0, 0), qRgb(255, 255, 255)});
    mono.setDotsPerMeterX(grey.dotsPerMeterX());
    mono.setDotsPerMeterY(grey.dotsPerMeterY());
    for (int y = 0; y < grey.height(); ++y) {
        const uchar *in = grey.constScanLine(y);
        uchar *out = mono.scanLine(y);
        std::fill(out, out + mono.bytesPerLine(), 0);
        // Eight pixels to a byte without a branch per pixel: ink and paper alternate too often
        // on a text page for a branch to be predicted.
        const int whole = grey.width() / 8;
        for (int byte = 0; byte < whole; ++byte) {
            const uchar *p = in + byte * 8;
            int bits = 0;
            for (int bit = 0; bit < 8; ++bit)
                bits = (bits << 1) | int(p[bit] >= threshold);
            out[byte] = uchar(bits);
        }
        for (int x = whole * 8; x < grey.width(); ++x)
            out[x >> 3] |= uchar(int(in[x] >= threshold) << (7 - (x & 7)));
    }
    return mono;
}

} // namespace halldesk
