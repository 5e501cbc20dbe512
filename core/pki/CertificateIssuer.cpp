#include "pki/CertificateIssuer.h"

#include "logging/HallDeskLogging.h"

#include <QHostAddress>
#include <QRegularExpression>
#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace halldesk {

namespace {

// RFC 5280's upper bound for CN, O and OU; OpenSSL refuses longer values anyway, but the user
// deserves to hear which one was too long.
constexpr int MaxNameLength = 64;
constexpr int SerialBytes = 16;
constexpr qint64 DefaultBackdateSeconds = 3600;
constexpr int DefaultLeafDays = 825;

struct BioFree
{
    void operator()(BIO *bio) const { BIO_free(bio); }
};
struct X509Free
{
    void operator()(X509 *certificate) const { X509_free(certificate); }
};
struct PkeyFree
{
    void operator()(EVP_PKEY *key) const { EVP_PKEY_free(key); }
};
struct ExtensionFree
{
    void operator()(X509_EXTENSION *extension) const { X509_EXTENSION_free(extension); }
};
struct GeneralNamesFree
{
    void operator()(GENERAL_NAMES *names) const { GENERAL_NAMES_free(names); }
};
struct GeneralNameFree
{
    void operator()(GENERAL_NAME *name) const { GENERAL_NAME_free(name); }
};
struct BignumFree
{
    void operator()(BIGNUM *number) const { BN_free(number); }
};

using BioPtr = std::unique_ptr<BIO, BioFree>;
using X509Ptr = std::unique_ptr<X509, X509Free>;
using PkeyPtr = std::unique_ptr<EVP_PKEY, PkeyFree>;
using ExtensionPtr = std::unique_ptr<X509_EXTENSION, ExtensionFree>;
using GeneralNamesPtr = std::unique_ptr<GENERAL_NAMES, GeneralNamesFree>;
using GeneralNamePtr = std::unique_ptr<GENERAL_NAME, GeneralNameFree>;
using BignumPtr = std::unique_ptr<BIGNUM, BignumFree>;

// OpenSSL's reasons are for the operator, not for the person at the counter.
QString takeOpenSslErrors()
{
    QStringList reasons;
    while (const unsigned long code = ERR_get_error()) {
        char text[256];
        ERR_error_string_n(code, text, sizeof text);
        reasons << QString::fromLatin1(text);
    }
    return reasons.isEmpty() ? QStringLiteral("no detail") : reasons.join(QStringLiteral("; "));
}

bool setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

BioPtr readBio(const QByteArray &data)
{
    return BioPtr(BIO_new_mem_buf(data.constData(), static_cast<int>(data.size())));
}

QByteArray bioContents(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return size > 0 ? QByteArray(data, static_cast<qsizetype>(size)) : QByteArray();
}

// Never prompt on the terminal for a pass phrase: an encrypted key is simply unusable here.
int refusePassphrase(char *, int, int, void *)
{
    return 0;
}

QByteArray certificateToPem(X509 *certificate)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_X509(bio.get(), certificate) != 1)
        return {};
    return bioContents(bio.get());
}

QByteArray keyToPem(EVP_PKEY *key)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio ||
        PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr) != 1)
        return {};
    return bioContents(bio.get());
}

PkeyPtr generateKey()
{
    return PkeyPtr(EVP_EC_gen("P-256"));
}

bool setRandomSerial(X509 *certificate)
{
    unsigned char bytes[SerialBytes];
    if (RAND_bytes(bytes, SerialBytes) != 1)
        return false;
    // A serial of zero is not allowed (RFC 5280 asks for a positive integer).
    bytes[SerialBytes - 1] |= 1;
    BignumPtr number(BN_bin2bn(bytes, SerialBytes, nullptr));
    return number && BN_to_ASN1_INTEGER(number.get(), X509_get_serialNumber(certificate));
}

bool setValidity(X509 *certificate, const QDateTime &notBefore, const QDateTime &notAfter)
{
    return ASN1_TIME_set(X509_getm_notBefore(certificate),
                         static_cast<time_t>(notBefore.toSecsSinceEpoch())) &&
           ASN1_TIME_set(X509_getm_notAfter(certificate),
                         static_cast<time_t>(notAfter.toSecsSinceEpoch()));
}

