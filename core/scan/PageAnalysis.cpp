#include "scan/PageAnalysis.h"

#include <QList>
#include <QPoint>
#include <algorithm>
#include <cmath>
#include <numbers>
#include <vector>

namespace halldesk {

namespace {

constexpr double degreesToRadians = std::numbers::pi / 180.0;

// How much more peaked than at 0° the winning angle's profile must be before a page counts as
// turned. Pages turned by 0.2° or more measured 1.2 × and above (text) and 1.6 × (grids); a
// page without rows (a photo, scattered shapes) wins some random angle by a few per cent, and
// leaving such a page as it came beats turning it wrongly.
constexpr double MinScoreGain = 1.1;

void addToHistogram(const QImage &grey, quint64 (&histogram)[256])
{
    std::fill(std::begin(histogram), std::end(histogram), 0);
    for (int y = 0; y < grey.height(); ++y) {
        const uchar *line = grey.constScanLine(y);
        for (int x = 0; x < grey.width(); ++x)
            ++histogram[line[x]];
    }
}

// Peakedness of the edge pixels' projection onto the axis perpendicular to rows turned by
// angle: the tops and bottoms of text rows and of a table's or grid's cells concentrate in few
// bins only when the angle matches their skew.
double profileScore(const std::vector<QPoint> &edges, double angleDegrees, int height, int width,
                    std::vector<int> &bins)
{
    const double sine = std::sin(angleDegrees * degreesToRadians);
    const double cosine = std::cos(angleDegrees * degreesToRadians);
    const int offset = int(std::ceil(std::abs(sine) * width)) + 1;
    bins.assign(size_t(height + 2 * offset + 2), 0);
    for (const QPoint &p : edges) {
        const double row = p.y() * cosine - p.x() * sine;
        ++bins[size_t(row + offset + 0.5)]; // rounds, as row + offset is never negative
    }
    double score = 0;
    for (int count : bins)
        score += double(count) * count;
    return score;
}

} // namespace

QImage PageAnalysis::analysisCopy(const QImage &image, int maxSide)
{
    // Scaled before converted: a colour page is then converted at a tenth of its pixels.
    QImage small = image;
    if (std::max(small.width(), small.height()) > maxSide)
        small = small.scaled(maxSide, maxSide, Qt::KeepAspectRatio, Qt::FastTransformation);
    if (small.format() != QImage::Format_Grayscale8)
        small = small.convertToFormat(QImage::Format_Grayscale8);
    return small;
}

double PageAnalysis::estimateSkew(const QImage &image)
{
    const QImage grey = analysisCopy(image);
    if (grey.isNull())
        return 0;
    // Ink is what falls below Otsu's split between ink and paper, and is never light grey.
    const int threshold = std::min(otsuThreshold(grey), 160);
    // Only ink pixels with paper straight above or below them are projected, not all ink: in a
    // checkerboard or a ruled table every row holds about the same ink, so the profile of all
    // ink is flat at 0°, a slight turn looks more peaked and a straight form would be turned.
    // The horizontal edges of cells, squares, rules and text rows all line up at the true angle.
    const int width = grey.width();
    const int height = grey.height();
    std::vector<QPoint> edges;
    size_t ink = 0;
    for (int y = 0; y < height; ++y) {
        const uchar *line = grey.constScanLine(y);
        const uchar *above = y > 0 ? grey.constScanLine(y - 1) : nullptr;
        const uchar *below = y + 1 < height ? grey.constScanLine(y + 1) : nullptr;
        for (int x = 0; x < width; ++x) {
            if (line[x] >= threshold)
                continue;
            ++ink;
            if ((above && above[x] >= threshold) || (below && below[x] >= threshold))
                edges.emplace_back(x, y);
        }
    }
    if (edges.size() < 50 || ink > size_t(width) * height / 2)
        return 0;

    std::vector<int> bins;
    auto bestAround = [&](double centre, double range, double step, double &bestScore) {
        double best = centre;
        bestScore = -1;
        for (double angle = centre - range; angle <= centre + range + 1e-9; angle += step) {
            const double score = profileScore(edges, angle, height, width, bins);
            if (score > bestScore || (score == bestScore && std::abs(angle) < std::abs(best))) {
                bestScore = score;
                best = angle;
            }
        }
        return best;
    };
    // Coarse then fine: 41 + 21 + 21 profiles instead of 2,000 at the final resolution. Ties
    // go to the angle nearer 0: tiny turns move no pixel to another bin, and a page that looks
    // the same straight must stay straight.
    double score = 0;
    double angle = bestAround(0, MaxSkewDegrees, 0.5, score);
    angle = bestAround(angle, 0.5, 0.05, score);
    angle = bestAround(angle, 0.05, 0.005, score);
    if (score < profileScore(edges, 0, height, width, bins) * MinScoreGain)
        return 0;
    return std::clamp(angle, -MaxSkewDegrees, MaxSkewDegrees);
}

QRect PageAnalysis::documentRect(const QImage &image, double marginPercent)
{
    const QRect whole = image.rect();
    const QImage grey = analysisCopy(image, 400);
    if (grey.isNull())
        return whole;
    const int threshold = otsuThreshold(grey);
    const int width = grey.width();
    const int height = grey.height();
    std::vector<int> label(size_t(width) * height, 0);
    QRect best;
    qsizetype bestArea = 0;
    int next = 0;
    QList<QPoint> stack;
    for (int y = 0; y < height; ++y) {
        for (int x = 0; x < width; ++x) {
            if (label[size_t(y) * width + x] || grey.constScanLine(y)[x] < threshold)
                continue;
            // Flood fill of one bright region, iterative so a large sheet cannot overflow.
            ++next;
            qsizetype area = 0;
            int left = x, right = x, top = y, bottom = y;
            stack = {QPoint(x, y)};
            label[size_t(y) * width + x] = next;
            while (!stack.isEmpty()) {
                const QPoint p = stack.takeLast();
                ++area;
                left = std::min(left, p.x());
                right = std::max(right, p.x());
                top = std::min(top, p.y());
                bottom = std::max(bottom, p.y());
                for (const QPoint d : {QPoint(1, 0), QPoint(-1, 0), QPoint(0, 1), QPoint(0, -1)}) {
                    const QPoint n = p + d;
                    if (n.x() < 0 || n.y() < 0 || n.x() >= width || n.y() >= height)
                        continue;
                    int &seen = label[size_t(n.y()) * width + n.x()];
                    if (seen || grey.constScanLine(n.y())[n.x()] < threshold)
                        continue;
                    seen = next;
                    stack.append(n);
                }
            }
            if (area > bestArea) {
                bestArea = area;
                best = QRect(QPoint(left, top), QPoint(right, bottom));
            }
        }
    }
    // A region that fills (nearly) the whole frame is a page without visible desk around it.
    if (bestArea < qsizetype(width) * height / 20 ||
        best.width() * best.height() > width * height * 95 / 100)
        return whole;
    const double scaleX = double(image.width()) / width;
    const double scaleY = double(image.height()) / height;
    const int marginX = int(best.width() * scaleX * marginPercent / 100.0);
    const int marginY = int(best.height() * scaleY * marginPercent / 100.0);
    const QRect scaled(int(best.left() * scaleX), int(best.top() * scaleY),
                       int(std::ceil(best.width() * scaleX)),
                       int(std::ceil(best.height() * scaleY)));
    return scaled.adjusted(-marginX, -marginY, marginX, marginY).intersected(whole);
}

int PageAnalysis::otsuThreshold(const quint64 (&histogram)[256])
{
    quint64 total = 0;
    double sum = 0;
    for (int level = 0; level < 256; ++level) {
        total += histogram[level];
        sum += double(level) * histogram[level];
    }
    if (total == 0)
        return 128;
    double sumDark = 0;
    quint64 countDark = 0;
    double bestVariance = -1;
    int best = 128;
    for (int level = 0; level < 256; ++level) {
        countDark += histogram[level];
        if (countDark == 0)
            continue;
        const quint64 countLight = total - countDark;
        if (countLight == 0)
            break;
        sumDark += double(level) * histogram[level];
        const double meanDark = sumDark / double(countDark);
        const double meanLight = (sum - sumDark) / double(countLight);
        const double variance = double(countDark) * double(countLight) * (meanDark - meanLight) *
                                (meanDark - meanLight);
        if (variance > bestVariance) {
            bestVariance = variance;
            best = level + 1;
        }
    }
    return best;
}

int PageAnalysis::otsuThreshold(const QImage &grey)
{
    quint64 histogram[256];
    addToHistogram(grey.format() == QImage::Format_Grayscale8
                       ? grey
                       : grey.convertToFormat(QImage::Format_Grayscale8),
                   histogram);
    return otsuThreshold(histogram);
}

} // namespace halldesk
