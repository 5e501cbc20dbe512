#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <memory>
#include <optional>

class QSslCertificate;
struct evp_pkey_st;

namespace halldesk {

// Signs a pad's rating records with the private key of its terminal certificate, and checks
// such a signature against a certificate's public key (OpenSSL: ECDSA or RSA PKCS#1 v1.5, both
// with SHA-256). The key never leaves the pad; the server needs only the certificate the pad
// presented when it connected.
class RatingSigner
{
public:
    // The PEM private key of the terminal (unencrypted, as halldesk-pki.sh writes it). nullopt
    // with a reason in the user's language if it cannot be read.
    static std::optional<RatingSigner> fromKeyFile(const QString &path, QString *error);
    static std::optional<RatingSigner> fromPem(const QByteArray &pem);

    // Empty only if OpenSSL fails, which it does not for a key it loaded.
    QByteArray sign(QByteArrayView data) const;

    static bool verify(const QSslCertificate &certificate, QByteArrayView data,
                       QByteArrayView signature);

private:
    struct Free
    {
        void operator()(evp_pkey_st *key) const;
    };
    explicit RatingSigner(std::shared_ptr<evp_pkey_st> key)
        : m_key(std::move(key))
    {}

    std::shared_ptr<evp_pkey_st> m_key;
};

} // namespace halldesk