bool addNameEntry(X509_NAME *name, const char *field, const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    return X509_NAME_add_entry_by_txt(name, field, MBSTRING_UTF8,
                                      reinterpret_cast<const unsigned char *>(utf8.constData()),
                                      static_cast<int>(utf8.size()), -1, 0) == 1;
}

// issuer may equal subject (self-signed); the key identifiers are derived from the keys
// already set on the certificates, so set the public key before adding them.
bool addExtension(X509 *subject, X509 *issuer, int nid, const char *value)
{
    X509V3_CTX context;
    X509V3_set_ctx_nodb(&context);
    X509V3_set_ctx(&context, issuer, subject, nullptr, nullptr, 0);
    ExtensionPtr extension(X509V3_EXT_conf_nid(nullptr, &context, nid, value));
    return extension && X509_add_ext(subject, extension.get(), -1) == 1;
}

// Built from GENERAL_NAME objects rather than a "DNS:a,IP:b" string so that a name containing
// a comma can never smuggle in an extra entry.
bool addSubjectAltNames(X509 *certificate, const QStringList &dnsNames,
                        const QList<QHostAddress> &addresses)
{
    GeneralNamesPtr names(sk_GENERAL_NAME_new_null());
    if (!names)
        return false;
    for (const QString &dns : dnsNames) {
        GeneralNamePtr entry(GENERAL_NAME_new());
        ASN1_IA5STRING *text = ASN1_IA5STRING_new();
        const QByteArray ascii = dns.toLatin1();
        if (!entry || !text || ASN1_STRING_set(text, ascii.constData(), int(ascii.size())) != 1) {
            ASN1_IA5STRING_free(text);
            return false;
        }
        GENERAL_NAME_set0_value(entry.get(), GEN_DNS, text);
        if (sk_GENERAL_NAME_push(names.get(), entry.get()) <= 0)
            return false;
        entry.release();
    }
    for (const QHostAddress &address : addresses) {
        GeneralNamePtr entry(GENERAL_NAME_new());
        ASN1_OCTET_STRING *octets = a2i_IPADDRESS(address.toString().toLatin1().constData());
        if (!entry || !octets) {
            ASN1_OCTET_STRING_free(octets);
            return false;
        }
        GENERAL_NAME_set0_value(entry.get(), GEN_IPADD, octets);
        if (sk_GENERAL_NAME_push(names.get(), entry.get()) <= 0)
            return false;
        entry.release();
    }
    if (sk_GENERAL_NAME_num(names.get()) == 0)
        return true;
    return X509_add1_ext_i2d(certificate, NID_subject_alt_name, names.get(), 0,
                             X509V3_ADD_DEFAULT) == 1;
}

bool isValidDnsName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral(
        R"(^(\*\.)?[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$)"));
    return name.size() <= 253 && pattern.match(name).hasMatch();
}

QString organizationOf(X509 *certificate)
{
    X509_NAME *subject = X509_get_subject_name(certificate);
    const int index = X509_NAME_get_index_by_NID(subject, NID_organizationName, -1);
    if (index < 0)
        return {};
    unsigned char *utf8 = nullptr;
    const int length =
        ASN1_STRING_to_UTF8(&utf8, X509_NAME_ENTRY_get_data(X509_NAME_get_entry(subject, index)));
    if (length < 0)
        return {};
    QString result = QString::fromUtf8(reinterpret_cast<const char *>(utf8), length);
    OPENSSL_free(utf8);
    return result;
}

} // namespace

CertificateIssuer::CertificateIssuer(std::shared_ptr<X509> certificate,
                                     std::shared_ptr<EVP_PKEY> key, QString hallName)
    : m_certificate(std::move(certificate))
    , m_key(std::move(key))
    , m_hallName(std::move(hallName))
{}

