#include "pki/CertificateIssuer.h"

#include <QHostAddress>
#include <QSet>
#include <QSslCertificate>
#include <QSslKey>
#include <QTest>
#include <memory>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

using halldesk::CertificateIssuer;
using halldesk::CertificateRequest;
using halldesk::IssuedCertificate;

Q_DECLARE_METATYPE(CertificateRequest)

namespace {

using X509Ptr = std::unique_ptr<X509, decltype(&X509_free)>;
using PkeyPtr = std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)>;

X509Ptr parseCertificate(const QByteArray &pem)
{
    std::unique_ptr<BIO, decltype(&BIO_free)> bio(
        BIO_new_mem_buf(pem.constData(), static_cast<int>(pem.size())), &BIO_free);
    return X509Ptr(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr), &X509_free);
}

PkeyPtr parseKey(const QByteArray &pem)
{
    std::unique_ptr<BIO, decltype(&BIO_free)> bio(
        BIO_new_mem_buf(pem.constData(), static_cast<int>(pem.size())), &BIO_free);
    return PkeyPtr(PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr), &EVP_PKEY_free);
}

// QSslCertificate::verify() always adds the system CAs and treats the rest of the list as
// untrusted intermediates, so it cannot say "trust exactly this CA". OpenSSL with a store that
// holds only the hall CA can, and checks the TLS purpose (extended key usage) as a peer does.
// Returns X509_V_OK or the verification error.
int verifyAgainst(const QByteArray &leafPem, const QByteArray &caPem, int purpose)
{
    X509Ptr leaf = parseCertificate(leafPem);
    X509Ptr ca = parseCertificate(caPem);
    if (!leaf || !ca)
        return -1;
    std::unique_ptr<X509_STORE, decltype(&X509_STORE_free)> store(X509_STORE_new(),
                                                                  &X509_STORE_free);
    std::unique_ptr<X509_STORE_CTX, decltype(&X509_STORE_CTX_free)> context(X509_STORE_CTX_new(),
                                                                            &X509_STORE_CTX_free);
    if (!store || !context || X509_STORE_add_cert(store.get(), ca.get()) != 1 ||
        X509_STORE_CTX_init(context.get(), store.get(), leaf.get(), nullptr) != 1 ||
        X509_STORE_CTX_set_purpose(context.get(), purpose) != 1)
        return -1;
    const int verified = X509_verify_cert(context.get());
    const int code = X509_STORE_CTX_get_error(context.get());
    ERR_clear_error();
    return verified == 1 ? X509_V_OK : (code == X509_V_OK ? -1 : code);
}

bool isCritical(X509 *certificate, int nid)
{
    const int index = X509_get_ext_by_NID(certificate, nid, -1);
    return index >= 0 && X509_EXTENSION_get_critical(X509_get_ext(certificate, index)) == 1;
}

CertificateRequest serverRequest()
{
    CertificateRequest request;
    request.commonName = QStringLiteral("hall.example");
    request.organizationalUnit = QStringLiteral("server");
    request.dnsNames = {QStringLiteral("localhost"), QStringLiteral("hall.example")};
    request.ipAddresses = {QStringLiteral("127.0.0.1"), QStringLiteral("::1")};
    request.serverAuth = true;
    return request;
}

CertificateRequest clientRequest()
{
    CertificateRequest request;
    request.commonName = QStringLiteral("counter-15");
    request.organizationalUnit = QStringLiteral("counter");
    request.clientAuth = true;
    return request;
}

QByteArray serialOf(const QByteArray &pem)
{
    X509Ptr certificate = parseCertificate(pem);
    const ASN1_INTEGER *serial = X509_get0_serialNumber(certificate.get());
    return QByteArray(reinterpret_cast<const char *>(ASN1_STRING_get0_data(serial)),
                      ASN1_STRING_length(serial));
}

} // namespace

class TestCertificateIssuer : public QObject
{
    Q_OBJECT

private:
    std::optional<CertificateIssuer> m_hall;
    std::optional<CertificateIssuer> m_foreign;

private slots:
    void initTestCase()
    {
        QString error;
        m_hall = CertificateIssuer::createAuthority(QStringLiteral("Riverside"), 3650, &error);
        QVERIFY2(m_hall, qPrintable(error));
        m_foreign = CertificateIssuer::createAuthority(QStringLiteral("Riverside"), 3650, &error);
        QVERIFY2(m_foreign, qPrintable(error));
    }

