#pragma once

#include <QString>

namespace halldesk {

// A material's scan as the terminal store kept it: what the case records about its PDF.
struct StoredScan
{
    QString digest; // SHA-256 of the PDF, lower-case hex
    qint64 bytes = 0;
    int pages = 0;

    friend bool operator==(const StoredScan &, const StoredScan &) = default;
};

} // namespace halldesk
