#include "auth/SessionToken.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <openssl/crypto.h>
#include <openssl/rand.h>
#include <stdexcept>

namespace halldesk {

QString SessionToken::generate()
{
    QByteArray random(RandomBytes, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(random.data()), RandomBytes) != 1)
        throw std::runtime_error("SessionToken: RAND_bytes failed");
    const QString token = QString::fromLatin1(
        random.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    OPENSSL_cleanse(random.data(), static_cast<size_t>(random.size()));
    return token;
}

QString SessionToken::storageHash(const QString &token)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}

bool SessionToken::looksValid(const QString &token)
{
    if (token.size() != Length)
        return false;
    for (const QChar c : token) {
        const bool ok = (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z') ||
                        (c >= u'0' && c <= u'9') || c == u'-' || c == u'_';
        if (!ok)
            return false;
    }
    return true;
}

} // namespace halldesk
