#pragma once

#include "scan/PageEncoder.h"

#include <QImage>
#include <QSize>
#include <QString>

namespace halldesk {

// Big enough to read a page's layout in the scan view, small enough that 50 of them are 5 MB.
inline constexpr int ThumbnailSize = 200;

// What a MaterialPageSet keeps in memory of one page: a thumbnail and the facts needed to put
// the page into the material's PDF. The page itself (the encoded JPEG or 1-bit stream, as
// PageEncoder made it) is in a sealed file, so a 50-page batch costs 50 thumbnails, not 50
// full-resolution pages.
struct MaterialPage
{
    quint64 id = 0;   // stable while pages are moved, for a rescan that comes back late
    QString path;     // the sealed file of the encoded page (without the turns)
    QImage thumbnail; // at most ThumbnailSize px on its longer side, turned as shown
    QSize pixelSize;  // of the encoded page
    int dpi = 0;      // 0 when unknown (a camera): the PDF lays it out on A4
    EncodedPage::Kind kind = EncodedPage::Kind::Jpeg;
    bool grey = true;
    qint64 encodedBytes = 0;
    // The clerk's turns after encoding (clockwise): the PDF page's /Rotate, so turning a page
    // never costs a second lossy JPEG pass.
    int quarterTurns = 0;
};

} // namespace halldesk
