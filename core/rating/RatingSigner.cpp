#include "rating/RatingSigner.h"

#include "logging/HallDeskLogging.h"

#include <QCoreApplication>
#include <QFile>
#include <QSslCertificate>
#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

namespace halldesk {

namespace {

struct BioFree
{
    void operator()(BIO *bio) const { BIO_free(bio); }
};
struct MdFree
{
    void operator()(EVP_MD_CTX *context) const { EVP_MD_CTX_free(context); }
};
struct X509Free
{
    void operator()(X509 *certificate) const { X509_free(certificate); }
};

} // namespace

void RatingSigner::Free::operator()(evp_pkey_st *key) const
{
    EVP_PKEY_free(key);
}

std::optional<RatingSigner> RatingSigner::fromPem(const QByteArray &pem)
{
    std::unique_ptr<BIO, BioFree> bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    if (!bio)
        return std::nullopt;
    EVP_PKEY *key = PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr);
    if (!key)
        return std::nullopt;
    return RatingSigner(std::shared_ptr<evp_pkey_st>(key, Free()));
}

std::optional<RatingSigner> RatingSigner::fromKeyFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QCoreApplication::translate("RatingSigner",
                                                 "The terminal key %1 cannot be read: %2")
                         .arg(path, file.errorString());
        return std::nullopt;
    }
    auto signer = fromPem(file.readAll());
    if (!signer && error)
        *error = QCoreApplication::translate("RatingSigner",
                                             "The terminal key %1 is not a usable private key.")
                     .arg(path);
    return signer;
}

QByteArray RatingSigner::sign(QByteArrayView data) const
{
    std::unique_ptr<EVP_MD_CTX, MdFree> context(EVP_MD_CTX_new());
    size_t length = 0;
    if (!context ||
        EVP_DigestSignInit(context.get(), nullptr, EVP_sha256(), nullptr, m_key.get()) != 1 ||
        EVP_DigestSign(context.get(), nullptr, &length,
                       reinterpret_cast<const unsigned char *>(data.data()),
                       size_t(data.size())) != 1) {
        qCWarning(lcRating) << "a rating could not be signed";
        return {};
    }
    QByteArray signature(qsizetype(length), Qt::Uninitialized);
    if (EVP_DigestSign(context.get(), reinterpret_cast<unsigned char *>(signature.data()), &length,
                       reinterpret_cast<const unsigned char *>(data.data()),
                       size_t(data.size())) != 1) {
        qCWarning(lcRating) << "a rating could not be signed";
        return {};
    }
    signature.truncate(qsizetype(length));
    return signature;
}

bool RatingSigner::verify(const QSslCertificate &certificate, QByteArrayView data,
                          QByteArrayView signature)
{
    if (certificate.isNull() || signature.isEmpty())
        return false;
    const QByteArray der = certificate.toDer();
    const auto *bytes = reinterpret_cast<const unsigned char *>(der.constData());
    std::unique_ptr<X509, X509Free> x509(d2i_X509(nullptr, &bytes, long(der.size())));
    if (!x509)
        return false;
    EVP_PKEY *key = X509_get0_pubkey(x509.get()); // owned by the certificate
    std::unique_ptr<EVP_MD_CTX, MdFree> context(EVP_MD_CTX_new());
    if (!key || !context ||
        EVP_DigestVerifyInit(context.get(), nullptr, EVP_sha256(), nullptr, key) != 1)
        return false;
    return EVP_DigestVerify(
               context.get(), reinterpret_cast<const unsigned char *>(signature.data()),
               size_t(signature.size()), reinterpret_cast<const unsigned char *>(data.data()),
               size_t(data.size())) == 1;
}

} // namespace halldesk
