#include "pki/TlsSettings.h"

#include "logging/HallDeskLogging.h"

#include <QDir>
#include <QFile>
#include <QLocale>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>
#include <algorithm>
#include <iterator>
#include <memory>
#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>
#include <vector>

namespace halldesk {

namespace {

enum class Side
{
    Server,
    Client
};

// One PEM input; path is empty when the data did not come from a file, and then the messages
// speak of "the certificate" instead of a file.
struct Source
{
    QByteArray pem;
    QString path;
};

// Certificates and keys are a few kilobytes; anything far larger is the wrong file.
constexpr qint64 MaxPemFileSize = 1024 * 1024;

using X509Ptr = std::unique_ptr<X509, decltype(&X509_free)>;
using PkeyPtr = std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)>;
using BioPtr = std::unique_ptr<BIO, decltype(&BIO_free)>;

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

X509Ptr toX509(const QSslCertificate &certificate)
{
    const QByteArray der = certificate.toDer();
    const auto *data = reinterpret_cast<const unsigned char *>(der.constData());
    return X509Ptr(d2i_X509(nullptr, &data, static_cast<long>(der.size())), &X509_free);
}

int refusePassphrase(char *, int, int, void *)
{
    return 0;
}

PkeyPtr readPrivateKey(const QByteArray &pem)
{
    BioPtr bio(BIO_new_mem_buf(pem.constData(), static_cast<int>(pem.size())), &BIO_free);
    return PkeyPtr(bio ? PEM_read_bio_PrivateKey(bio.get(), nullptr, refusePassphrase, nullptr)
                       : nullptr,
                   &EVP_PKEY_free);
}

bool isIssuedBy(X509 *certificate, X509 *authority)
{
    return X509_check_issued(authority, certificate) == X509_V_OK &&
           X509_verify(certificate, X509_get0_pubkey(authority)) == 1;
}

enum class FileKind
{
    Ca,
    Certificate,
    Key
};

std::optional<Source> readSource(const QString &path, FileKind kind, QString *error)
{
    if (path.isEmpty()) {
        switch (kind) {
        case FileKind::Ca:
            fail(error, TlsSettings::tr("No hall CA certificate file is configured."));
            break;
        case FileKind::Certificate:
            fail(error, TlsSettings::tr("No certificate file is configured."));
            break;
        case FileKind::Key:
            fail(error, TlsSettings::tr("No private key file is configured."));
            break;
        }
        return std::nullopt;
    }
    QFile file(path);
    const bool opened = file.open(QIODevice::ReadOnly);
    const QByteArray pem = opened ? file.read(MaxPemFileSize + 1) : QByteArray();
    if (!opened || file.error() != QFileDevice::NoError) {
        switch (kind) {
        case FileKind::Ca:
            fail(error, TlsSettings::tr("The hall CA certificate file %1 cannot be read: %2")
                            .arg(shown(path), file.errorString()));
            break;
        case FileKind::Certificate:
            fail(error, TlsSettings::tr("The certificate file %1 cannot be read: %2")
                            .arg(shown(path), file.errorString()));
            break;
        case FileKind::Key:
            fail(error, TlsSettings::tr("The private key file %1 cannot be read: %2")
                            .arg(shown(path), file.errorString()));
            break;
        }
        return std::nullopt;
    }
    // Too large to be PEM of ours: parsing then reports "not a PEM ..." for it.
    if (pem.size() > MaxPemFileSize)
        return Source{QByteArray(), path};
    return Source{pem, path};
}

std::optional<QSslConfiguration> build(Side side, const Source &ca, const Source &certificate,
                                       const Source &key, QString *error)
{
    const QList<QSslCertificate> authorities = QSslCertificate::fromData(ca.pem, QSsl::Pem);
    if (authorities.isEmpty()) {
        fail(error, ca.path.isEmpty()
                        ? TlsSettings::tr("The hall CA certificate is not a PEM certificate.")
                        : TlsSettings::tr("The hall CA certificate file %1 is not a PEM "
                                          "certificate.")
                              .arg(shown(ca.path)));
        return std::nullopt;
    }
    std::vector<X509Ptr> authorityX509s;
    for (const QSslCertificate &authority : authorities) {
        X509Ptr x509 = toX509(authority);
        // Catches a swapped CA and certificate file, the commonest mistake when deploying.
        if (!x509 || X509_check_ca(x509.get()) != 1) {
            fail(error, ca.path.isEmpty()
                            ? TlsSettings::tr("The hall CA certificate is not a CA certificate.")
                            : TlsSettings::tr("The file %1 is not a CA certificate; expected the "
                                              "hall CA certificate.")
                                  .arg(shown(ca.path)));
            return std::nullopt;
        }
        authorityX509s.push_back(std::move(x509));
    }

    const QList<QSslCertificate> chain = QSslCertificate::fromData(certificate.pem, QSsl::Pem);
    X509Ptr leaf = chain.isEmpty() ? X509Ptr(nullptr, &X509_free) : toX509(chain.constFirst());
    if (!leaf) {
        fail(error, certificate.path.isEmpty()
                        ? TlsSettings::tr("The certificate is not a PEM certificate.")
                        : TlsSettings::tr("The certificate file %1 is not a PEM certificate.")
                              .arg(shown(certificate.path)));
        return std::nullopt;
    }

    PkeyPtr privateKey = readPrivateKey(key.pem);
    QSslKey sslKey;
    if (privateKey) {
        switch (EVP_PKEY_get_base_id(privateKey.get())) {
        case EVP_PKEY_EC:
            sslKey = QSslKey(key.pem, QSsl::Ec, QSsl::Pem, QSsl::PrivateKey);
            break;
        case EVP_PKEY_RSA:
            sslKey = QSslKey(key.pem, QSsl::Rsa, QSsl::Pem, QSsl::PrivateKey);
            break;
        default:
            break;
        }
    }
    ERR_clear_error();
    if (sslKey.isNull()) {
        fail(error, key.path.isEmpty()
                        ? TlsSettings::tr("The private key is not an unencrypted PEM EC or RSA "
                                          "private key.")
                        : TlsSettings::tr("The file %1 is not an unencrypted PEM EC or RSA private "
                                          "key.")
                              .arg(shown(key.path)));
        return std::nullopt;
    }
    if (EVP_PKEY_eq(X509_get0_pubkey(leaf.get()), privateKey.get()) != 1) {
        ERR_clear_error();
        fail(error, key.path.isEmpty() || certificate.path.isEmpty()
                        ? TlsSettings::tr("The private key does not belong to the certificate.")
                        : TlsSettings::tr("The private key in %1 does not belong to the "
                                          "certificate in %2.")
                              .arg(shown(key.path), shown(certificate.path)));
        return std::nullopt;
    }

    const bool issuedByHall =
        std::any_of(authorityX509s.cbegin(), authorityX509s.cend(), [&](const X509Ptr &authority) {
            return isIssuedBy(leaf.get(), authority.get());
        });
    ERR_clear_error();
    if (!issuedByHall) {
        fail(error, certificate.path.isEmpty() || ca.path.isEmpty()
                        ? TlsSettings::tr("The certificate was not issued by the hall CA.")
                        : TlsSettings::tr("The certificate in %1 was not issued by the hall CA in "
                                          "%2.")
                              .arg(shown(certificate.path), shown(ca.path)));
        return std::nullopt;
    }

    // The same purpose check the peer makes, so a swapped server and terminal certificate is
    // reported here rather than as a handshake failure on the other machine.
    const int purpose = side == Side::Server ? X509_PURPOSE_SSL_SERVER : X509_PURPOSE_SSL_CLIENT;
    if (X509_check_purpose(leaf.get(), purpose, 0) != 1) {
        ERR_clear_error();
        if (side == Side::Server) {
            fail(error, certificate.path.isEmpty()
                            ? TlsSettings::tr("The certificate is not a server certificate.")
                            : TlsSettings::tr("The certificate in %1 is not a server certificate.")
                                  .arg(shown(certificate.path)));
        } else {
            fail(error, certificate.path.isEmpty()
                            ? TlsSettings::tr("The certificate is not a terminal certificate.")
                            : TlsSettings::tr("The certificate in %1 is not a terminal "
                                              "certificate.")
                                  .arg(shown(certificate.path)));
        }
        return std::nullopt;
    }

    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QSslCertificate &own = chain.constFirst();
    if (own.expiryDate() < now) {
        const QString date =
            QLocale().toString(own.expiryDate().toLocalTime(), QLocale::ShortFormat);
        fail(error, certificate.path.isEmpty()
                        ? TlsSettings::tr("The certificate expired on %1.").arg(date)
                        : TlsSettings::tr("The certificate in %1 expired on %2.")
                              .arg(shown(certificate.path), date));
        return std::nullopt;
    }
    // Usually a clock that lags; the handshake fails until the date is reached, but that may
    // be minutes away, so starting is still worth it.
    if (own.effectiveDate() > now) {
        qCWarning(lcCrypto) << "The certificate" << certificate.path << "is valid only from"
                            << own.effectiveDate().toString(Qt::ISODate);
    }
    for (const QSslCertificate &authority : authorities) {
        if (authority.expiryDate() < now) {
            qCWarning(lcCrypto) << "The hall CA certificate" << ca.path << "expired on"
                                << authority.expiryDate().toString(Qt::ISODate);
        }
    }

    QSslConfiguration configuration;
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    configuration.setCiphers(TlsSettings::allowedCiphers());
    // Replacing the list also turns off Qt's on-demand loading of the system CAs.
    configuration.setCaCertificates(authorities);
    configuration.setLocalCertificateChain(chain);
    configuration.setPrivateKey(sslKey);
    configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
    // Without this a missing peer certificate could be waved through by ignoreSslErrors().
    configuration.setMissingCertificateIsFatal(true);
    return configuration;
}

} // namespace