std::optional<CertificateIssuer> CertificateIssuer::createAuthority(const QString &hallName,
                                                                    int validDays, QString *error)
{
    const QString hall = hallName.trimmed();
    const QString commonName = hall + QStringLiteral(" Hall CA");
    if (hall.isEmpty()) {
        setError(error, tr("The hall name must not be empty."));
        return std::nullopt;
    }
    if (commonName.size() > MaxNameLength) {
        setError(error, tr("The hall name %1 is too long for a certificate; use at most %2 "
                           "characters.")
                            .arg(hall)
                            .arg(MaxNameLength - (commonName.size() - hall.size())));
        return std::nullopt;
    }
    if (validDays < 1) {
        setError(error, tr("A certificate authority must be valid for at least one day."));
        return std::nullopt;
    }

    const QDateTime notBefore = QDateTime::currentDateTimeUtc().addSecs(-DefaultBackdateSeconds);
    const QDateTime notAfter = notBefore.addDays(validDays);
    PkeyPtr key = generateKey();
    X509Ptr certificate(X509_new());
    const bool built =
        key && certificate && X509_set_version(certificate.get(), X509_VERSION_3) == 1 &&
        setRandomSerial(certificate.get()) && setValidity(certificate.get(), notBefore, notAfter) &&
        addNameEntry(X509_get_subject_name(certificate.get()), "O", hall) &&
        addNameEntry(X509_get_subject_name(certificate.get()), "CN", commonName) &&
        X509_set_issuer_name(certificate.get(), X509_get_subject_name(certificate.get())) == 1 &&
        X509_set_pubkey(certificate.get(), key.get()) == 1 &&
        // pathlen:0 because the hall never delegates to an intermediate CA.
        addExtension(certificate.get(), certificate.get(), NID_basic_constraints,
                     "critical,CA:TRUE,pathlen:0") &&
        addExtension(certificate.get(), certificate.get(), NID_key_usage,
                     "critical,keyCertSign,cRLSign") &&
        addExtension(certificate.get(), certificate.get(), NID_subject_key_identifier, "hash") &&
        X509_sign(certificate.get(), key.get(), EVP_sha256()) > 0;
    if (!built) {
        qCWarning(lcCrypto).noquote() << "Creating the hall CA failed:" << takeOpenSslErrors();
        setError(error, tr("The hall certificate authority could not be created because of an "
                           "internal cryptography error; see the log for details."));
        return std::nullopt;
    }
    qCInfo(lcCrypto) << "Created a certificate authority for the hall" << hall;
    return CertificateIssuer(std::shared_ptr<X509>(certificate.release(), X509Free()),
                             std::shared_ptr<EVP_PKEY>(key.release(), PkeyFree()), hall);
}

std::optional<CertificateIssuer> CertificateIssuer::fromPem(const QByteArray &caCertificatePem,
                                                            const QByteArray &caKeyPem,
                                                            QString *error)
{
    BioPtr certificateBio = readBio(caCertificatePem);
    X509Ptr certificate(certificateBio
                            ? PEM_read_bio_X509(certificateBio.get(), nullptr, nullptr, nullptr)
                            : nullptr);
    BioPtr keyBio = readBio(caKeyPem);
    PkeyPtr key(keyBio ? PEM_read_bio_PrivateKey(keyBio.get(), nullptr, refusePassphrase, nullptr)
                       : nullptr);
    // Parsing failures are explained below; the queued OpenSSL reasons add nothing.
    ERR_clear_error();

    if (!certificate) {
        setError(error, tr("The CA certificate is not a PEM certificate."));
        return std::nullopt;
    }
    if (!key) {
        setError(error, tr("The CA private key is not an unencrypted PEM private key."));
        return std::nullopt;
    }
    if (X509_check_ca(certificate.get()) != 1) {
        setError(error, tr("The certificate given as the hall CA is not a CA certificate."));
        return std::nullopt;
    }
    if (EVP_PKEY_eq(X509_get0_pubkey(certificate.get()), key.get()) != 1) {
        ERR_clear_error();
        setError(error, tr("The CA private key does not belong to the CA certificate."));
        return std::nullopt;
    }
    const QString hall = organizationOf(certificate.get());
    if (hall.isEmpty()) {
        setError(error, tr("The CA certificate does not name a hall (its subject has no O)."));
        return std::nullopt;
    }
    return CertificateIssuer(std::shared_ptr<X509>(certificate.release(), X509Free()),
                             std::shared_ptr<EVP_PKEY>(key.release(), PkeyFree()), hall);
}

QByteArray CertificateIssuer::certificatePem() const
{
    return certificateToPem(m_certificate.get());
}

QByteArray CertificateIssuer::privateKeyPem() const
{
    return keyToPem(m_key.get());
}