    void authorityIsSelfSignedCa()
    {
        const QSslCertificate ca(m_hall->certificatePem(), QSsl::Pem);
        QVERIFY(!ca.isNull());
        QVERIFY(ca.isSelfSigned());
        QCOMPARE(ca.version(), QByteArray("3"));
        QCOMPARE(ca.subjectInfo(QSslCertificate::Organization),
                 QStringList{QStringLiteral("Riverside")});
        QCOMPARE(ca.subjectInfo(QSslCertificate::CommonName),
                 QStringList{QStringLiteral("Riverside Hall CA")});
        QCOMPARE(m_hall->hallName(), QStringLiteral("Riverside"));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(ca.effectiveDate() <= now);
        QVERIFY(ca.effectiveDate() >= now.addSecs(-2 * 3600));
        QCOMPARE(ca.effectiveDate().daysTo(ca.expiryDate()), 3650);

        X509Ptr x509 = parseCertificate(m_hall->certificatePem());
        QCOMPARE(X509_check_ca(x509.get()), 1);
        QVERIFY(X509_get_extension_flags(x509.get()) & EXFLAG_CA);
        QVERIFY(isCritical(x509.get(), NID_basic_constraints));
        QVERIFY(isCritical(x509.get(), NID_key_usage));
        QCOMPARE(X509_get_key_usage(x509.get()), quint32(KU_KEY_CERT_SIGN | KU_CRL_SIGN));
        QVERIFY(X509_get0_subject_key_id(x509.get()) != nullptr);
        QCOMPARE(X509_get_signature_nid(x509.get()), NID_ecdsa_with_SHA256);
        QCOMPARE(EVP_PKEY_get_base_id(X509_get0_pubkey(x509.get())), EVP_PKEY_EC);
        QCOMPARE(EVP_PKEY_get_bits(X509_get0_pubkey(x509.get())), 256);
        // A self-signed root verifies against itself and only when trusted explicitly.
        QCOMPARE(
            verifyAgainst(m_hall->certificatePem(), m_hall->certificatePem(), X509_PURPOSE_ANY),
            X509_V_OK);
    }

    void authorityKeyMatchesCertificate()
    {
        PkeyPtr key = parseKey(m_hall->privateKeyPem());
        X509Ptr certificate = parseCertificate(m_hall->certificatePem());
        QVERIFY(key);
        QCOMPARE(EVP_PKEY_eq(X509_get0_pubkey(certificate.get()), key.get()), 1);
        QVERIFY(m_hall->privateKeyPem().startsWith("-----BEGIN PRIVATE KEY-----"));
    }

    void createAuthorityRefusesBadInput_data()
    {
        QTest::addColumn<QString>("hallName");
        QTest::addColumn<int>("validDays");
        QTest::newRow("empty name") << QString() << 365;
        QTest::newRow("blank name") << QStringLiteral("   ") << 365;
        QTest::newRow("name too long") << QString(57, QLatin1Char('x')) << 365;
        QTest::newRow("zero days") << QStringLiteral("Riverside") << 0;
        QTest::newRow("negative days") << QStringLiteral("Riverside") << -5;
    }

    void createAuthorityRefusesBadInput()
    {
        QFETCH(QString, hallName);
        QFETCH(int, validDays);
        QString error;
        QVERIFY(!CertificateIssuer::createAuthority(hallName, validDays, &error));
        QVERIFY(!error.isEmpty());
    }

    void longestHallNameFits()
    {
        QString error;
        const auto issuer =
            CertificateIssuer::createAuthority(QString(56, QChar(0x5385)), 30, &error);
        QVERIFY2(issuer, qPrintable(error));
        const QSslCertificate ca(issuer->certificatePem(), QSsl::Pem);
        QCOMPARE(ca.subjectInfo(QSslCertificate::Organization).value(0),
                 QString(56, QChar(0x5385)));
    }

    void serverCertificateChainsToHallCa()
    {
        QString error;
        const auto issued = m_hall->issue(serverRequest(), &error);
        QVERIFY2(issued, qPrintable(error));

        const QSslCertificate leaf(issued->certificatePem, QSsl::Pem);
        QVERIFY(!leaf.isNull());
        QCOMPARE(leaf.version(), QByteArray("3"));
        QCOMPARE(leaf.subjectInfo(QSslCertificate::Organization),
                 QStringList{QStringLiteral("Riverside")});
        QCOMPARE(leaf.subjectInfo(QSslCertificate::OrganizationalUnitName),
                 QStringList{QStringLiteral("server")});
        QCOMPARE(leaf.subjectInfo(QSslCertificate::CommonName),
                 QStringList{QStringLiteral("hall.example")});
        QCOMPARE(leaf.issuerInfo(QSslCertificate::CommonName),
                 QStringList{QStringLiteral("Riverside Hall CA")});

        QCOMPARE(verifyAgainst(issued->certificatePem, m_hall->certificatePem(),
                               X509_PURPOSE_SSL_SERVER),
                 X509_V_OK);
        // serverAuth only: the same certificate must not pass as a terminal's.
        QCOMPARE(verifyAgainst(issued->certificatePem, m_hall->certificatePem(),
                               X509_PURPOSE_SSL_CLIENT),
                 X509_V_ERR_INVALID_PURPOSE);
    }