std::optional<QSslConfiguration> TlsSettings::server(const TlsFiles &files, QString *error)
{
    const auto ca = readSource(files.caFile, FileKind::Ca, error);
    const auto certificate =
        ca ? readSource(files.certificateFile, FileKind::Certificate, error) : std::nullopt;
    const auto key = certificate ? readSource(files.keyFile, FileKind::Key, error) : std::nullopt;
    if (!key)
        return std::nullopt;
    return build(Side::Server, *ca, *certificate, *key, error);
}

std::optional<QSslConfiguration> TlsSettings::client(const TlsFiles &files, QString *error)
{
    const auto ca = readSource(files.caFile, FileKind::Ca, error);
    const auto certificate =
        ca ? readSource(files.certificateFile, FileKind::Certificate, error) : std::nullopt;
    const auto key = certificate ? readSource(files.keyFile, FileKind::Key, error) : std::nullopt;
    if (!key)
        return std::nullopt;
    return build(Side::Client, *ca, *certificate, *key, error);
}

std::optional<QSslConfiguration> TlsSettings::server(const QByteArray &caPem,
                                                     const QByteArray &certificatePem,
                                                     const QByteArray &keyPem, QString *error)
{
    return build(Side::Server, {caPem, {}}, {certificatePem, {}}, {keyPem, {}}, error);
}

