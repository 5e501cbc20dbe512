#pragma once

#include <QImage>
#include <QRect>

namespace halldesk {

// Measurements the page pipeline takes on a small grey copy of a page, so that a 300 dpi scan
// is only touched at full resolution where pixels change.
class PageAnalysis
{
public:
    // Longest side of the copies the estimates work on; text rows stay a few pixels high.
    static constexpr int AnalysisSide = 1000;
    // The skew estimate's range: a page fed or laid more crookedly than this is rescanned.
    static constexpr double MaxSkewDegrees = 10.0;

    // A Format_Grayscale8 copy of image, scaled down (never up) to at most maxSide pixels on its
    // longer side; the fast nearest-pixel scaling is enough for measuring.
    static QImage analysisCopy(const QImage &image, int maxSide = AnalysisSide);

    // The angle in degrees (positive = turned clockwise on screen, as QTransform::rotate) by
    // which the page's text rows or table lines are turned: the angle whose horizontal
    // projection of ink edges (ink with paper above or below) is most peaked. 0 when nothing
    // dark enough is found, or when no angle is clearly more peaked than 0°.
    static double estimateSkew(const QImage &image);

    // The bounding box, in image's coordinates, of the largest bright region (the sheet on a
    // camera's darker desk), widened by marginPercent of its size; the whole image when no
    // region stands out from the background.
    static QRect documentRect(const QImage &image, double marginPercent = 1.5);

    // Otsu's global threshold of a histogram of 256 grey levels: levels at or above it are
    // the light class.
    static int otsuThreshold(const quint64 (&histogram)[256]);
    static int otsuThreshold(const QImage &grey);
};

} // namespace halldesk