    void serverCertificateCarriesAltNames()
    {
        QString error;
        const auto issued = m_hall->issue(serverRequest(), &error);
        QVERIFY2(issued, qPrintable(error));
        const QSslCertificate leaf(issued->certificatePem, QSsl::Pem);
        const auto names = leaf.subjectAlternativeNames();
        QCOMPARE(names.values(QSsl::DnsEntry).size(), 2);
        QVERIFY(names.values(QSsl::DnsEntry).contains(QStringLiteral("localhost")));
        QVERIFY(names.values(QSsl::DnsEntry).contains(QStringLiteral("hall.example")));
        QStringList addresses;
        for (const QString &address : names.values(QSsl::IpAddressEntry))
            addresses << QHostAddress(address).toString();
        addresses.sort();
        QCOMPARE(addresses, (QStringList{QStringLiteral("127.0.0.1"), QStringLiteral("::1")}));

        X509Ptr x509 = parseCertificate(issued->certificatePem);
        QVERIFY(X509_check_host(x509.get(), "localhost", 0, 0, nullptr) == 1);
        QVERIFY(X509_check_host(x509.get(), "elsewhere.example", 0, 0, nullptr) != 1);
        QVERIFY(X509_check_ip_asc(x509.get(), "127.0.0.1", 0) == 1);
        QVERIFY(X509_check_ip_asc(x509.get(), "::1", 0) == 1);
        QVERIFY(X509_check_ip_asc(x509.get(), "10.1.1.1", 0) != 1);
    }

    void leafExtensions()
    {
        QString error;
        const auto issued = m_hall->issue(clientRequest(), &error);
        QVERIFY2(issued, qPrintable(error));
        X509Ptr leaf = parseCertificate(issued->certificatePem);
        X509Ptr ca = parseCertificate(m_hall->certificatePem());
        QCOMPARE(X509_check_ca(leaf.get()), 0);
        const quint32 flags = X509_get_extension_flags(leaf.get());
        QVERIFY(flags & EXFLAG_BCONS);
        QVERIFY(isCritical(leaf.get(), NID_basic_constraints));
        QVERIFY(isCritical(leaf.get(), NID_key_usage));
        QVERIFY(!(flags & EXFLAG_CA));
        QCOMPARE(X509_get_key_usage(leaf.get()), quint32(KU_DIGITAL_SIGNATURE));
        QVERIFY(flags & EXFLAG_XKUSAGE);
        QCOMPARE(X509_get_extended_key_usage(leaf.get()), quint32(XKU_SSL_CLIENT));
        QCOMPARE(X509_get_signature_nid(leaf.get()), NID_ecdsa_with_SHA256);
        const ASN1_OCTET_STRING *authorityKeyId = X509_get0_authority_key_id(leaf.get());
        QVERIFY(authorityKeyId);
        QCOMPARE(ASN1_OCTET_STRING_cmp(authorityKeyId, X509_get0_subject_key_id(ca.get())), 0);
        QVERIFY(X509_get0_subject_key_id(leaf.get()));
        // No SAN was asked for, so none is added.
        QCOMPARE(X509_get_ext_by_NID(leaf.get(), NID_subject_alt_name, -1), -1);
        QCOMPARE(verifyAgainst(issued->certificatePem, m_hall->certificatePem(),
                               X509_PURPOSE_SSL_CLIENT),
                 X509_V_OK);
    }

