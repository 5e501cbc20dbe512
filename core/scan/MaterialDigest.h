#pragma once

#include <QByteArrayView>
#include <QString>
#include <optional>

class QIODevice;

namespace halldesk {

// The SHA-256 recorded on the case for a material's PDF, lower-case hex: it is what the server
// checks the upload against. ImagePdfWriter digests as it writes (Sha256Stream); these compute
// it again from what was stored.
class MaterialDigest
{
public:
    static QString ofBytes(QByteArrayView bytes);
    // nullopt when the device cannot be read to its end.
    static std::optional<QString> ofDevice(QIODevice *device);
    static std::optional<QString> ofFile(const QString &path);
};

} // namespace halldesk
