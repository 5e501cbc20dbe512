#include "scan/MaterialDigest.h"

#include "crypto/Sha256Stream.h"

#include <QFile>

namespace halldesk {

QString MaterialDigest::ofBytes(QByteArrayView bytes)
{
    return Sha256Stream::ofBytes(bytes);
}

std::optional<QString> MaterialDigest::ofDevice(QIODevice *device)
{
    if (!device)
        return std::nullopt;
    Sha256Stream digest;
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    for (;;) {
        const qint64 read = device->read(buffer.data(), buffer.size());
        if (read < 0)
            return std::nullopt;
        if (read == 0)
            break;
        digest.addData(QByteArrayView(buffer.constData(), read));
    }
    return digest.hex();
}

std::optional<QString> MaterialDigest::ofFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    return ofDevice(&file);
}

} // namespace halldesk