    void keyBelongsToCertificate()
    {
        QString error;
        const auto issued = m_hall->issue(serverRequest(), &error);
        const auto other = m_hall->issue(serverRequest(), &error);
        QVERIFY2(issued && other, qPrintable(error));
        PkeyPtr key = parseKey(issued->privateKeyPem);
        X509Ptr certificate = parseCertificate(issued->certificatePem);
        X509Ptr otherCertificate = parseCertificate(other->certificatePem);
        QCOMPARE(EVP_PKEY_eq(X509_get0_pubkey(certificate.get()), key.get()), 1);
        QVERIFY(EVP_PKEY_eq(X509_get0_pubkey(otherCertificate.get()), key.get()) != 1);
        // Qt reads the key as well, and derives the same public key as the certificate's.
        const QSslKey sslKey(issued->privateKeyPem, QSsl::Ec);
        QVERIFY(!sslKey.isNull());
        QCOMPARE(sslKey.length(), 256);
        QCOMPARE(QSslCertificate(issued->certificatePem, QSsl::Pem).publicKey().algorithm(),
                 QSsl::Ec);
    }

    void serialsAreRandom128Bit()
    {
        QSet<QByteArray> serials;
        for (int i = 0; i < 8; ++i) {
            QString error;
            const auto issued = m_hall->issue(clientRequest(), &error);
            QVERIFY2(issued, qPrintable(error));
            const QByteArray serial = serialOf(issued->certificatePem);
            QVERIFY2(serial.size() >= 13 && serial.size() <= 16, serial.toHex().constData());
            serials.insert(serial);
        }
        QCOMPARE(serials.size(), 8);
    }

    void foreignLeafDoesNotVerify()
    {
        QString error;
        const auto foreign = m_foreign->issue(serverRequest(), &error);
        QVERIFY2(foreign, qPrintable(error));
        // Same hall name, so the names match; only the signature tells them apart.
        QCOMPARE(verifyAgainst(foreign->certificatePem, m_foreign->certificatePem(),
                               X509_PURPOSE_SSL_SERVER),
                 X509_V_OK);
        const int result = verifyAgainst(foreign->certificatePem, m_hall->certificatePem(),
                                         X509_PURPOSE_SSL_SERVER);
        QVERIFY2(result != X509_V_OK, X509_verify_cert_error_string(result));
    }

    void validityDatesAreHonoured()
    {
        CertificateRequest request = clientRequest();
        request.notBefore = QDateTime(QDate(2025, 3, 1), QTime(8, 0), Qt::UTC);
        request.notAfter = QDateTime(QDate(2031, 3, 1), QTime(17, 30), Qt::UTC);
        QString error;
        const auto issued = m_hall->issue(request, &error);
        QVERIFY2(issued, qPrintable(error));
        const QSslCertificate leaf(issued->certificatePem, QSsl::Pem);
        QCOMPARE(leaf.effectiveDate(), request.notBefore);
        QCOMPARE(leaf.expiryDate(), request.notAfter);
    }

    void defaultValidity()
    {
        QString error;
        const QDateTime before = QDateTime::currentDateTimeUtc();
        const auto issued = m_hall->issue(clientRequest(), &error);
        QVERIFY2(issued, qPrintable(error));
        const QSslCertificate leaf(issued->certificatePem, QSsl::Pem);
        QVERIFY(qAbs(leaf.effectiveDate().secsTo(before.addSecs(-3600))) <= 5);
        QCOMPARE(leaf.effectiveDate().daysTo(leaf.expiryDate()), 825);
    }

    void expiredCertificateIsReportedExpired()
    {
        CertificateRequest request = clientRequest();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        request.notBefore = now.addDays(-30);
        request.notAfter = now.addDays(-1);
        QString error;
        const auto issued = m_hall->issue(request, &error);
        QVERIFY2(issued, qPrintable(error));
        const QSslCertificate leaf(issued->certificatePem, QSsl::Pem);
        QVERIFY(leaf.expiryDate() < now);
        QCOMPARE(verifyAgainst(issued->certificatePem, m_hall->certificatePem(),
                               X509_PURPOSE_SSL_CLIENT),
                 X509_V_ERR_CERT_HAS_EXPIRED);
    }

    void notYetValidCertificateIsReported()
    {
        CertificateRequest request = clientRequest();
        request.notBefore = QDateTime::currentDateTimeUtc().addDays(2);
        QString error;
        const auto issued = m_hall->issue(request, &error);
        QVERIFY2(issued, qPrintable(error));
        QCOMPARE(verifyAgainst(issued->certificatePem, m_hall->certificatePem(),
                               X509_PURPOSE_SSL_CLIENT),
                 X509_V_ERR_CERT_NOT_YET_VALID);
    }

