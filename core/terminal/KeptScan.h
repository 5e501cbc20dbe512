#pragma once

#include "scan/StoredScan.h"

#include <QString>

namespace halldesk {

// A material's scan kept in the terminal store until the hall server has it: the sealed PDF
// (SealedFileFormat, the terminal key's "materials" file key) and what the case records of it.
struct KeptScan
{
    enum class State
    {
        Kept,     // waiting for its case to reach the server, then for the upload
        Uploaded, // the server confirmed the digest
        Refused,  // the server will never take it (the case no longer records this file)
    };

    QString caseNumber;
    QString materialCode;
    StoredScan scan;
    QString filePath; // absolute
    State state = State::Kept;
    qint64 keptAtMs = 0;

    friend bool operator==(const KeptScan &, const KeptScan &) = default;
};

} // namespace halldesk
