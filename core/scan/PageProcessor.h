#pragma once

#include "scan/ScannedPage.h"

#include <QImage>

namespace halldesk {

// What the clerk chose for a page.
struct PageOptions
{
    ColourMode mode = ColourMode::Grey;
    int quarterTurns = 0; // clockwise, any integer (negative turns anticlockwise)
    bool deskew = true;
};

// A page ready for encoding: Format_RGB32 (colour), Format_Grayscale8 (grey) or Format_Mono
// with colour index 0 black and 1 white (black and white).
struct ProcessedPage
{
    QImage image;
    int dpi = 0;
    ColourMode mode = ColourMode::Grey;
};

// The page pipeline: crop to the document (camera captures only), convert to grey early so the
// full-resolution steps move a quarter of the bytes, deskew, the clerk's quarter turns, and
// black-and-white last so that it thresholds the straightened grey page.
//
// One processor serves a whole batch: it keeps its full-resolution grey buffers and writes the
// next page into them once the previous page's images have been let go, instead of asking the
// system for 2 × 9 MB of fresh memory per 300 dpi page (whose first touch costs more than the
// processing on some machines).
class PageProcessor
{
public:
    // Skews smaller than this are left alone: resampling would blur more than it straightens.
    static constexpr double MinSkewDegrees = 0.2;

    ProcessedPage process(const ScannedPage &page, const PageOptions &options);

    // The page turned by -skewDegrees about its centre, same size, white where the turn uncovers
    // the frame. Grayscale8 stays Grayscale8; anything else becomes RGB32.
    static QImage deskewed(const QImage &image, double skewDegrees);
    static QImage rotatedQuarterTurns(const QImage &image, int quarterTurns);
    static QImage toGrey(const QImage &image);
    // Otsu's threshold over the whole page; Format_Mono, index 0 black, 1 white.
    static QImage toBlackAndWhite(const QImage &image);

private:
    // buffer itself when it has the size and format and nobody else holds it, else a new image
    // (kept in buffer for the next page).
    static QImage &reusable(QImage &buffer, QSize size, QImage::Format format);
    static QImage greyInto(const QImage &image, QImage &buffer);
    static QImage deskewedInto(const QImage &image, double skewDegrees, QImage &buffer);
    static QImage rotatedGreyInto(const QImage &grey, double degrees, QImage &buffer);

    QImage m_greyBuffer;
    QImage m_turnBuffer;
};

} // namespace halldesk