    void issueRefusesBadRequests_data()
    {
        QTest::addColumn<CertificateRequest>("request");
        CertificateRequest request = clientRequest();
        request.commonName.clear();
        QTest::newRow("no common name") << request;
        request = clientRequest();
        request.commonName = QString(65, QLatin1Char('c'));
        QTest::newRow("common name too long") << request;
        request = clientRequest();
        request.organizationalUnit = QString(65, QLatin1Char('u'));
        QTest::newRow("unit too long") << request;
        request = clientRequest();
        request.clientAuth = false;
        QTest::newRow("no purpose") << request;
        request = serverRequest();
        request.dnsNames.clear();
        request.ipAddresses.clear();
        QTest::newRow("server without names") << request;
        request = serverRequest();
        request.dnsNames = {QStringLiteral("hall.example,IP:10.0.0.1")};
        QTest::newRow("name smuggling another entry") << request;
        request = serverRequest();
        request.dnsNames = {QStringLiteral("-bad.example")};
        QTest::newRow("bad host name") << request;
        request = serverRequest();
        request.ipAddresses = {QStringLiteral("300.1.1.1")};
        QTest::newRow("bad IPv4") << request;
        request = serverRequest();
        request.ipAddresses = {QStringLiteral("fe80::1%eth0")};
        QTest::newRow("scoped IPv6") << request;
        request = clientRequest();
        request.notBefore = QDateTime::currentDateTimeUtc();
        request.notAfter = request.notBefore.addSecs(-1);
        QTest::newRow("ends before it starts") << request;
    }

    void issueRefusesBadRequests()
    {
        QFETCH(CertificateRequest, request);
        QString error;
        QVERIFY(!m_hall->issue(request, &error));
        QVERIFY(!error.isEmpty());
    }

    void fromPemRestoresAuthority()
    {
        QString error;
        const auto restored =
            CertificateIssuer::fromPem(m_hall->certificatePem(), m_hall->privateKeyPem(), &error);
        QVERIFY2(restored, qPrintable(error));
        QCOMPARE(restored->certificatePem(), m_hall->certificatePem());
        QCOMPARE(restored->hallName(), QStringLiteral("Riverside"));
        const auto issued = restored->issue(clientRequest(), &error);
        QVERIFY2(issued, qPrintable(error));
        QCOMPARE(verifyAgainst(issued->certificatePem, m_hall->certificatePem(),
                               X509_PURPOSE_SSL_CLIENT),
                 X509_V_OK);
    }

    void fromPemRefusesBadInput_data()
    {
        QTest::addColumn<int>("which");
        QTest::newRow("garbage certificate") << 0;
        QTest::newRow("garbage key") << 1;
        QTest::newRow("key of another CA") << 2;
        QTest::newRow("leaf as CA") << 3;
        QTest::newRow("encrypted key") << 4;
    }

    void fromPemRefusesBadInput()
    {
        QFETCH(int, which);
        QByteArray certificate = m_hall->certificatePem();
        QByteArray key = m_hall->privateKeyPem();
        QString error;
        switch (which) {
        case 0:
            certificate = "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n";
            break;
        case 1:
            key = "not a key";
            break;
        case 2:
            key = m_foreign->privateKeyPem();
            break;
        case 3: {
            const auto leaf = m_hall->issue(clientRequest(), &error);
            QVERIFY(leaf);
            certificate = leaf->certificatePem;
            key = leaf->privateKeyPem;
            break;
        }
        case 4: {
            PkeyPtr plain = parseKey(key);
            std::unique_ptr<BIO, decltype(&BIO_free)> bio(BIO_new(BIO_s_mem()), &BIO_free);
            static const char passphrase[] = "secret";
            QCOMPARE(PEM_write_bio_PKCS8PrivateKey(bio.get(), plain.get(), EVP_aes_256_cbc(),
                                                   passphrase, int(sizeof passphrase - 1), nullptr,
                                                   nullptr),
                     1);
            char *data = nullptr;
            const long size = BIO_get_mem_data(bio.get(), &data);
            key = QByteArray(data, size);
            QVERIFY(key.contains("ENCRYPTED"));
            break;
        }
        }
        error.clear();
        QVERIFY(!CertificateIssuer::fromPem(certificate, key, &error));
        QVERIFY(!error.isEmpty());
    }

    void copiesShareTheAuthority()
    {
        const CertificateIssuer copy = *m_hall;
        QCOMPARE(copy.certificatePem(), m_hall->certificatePem());
        QCOMPARE(copy.privateKeyPem(), m_hall->privateKeyPem());
    }
};

QTEST_GUILESS_MAIN(TestCertificateIssuer)
#include "tst_certificateissuer.moc"
