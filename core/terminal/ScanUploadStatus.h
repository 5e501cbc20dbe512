#pragma once

#include <QMetaType>
#include <QString>

namespace halldesk {

// What the clerk sees of the uploads: how many scans still wait, the one on its way and the
// last problem (retried by itself, or given up).
struct ScanUploadStatus
{
    int waiting = 0; // including the one on its way
    QString caseNumber;
    QString materialCode;
    qint64 sentBytes = 0;
    qint64 totalBytes = 0;
    QString problem; // in the user's language; empty while all goes well
    bool retrying = false;

    friend bool operator==(const ScanUploadStatus &, const ScanUploadStatus &) = default;
};

} // namespace halldesk

Q_DECLARE_METATYPE(halldesk::ScanUploadStatus)
