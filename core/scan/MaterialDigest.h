#pragma once

#include <QByteArrayView>
#include <QCryptographicHash>
#include <QString>
#include <optional>

class QIODevice;

namespace halldesk {

// The SHA-256 recorded on the case for a material's PDF, lower-case hex: it is what the server
// checks the upload against. Fed incrementally, so the PDF writer hashes as it writes.
class MaterialDigest
{
public:
    MaterialDigest();

    void addData(QByteArrayView bytes);
    // The digest, once everything has been added.
    QString hex() const;

    static QString ofBytes(QByteArrayView bytes);
    // nullopt when the device cannot be read to its end.
    static std::optional<QString> ofDevice(QIODevice *device);
    static std::optional<QString> ofFile(const QString &path);

private:
    QCryptographicHash m_hash;
};

} // namespace halldesk
