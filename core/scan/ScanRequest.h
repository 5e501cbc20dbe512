#pragma once

#include "scan/ScannedPage.h"

#include <QString>

namespace halldesk {

// What a ScanSource is asked for. Sources use the fields that make sense to them: a file
// import ignores the device and the feeder, and renders PDF pages at `dpi`.
struct ScanRequest
{
    enum class Feed
    {
        Flatbed,
        DocumentFeeder // ADF: pages until the feeder is empty (or maxPages)
    };

    QString device; // SANE device name ("genesys:libusb:001:004"); empty for other sources
    int dpi = 200;  // 200 dpi grey is legible for forms and ID cards and keeps files small
    ColourMode colour = ColourMode::Grey;
    Feed feed = Feed::Flatbed;
    int maxPages = 0; // 0: no limit (a flatbed always gives one page)
};

} // namespace halldesk