std::optional<IssuedCertificate> CertificateIssuer::issue(const CertificateRequest &request,
                                                          QString *error) const
{
    if (request.commonName.trimmed().isEmpty()) {
        setError(error, tr("A certificate needs a common name."));
        return std::nullopt;
    }
    if (request.commonName.size() > MaxNameLength) {
        setError(error, tr("The common name %1 is too long; use at most %2 characters.")
                            .arg(request.commonName)
                            .arg(MaxNameLength));
        return std::nullopt;
    }
    if (request.organizationalUnit.size() > MaxNameLength) {
        setError(error, tr("The organizational unit %1 is too long; use at most %2 characters.")
                            .arg(request.organizationalUnit)
                            .arg(MaxNameLength));
        return std::nullopt;
    }
    if (!request.serverAuth && !request.clientAuth) {
        setError(error, tr("A certificate must be for a server, for a client, or for both."));
        return std::nullopt;
    }
    if (request.serverAuth && request.dnsNames.isEmpty() && request.ipAddresses.isEmpty()) {
        setError(error, tr("A server certificate needs at least one host name or IP address."));
        return std::nullopt;
    }
    for (const QString &dns : request.dnsNames) {
        if (!isValidDnsName(dns)) {
            setError(error, tr("%1 is not a valid host name.").arg(dns));
            return std::nullopt;
        }
    }
    QList<QHostAddress> addresses;
    for (const QString &ip : request.ipAddresses) {
        const QHostAddress address(ip);
        // A scope ("fe80::1%eth0") means nothing to the peer and cannot be encoded.
        if (address.isNull() || !address.scopeId().isEmpty()) {
            setError(error, tr("%1 is not a valid IP address.").arg(ip));
            return std::nullopt;
        }
        addresses << address;
    }
    const QDateTime notBefore =
        request.notBefore.isValid()
            ? request.notBefore
            : QDateTime::currentDateTimeUtc().addSecs(-DefaultBackdateSeconds);
    const QDateTime notAfter =
        request.notAfter.isValid() ? request.notAfter : notBefore.addDays(DefaultLeafDays);
    if (notAfter <= notBefore) {
        setError(error, tr("The certificate would expire before it becomes valid."));
        return std::nullopt;
    }

    QByteArray usages;
    if (request.serverAuth)
        usages += "serverAuth";
    if (request.clientAuth)
        usages += usages.isEmpty() ? "clientAuth" : ",clientAuth";

    PkeyPtr key = generateKey();
    X509Ptr certificate(X509_new());
    X509_NAME *subject = certificate ? X509_get_subject_name(certificate.get()) : nullptr;
    X509 *issuer = m_certificate.get();
    const bool built =
        key && certificate && X509_set_version(certificate.get(), X509_VERSION_3) == 1 &&
        setRandomSerial(certificate.get()) && setValidity(certificate.get(), notBefore, notAfter) &&
        addNameEntry(subject, "O", m_hallName) &&
        (request.organizationalUnit.isEmpty() ||
         addNameEntry(subject, "OU", request.organizationalUnit)) &&
        addNameEntry(subject, "CN", request.commonName) &&
        X509_set_issuer_name(certificate.get(), X509_get_subject_name(issuer)) == 1 &&
        X509_set_pubkey(certificate.get(), key.get()) == 1 &&
        addExtension(certificate.get(), issuer, NID_basic_constraints, "critical,CA:FALSE") &&
        addExtension(certificate.get(), issuer, NID_key_usage, "critical,digitalSignature") &&
        addExtension(certificate.get(), issuer, NID_ext_key_usage, usages.constData()) &&
        addExtension(certificate.get(), issuer, NID_subject_key_identifier, "hash") &&
        addExtension(certificate.get(), issuer, NID_authority_key_identifier, "keyid:always") &&
        addSubjectAltNames(certificate.get(), request.dnsNames, addresses) &&
        X509_sign(certificate.get(), m_key.get(), EVP_sha256()) > 0;
    IssuedCertificate issued;
    if (built) {
        issued.certificatePem = certificateToPem(certificate.get());
        issued.privateKeyPem = keyToPem(key.get());
    }
    if (issued.certificatePem.isEmpty() || issued.privateKeyPem.isEmpty()) {
        qCWarning(lcCrypto).noquote() << "Issuing a certificate for" << request.commonName
                                      << "failed:" << takeOpenSslErrors();
        setError(error, tr("The certificate for %1 could not be created because of an internal "
                           "cryptography error; see the log for details.")
                            .arg(request.commonName));
        return std::nullopt;
    }
    qCInfo(lcCrypto) << "Issued a certificate for" << request.commonName
                     << request.organizationalUnit << "valid until"
                     << notAfter.toString(Qt::ISODate);
    return issued;
}

} // namespace halldesk
