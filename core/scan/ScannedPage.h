#pragma once

#include <QImage>
#include <QString>

namespace halldesk {

// How a page is kept: colour for photos and stamps, grey for most documents, black and white
// for plain text (smallest).
enum class ColourMode
{
    Colour,
    Grey,
    BlackAndWhite
};

// Where a page came from; camera captures are cropped to the document, scans are not.
enum class PageSource
{
    Scanner,
    Camera,
    File
};

// One page as a source delivers it, before processing: full resolution, in memory only while
// it passes through the pipeline (a feeder batch is handled a page at a time).
struct ScannedPage
{
    QImage image;
    int dpi = 0; // 0 when unknown (a camera): the page is then laid out on A4
    PageSource source = PageSource::Scanner;
};

} // namespace halldesk
