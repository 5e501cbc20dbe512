#include "crypto/Sha256Stream.h"

#include <QByteArray>
#include <openssl/evp.h>
#include <stdexcept>

namespace halldesk {

void Sha256Stream::Free::operator()(evp_md_ctx_st *context) const
{
    EVP_MD_CTX_free(context);
}

Sha256Stream::Sha256Stream()
    : m_context(EVP_MD_CTX_new())
{
    if (!m_context || EVP_DigestInit_ex(m_context.get(), EVP_sha256(), nullptr) != 1)
        throw std::runtime_error("SHA-256 is not available");
}

Sha256Stream::~Sha256Stream() = default;

void Sha256Stream::addData(QByteArrayView bytes)
{
    if (EVP_DigestUpdate(m_context.get(), bytes.data(), size_t(bytes.size())) != 1)
        throw std::runtime_error("SHA-256 failed");
}

QString Sha256Stream::hex()
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (EVP_DigestFinal_ex(m_context.get(), digest, &length) != 1)
        throw std::runtime_error("SHA-256 failed");
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char *>(digest), int(length)).toHex());
}

QString Sha256Stream::ofBytes(QByteArrayView bytes)
{
    Sha256Stream stream;
    stream.addData(bytes);
    return stream.hex();
}

bool Sha256Stream::isHex(const QString &text)
{
    if (text.size() != 2 * 32)
        return false;
    for (const QChar c : text) {
        if (!((c >= QLatin1Char('0') && c <= QLatin1Char('9')) ||
              (c >= QLatin1Char('a') && c <= QLatin1Char('f'))))
            return false;
    }
    return true;
}

} // namespace halldesk
