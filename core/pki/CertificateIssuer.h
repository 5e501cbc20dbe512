#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <memory>
#include <openssl/types.h>
#include <optional>

namespace halldesk {

// What to put into a leaf certificate. The issuer adds O = the hall name from its own subject.
struct CertificateRequest
{
    QString commonName;
    QString organizationalUnit; // omitted from the subject when empty
    QStringList dnsNames;       // subjectAltName DNS entries
    QStringList ipAddresses;    // subjectAltName IP entries, IPv4 or IPv6
    bool serverAuth = false;
    bool clientAuth = false;
    QDateTime notBefore; // invalid: an hour ago, so a peer whose clock lags still accepts it
    QDateTime notAfter;  // invalid: notBefore + 825 days, the longest browsers ever accepted
};

struct IssuedCertificate
{
    QByteArray certificatePem;
    QByteArray privateKeyPem; // unencrypted PKCS#8; the caller stores it owner-only
};

// The hall's certificate authority: an EC P-256 key and a self-signed X.509 v3 CA certificate
// that signs the server's and the terminals' certificates (SHA-256, random 128-bit serials).
// The hall trusts nothing else, so whoever holds the CA key can admit any terminal: keep
// privateKeyPem() off the terminals.
//
// Copies share the same immutable OpenSSL objects, which OpenSSL allows using from several
// threads at once.
class CertificateIssuer
{
    Q_DECLARE_TR_FUNCTIONS(CertificateIssuer)

public:
    // A new CA with subject O = hallName, CN = "<hallName> Hall CA", valid from an hour ago
    // for validDays days. Errors are translated for the user.
    static std::optional<CertificateIssuer> createAuthority(const QString &hallName, int validDays,
                                                            QString *error);
    // A CA saved earlier with certificatePem()/privateKeyPem(). The key must be unencrypted and
    // belong to the certificate, and the certificate must be a CA certificate.
    static std::optional<CertificateIssuer> fromPem(const QByteArray &caCertificatePem,
                                                    const QByteArray &caKeyPem, QString *error);

    QByteArray certificatePem() const;
    QByteArray privateKeyPem() const;
    // The O of the CA's subject, copied into every issued certificate.
    QString hallName() const { return m_hallName; }

    // A fresh key pair and a certificate for it: basicConstraints CA:FALSE, keyUsage
    // digitalSignature, the requested extendedKeyUsage (at least one), subjectAltName (required
    // for server certificates) and subject/authority key identifiers. The leaf may outlive the
    // CA certificate; peers then reject it once the CA has expired.
    std::optional<IssuedCertificate> issue(const CertificateRequest &request, QString *error) const;

private:
    CertificateIssuer(std::shared_ptr<X509> certificate, std::shared_ptr<EVP_PKEY> key,
                      QString hallName);

    std::shared_ptr<X509> m_certificate;
    std::shared_ptr<EVP_PKEY> m_key;
    QString m_hallName;
};

} // namespace halldesk
