#pragma once

#include <QByteArray>
#include <QString>

namespace halldesk {

// One material's scan to send to the hall server: what the case recorded for it (digest and
// size) and where the terminal keeps it, sealed under the terminal's file key.
struct MaterialUpload
{
    QString caseNumber;
    QString materialCode;
    QString sha256; // lower-case hex, as the case records it
    qint64 bytes = 0;
    QString sealedPath;
    QByteArray fileKey;
};

} // namespace halldesk
