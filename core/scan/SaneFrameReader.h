#pragma once

#include <QByteArray>
#include <QImage>
#include <functional>
#include <sane/sane.h>

namespace halldesk {

// Reads one page from an open SANE device, from sane_start to the last frame, into a QImage:
// grey 1, 8 and 16 bit, RGB 8 and 16 bit (kept as 8 bit), and three-pass colour (one frame per
// channel). Pages of unknown height (hand-held and some sheet-fed scanners) are read to their
// end.
class SaneFrameReader
{
public:
    using CancelCheck = std::function<bool()>;
    using ProgressReport = std::function<void(int percent)>;

    SaneFrameReader(SANE_Handle handle, CancelCheck cancelled, ProgressReport progress);

    // SANE_STATUS_GOOD with the page in `image`; SANE_STATUS_NO_DOCS when the feeder is empty;
    // SANE_STATUS_CANCELLED; SANE_STATUS_UNSUPPORTED for a frame format not handled; else the
    // device's error.
    SANE_Status readPage(QImage *image);

private:
    SANE_Status readFrame(const SANE_Parameters &p, QByteArray *data);
    static QImage toImage(const SANE_Parameters &p, const QByteArray &data);
    static void putChannel(QImage *rgb, int channel, const SANE_Parameters &p,
                           const QByteArray &data);

    SANE_Handle m_handle;
    CancelCheck m_cancelled;
    ProgressReport m_progress;
};

} // namespace halldesk