std::optional<QSslConfiguration> TlsSettings::client(const QByteArray &caPem,
                                                     const QByteArray &certificatePem,
                                                     const QByteArray &keyPem, QString *error)
{
    return build(Side::Client, {caPem, {}}, {certificatePem, {}}, {keyPem, {}}, error);
}

QList<QSslCipher> TlsSettings::allowedCiphers()
{
    QList<QSslCipher> allowed;
    const QList<QSslCipher> supported = QSslConfiguration::supportedCiphers();
    std::copy_if(supported.cbegin(), supported.cend(), std::back_inserter(allowed),
                 &TlsSettings::isAllowedCipher);
    return allowed;
}

bool TlsSettings::isAllowedCipher(const QSslCipher &cipher)
{
    // Every TLS 1.3 suite is forward-secret AEAD. For TLS 1.2 the OpenSSL names are exact:
    // this admits ECDHE key exchange with AES-GCM or ChaCha20-Poly1305 and nothing else (no
    // CBC, no static RSA, no SHA-1 MAC, no ARIA/CCM/PSK variants).
    static const QRegularExpression tls12(QStringLiteral(
        "^ECDHE-(ECDSA|RSA)-(AES128-GCM-SHA256|AES256-GCM-SHA384|CHACHA20-POLY1305)$"));
    if (cipher.isNull())
        return false;
    if (cipher.protocol() == QSsl::TlsV1_3)
        return true;
    return cipher.protocol() == QSsl::TlsV1_2 && tls12.match(cipher.name()).hasMatch();
}

} // namespace halldesk
