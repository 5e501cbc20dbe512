#include "scan/MaterialDigest.h"

#include <QFile>

namespace halldesk {

MaterialDigest::MaterialDigest()
    : m_hash(QCryptographicHash::Sha256)
{}

void MaterialDigest::addData(QByteArrayView bytes)
{
    m_hash.addData(bytes);
}

QString MaterialDigest::hex() const
{
    return QString::fromLatin1(m_hash.resultView().toByteArray().toHex());
}

QString MaterialDigest::ofBytes(QByteArrayView bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

std::optional<QString> MaterialDigest::ofDevice(QIODevice *device)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!device || !hash.addData(device))
        return std::nullopt;
    return QString::fromLatin1(hash.result().toHex());
}

std::optional<QString> MaterialDigest::ofFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    return ofDevice(&file);
}

} // namespace halldesk
