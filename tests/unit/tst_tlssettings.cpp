#include "pki/CertificateIssuer.h"
#include "pki/TerminalIdentity.h"
#include "pki/TlsSettings.h"

#include <QFile>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>
#include <memory>
#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

using halldesk::CertificateIssuer;
using halldesk::CertificateRequest;
using halldesk::IssuedCertificate;
using halldesk::TerminalIdentity;
using halldesk::TerminalRole;
using halldesk::TlsFiles;
using halldesk::TlsSettings;

namespace {

// What both ends of one connection attempt saw.
struct Outcome
{
    bool listening = false;
    bool clientEncrypted = false;
    bool clientFailed = false;
    bool serverAccepted = false;
    QSslCertificate certificateSeenByServer;
    QSslCertificate certificateSeenByClient;
    QSslCipher cipher;
    QSsl::SslProtocol protocol = QSsl::UnknownProtocol;
    QStringList clientErrors;
};

// A real loopback handshake between a QSslServer and a QSslSocket. In TLS 1.3 the client
// finishes its handshake before the server has judged the client's certificate, so "the
// client is encrypted" alone proves nothing: success needs the server's acceptance too, and
// a refusal shows as the client being disconnected.
Outcome connectOnce(const QSslConfiguration &serverConfiguration,
                    const QSslConfiguration &clientConfiguration,
                    const QString &peerName = QStringLiteral("localhost"))
{
    Outcome outcome;
    QSslServer server;
    server.setSslConfiguration(serverConfiguration);
    outcome.listening = server.listen(QHostAddress::LocalHost);
    if (!outcome.listening)
        return outcome;
    std::unique_ptr<QSslSocket> serverSide;
    QObject::connect(&server, &QSslServer::pendingConnectionAvailable, &server, [&] {
        auto *socket = qobject_cast<QSslSocket *>(server.nextPendingConnection());
        if (!socket)
            return;
        serverSide.reset(socket);
        socket->setParent(nullptr);
        outcome.serverAccepted = socket->isEncrypted();
        outcome.certificateSeenByServer = socket->peerCertificate();
    });

    QSslSocket client;
    client.setSslConfiguration(clientConfiguration);
    QObject::connect(&client, &QSslSocket::encrypted, &client, [&] {
        outcome.clientEncrypted = true;
        outcome.cipher = client.sessionCipher();
        outcome.protocol = client.sessionProtocol();
        outcome.certificateSeenByClient = client.peerCertificate();
    });
    QObject::connect(&client, &QSslSocket::sslErrors, &client, [&](const QList<QSslError> &errors) {
        for (const QSslError &error : errors)
            outcome.clientErrors << error.errorString();
    });
    QObject::connect(&client, &QSslSocket::errorOccurred, &client,
                     [&](QAbstractSocket::SocketError) {
                         outcome.clientFailed = true;
                         outcome.clientErrors << client.errorString();
                     });
    QObject::connect(&client, &QSslSocket::disconnected, &client,
                     [&] { outcome.clientFailed = true; });
    client.connectToHostEncrypted(QStringLiteral("127.0.0.1"), server.serverPort(), peerName);

    const bool settled = QTest::qWaitFor(
        [&] { return (outcome.clientEncrypted && outcome.serverAccepted) || outcome.clientFailed; },
        10000);
    if (!settled)
        qWarning("The handshake neither succeeded nor failed within 10 s");
    // A refused client may still report "encrypted" an instant before the server's alert;
    // waiting a little lets a late refusal show up as clientFailed.
    QTest::qWait(50);
    // Closing the client below reports a disconnection; it must not count as a refusal.
    const Outcome result = outcome;
    client.abort();
    return result;
}

bool succeeded(const Outcome &outcome)
{
    return outcome.clientEncrypted && outcome.serverAccepted && !outcome.clientFailed;
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

QByteArray encryptedKey(const QByteArray &plainPem)
{
    std::unique_ptr<BIO, decltype(&BIO_free)> in(
        BIO_new_mem_buf(plainPem.constData(), static_cast<int>(plainPem.size())), &BIO_free);
    std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> key(
        PEM_read_bio_PrivateKey(in.get(), nullptr, nullptr, nullptr), &EVP_PKEY_free);
    std::unique_ptr<BIO, decltype(&BIO_free)> out(BIO_new(BIO_s_mem()), &BIO_free);
    static const char passphrase[] = "secret";
    if (!key || PEM_write_bio_PKCS8PrivateKey(out.get(), key.get(), EVP_aes_256_cbc(), passphrase,
                                              int(sizeof passphrase - 1), nullptr, nullptr) != 1)
        return {};
    char *data = nullptr;
    const long size = BIO_get_mem_data(out.get(), &data);
    return QByteArray(data, size);
}

} // namespace

class TestTlsSettings : public QObject
{
    Q_OBJECT

private:
    std::optional<CertificateIssuer> m_hall;
    std::optional<CertificateIssuer> m_foreign;
    IssuedCertificate m_server;
    IssuedCertificate m_counter;
    IssuedCertificate m_foreignServer;
    IssuedCertificate m_foreignCounter;

    IssuedCertificate issue(const CertificateIssuer &issuer, const CertificateRequest &request)
    {
        QString error;
        const auto issued = issuer.issue(request, &error);
        if (!issued)
            qFatal("issuing a test certificate failed: %s", qPrintable(error));
        return *issued;
    }

    static CertificateRequest serverRequest()
    {
        CertificateRequest request;
        request.commonName = QStringLiteral("localhost");
        request.dnsNames = {QStringLiteral("localhost")};
        request.ipAddresses = {QStringLiteral("127.0.0.1")};
        request.serverAuth = true;
        return request;
    }

    QSslConfiguration serverConfiguration()
    {
        QString error;
        const auto configuration = TlsSettings::server(
            m_hall->certificatePem(), m_server.certificatePem, m_server.privateKeyPem, &error);
        if (!configuration)
            qFatal("server configuration: %s", qPrintable(error));
        return *configuration;
    }

    QSslConfiguration counterConfiguration()
    {
        QString error;
        const auto configuration = TlsSettings::client(
            m_hall->certificatePem(), m_counter.certificatePem, m_counter.privateKeyPem, &error);
        if (!configuration)
            qFatal("client configuration: %s", qPrintable(error));
        return *configuration;
    }

private slots:
    void initTestCase()
    {
        if (!QSslSocket::supportsSsl())
            QSKIP("No TLS backend");
        QString error;
        m_hall = CertificateIssuer::createAuthority(QStringLiteral("Riverside"), 30, &error);
        QVERIFY2(m_hall, qPrintable(error));
        m_foreign = CertificateIssuer::createAuthority(QStringLiteral("Riverside"), 30, &error);
        QVERIFY2(m_foreign, qPrintable(error));
        m_server = issue(*m_hall, serverRequest());
        m_counter = issue(*m_hall, TerminalIdentity::requestFor(TerminalRole::Counter, 15));
        m_foreignServer = issue(*m_foreign, serverRequest());
        m_foreignCounter =
            issue(*m_foreign, TerminalIdentity::requestFor(TerminalRole::Counter, 15));
    }

    void hallTerminalConnects()
    {
        const Outcome outcome = connectOnce(serverConfiguration(), counterConfiguration());
        QVERIFY(outcome.listening);
        QVERIFY2(succeeded(outcome), qPrintable(outcome.clientErrors.join(QLatin1String("; "))));
        QCOMPARE(outcome.certificateSeenByServer,
                 QSslCertificate(m_counter.certificatePem, QSsl::Pem));
        QCOMPARE(outcome.certificateSeenByClient,
                 QSslCertificate(m_server.certificatePem, QSsl::Pem));
        QVERIFY(TlsSettings::isAllowedCipher(outcome.cipher));
        QVERIFY(outcome.protocol == QSsl::TlsV1_3 || outcome.protocol == QSsl::TlsV1_2);

        QString why;
        const auto identity =
            TerminalIdentity::fromCertificate(outcome.certificateSeenByServer, &why);
        QVERIFY2(identity, qPrintable(why));
        QCOMPARE(identity->role, TerminalRole::Counter);
        QCOMPARE(identity->window, 15);
    }

    void tls12UsesAnAllowedCipher()
    {
        QSslConfiguration client = counterConfiguration();
        client.setProtocol(QSsl::TlsV1_2);
        const Outcome outcome = connectOnce(serverConfiguration(), client);
        QVERIFY2(succeeded(outcome), qPrintable(outcome.clientErrors.join(QLatin1String("; "))));
        QCOMPARE(outcome.protocol, QSsl::TlsV1_2);
        QVERIFY2(outcome.cipher.name().startsWith(QLatin1String("ECDHE-ECDSA-")),
                 qPrintable(outcome.cipher.name()));
        QVERIFY(TlsSettings::isAllowedCipher(outcome.cipher));
    }

    void clientWithoutCertificateIsRefused()
    {
        QSslConfiguration client = counterConfiguration();
        client.setLocalCertificateChain({});
        client.setPrivateKey(QSslKey());
        const Outcome outcome = connectOnce(serverConfiguration(), client);
        QVERIFY(outcome.listening);
        QVERIFY(!outcome.serverAccepted);
        QVERIFY(!succeeded(outcome));
        QVERIFY(outcome.clientFailed);
    }

    void clientFromForeignCaIsRefused()
    {
        QSslConfiguration client = counterConfiguration();
        client.setLocalCertificate(QSslCertificate(m_foreignCounter.certificatePem, QSsl::Pem));
        client.setPrivateKey(QSslKey(m_foreignCounter.privateKeyPem, QSsl::Ec));
        const Outcome outcome = connectOnce(serverConfiguration(), client);
        QVERIFY(!outcome.serverAccepted);
        QVERIFY(outcome.clientFailed);
    }

    void serverFromForeignCaIsRefusedByClient()
    {
        // TlsSettings would not build this server, so assemble it by hand: a foreign server
        // certificate that still trusts the hall's terminals.
        QString error;
        auto server =
            TlsSettings::server(m_foreign->certificatePem(), m_foreignServer.certificatePem,
                                m_foreignServer.privateKeyPem, &error);
        QVERIFY2(server, qPrintable(error));
        server->setCaCertificates({QSslCertificate(m_hall->certificatePem(), QSsl::Pem)});
        const Outcome outcome = connectOnce(*server, counterConfiguration());
        QVERIFY(!outcome.clientEncrypted);
        QVERIFY(!outcome.serverAccepted);
        QVERIFY(outcome.clientFailed);
        QVERIFY(!outcome.clientErrors.isEmpty());
    }

    void serverWithWrongNameIsRefusedByClient()
    {
        const Outcome outcome = connectOnce(serverConfiguration(), counterConfiguration(),
                                            QStringLiteral("other.example"));
        QVERIFY(!outcome.clientEncrypted);
        QVERIFY(!outcome.serverAccepted);
        QVERIFY(outcome.clientFailed);
    }

    void clientForcedToTls11IsRefused()
    {
        QSslConfiguration client = counterConfiguration();
        QT_WARNING_PUSH
        QT_WARNING_DISABLE_DEPRECATED
        // Deprecated precisely because it is unsafe; here it plays an outdated terminal.
        client.setProtocol(QSsl::TlsV1_1);
        QT_WARNING_POP
        const Outcome outcome = connectOnce(serverConfiguration(), client);
        QVERIFY(!outcome.serverAccepted);
        QVERIFY(!outcome.clientEncrypted);
        QVERIFY(!succeeded(outcome));
    }

    void clientOfferingOnlyCbcIsRefused()
    {
        const QSslCipher cbc(QStringLiteral("ECDHE-ECDSA-AES128-SHA256"), QSsl::TlsV1_2);
        if (cbc.isNull())
            QSKIP("The TLS library does not offer ECDHE-ECDSA-AES128-SHA256");
        QSslConfiguration client = counterConfiguration();
        client.setProtocol(QSsl::TlsV1_2);
        client.setCiphers({cbc});
        const Outcome outcome = connectOnce(serverConfiguration(), client);
        QVERIFY(!outcome.serverAccepted);
        QVERIFY(!outcome.clientEncrypted);
    }

    void configurationIsStrict_data()
    {
        QTest::addColumn<bool>("serverSide");
        QTest::newRow("server") << true;
        QTest::newRow("client") << false;
    }

    void configurationIsStrict()
    {
        QFETCH(bool, serverSide);
        const QSslConfiguration configuration =
            serverSide ? serverConfiguration() : counterConfiguration();
        QCOMPARE(configuration.protocol(), QSsl::TlsV1_2OrLater);
        QCOMPARE(configuration.peerVerifyMode(), QSslSocket::VerifyPeer);
        QVERIFY(configuration.missingCertificateIsFatal());
        // Only the hall CA: no system CAs, no on-demand loading.
        QCOMPARE(configuration.caCertificates(),
                 QList<QSslCertificate>{QSslCertificate(m_hall->certificatePem(), QSsl::Pem)});
        QCOMPARE(configuration.localCertificate(),
                 QSslCertificate(serverSide ? m_server.certificatePem : m_counter.certificatePem,
                                 QSsl::Pem));
        QVERIFY(!configuration.privateKey().isNull());

        const QList<QSslCipher> ciphers = configuration.ciphers();
        QVERIFY(!ciphers.isEmpty());
        bool hasTls12 = false;
        for (const QSslCipher &cipher : ciphers) {
            const QString name = cipher.name();
            QVERIFY2(cipher.protocol() == QSsl::TlsV1_3 || cipher.protocol() == QSsl::TlsV1_2,
                     qPrintable(name));
            if (cipher.protocol() == QSsl::TlsV1_3)
                continue;
            hasTls12 = true;
            QVERIFY2(name.startsWith(QLatin1String("ECDHE-")), qPrintable(name));
            QVERIFY2(name.contains(QLatin1String("GCM")) ||
                         name.contains(QLatin1String("CHACHA20")),
                     qPrintable(name));
            QVERIFY2(
                !name.contains(QLatin1String("CBC")) && !name.endsWith(QLatin1String("-SHA")) &&
                    !name.contains(QLatin1String("PSK")) && !name.contains(QLatin1String("ARIA")),
                qPrintable(name));
            QCOMPARE(cipher.keyExchangeMethod(), QStringLiteral("ECDH"));
        }
        QVERIFY(hasTls12);
    }

    void cipherFilter_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("protocol");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("TLS 1.3 AES-256-GCM")
            << "TLS_AES_256_GCM_SHA384" << int(QSsl::TlsV1_3) << true;
        QTest::newRow("TLS 1.3 ChaCha20")
            << "TLS_CHACHA20_POLY1305_SHA256" << int(QSsl::TlsV1_3) << true;
        QTest::newRow("ECDHE-ECDSA AES-128-GCM")
            << "ECDHE-ECDSA-AES128-GCM-SHA256" << int(QSsl::TlsV1_2) << true;
        QTest::newRow("ECDHE-RSA AES-256-GCM")
            << "ECDHE-RSA-AES256-GCM-SHA384" << int(QSsl::TlsV1_2) << true;
        QTest::newRow("ECDHE-ECDSA ChaCha20")
            << "ECDHE-ECDSA-CHACHA20-POLY1305" << int(QSsl::TlsV1_2) << true;
        QTest::newRow("CBC with SHA-256")
            << "ECDHE-ECDSA-AES128-SHA256" << int(QSsl::TlsV1_2) << false;
        QT_WARNING_PUSH
        QT_WARNING_DISABLE_DEPRECATED
        // OpenSSL files the SHA-1 suites under TLS 1.0, where they were defined.
        QTest::newRow("CBC with SHA-1") << "ECDHE-RSA-AES256-SHA" << int(QSsl::TlsV1_0) << false;
        QT_WARNING_POP
        QTest::newRow("RSA key exchange") << "AES128-GCM-SHA256" << int(QSsl::TlsV1_2) << false;
        QTest::newRow("finite-field DHE")
            << "DHE-RSA-AES128-GCM-SHA256" << int(QSsl::TlsV1_2) << false;
        QTest::newRow("ARIA-GCM") << "ECDHE-ECDSA-ARIA128-GCM-SHA256" << int(QSsl::TlsV1_2)
                                  << false;
    }

    void cipherFilter()
    {
        QFETCH(QString, name);
        QFETCH(int, protocol);
        QFETCH(bool, allowed);
        QT_WARNING_PUSH
        QT_WARNING_DISABLE_DEPRECATED
        const QSslCipher cipher(name, static_cast<QSsl::SslProtocol>(protocol));
        QT_WARNING_POP
        if (cipher.isNull()) {
            QVERIFY2(!allowed, "an allowed cipher must be supported by the TLS library");
            QVERIFY(!TlsSettings::allowedCiphers().contains(cipher));
            return;
        }
        QCOMPARE(TlsSettings::isAllowedCipher(cipher), allowed);
        QCOMPARE(TlsSettings::allowedCiphers().contains(cipher), allowed);
    }

    void filesLoad()
    {
        QTemporaryDir directory;
        QVERIFY(directory.isValid());
        const TlsFiles files{directory.filePath(QStringLiteral("ca.pem")),
                             directory.filePath(QStringLiteral("counter-15.pem")),
                             directory.filePath(QStringLiteral("counter-15.key"))};
        QVERIFY(writeFile(files.caFile, m_hall->certificatePem()));
        QVERIFY(writeFile(files.certificateFile, m_counter.certificatePem));
        QVERIFY(writeFile(files.keyFile, m_counter.privateKeyPem));
        QString error;
        QVERIFY2(TlsSettings::client(files, &error), qPrintable(error));
        // A terminal certificate is not a server certificate.
        QVERIFY(!TlsSettings::server(files, &error));
        QVERIFY2(error.contains(files.certificateFile), qPrintable(error));
    }

    void errorsAreReported_data()
    {
        QTest::addColumn<QString>("problem");
        QTest::addColumn<QString>("expected"); // part of the message
        QTest::newRow("key of another certificate") << "wrongKey"
                                                    << "does not belong";
        QTest::newRow("certificate is not PEM") << "certificateGarbage"
                                                << "is not a PEM certificate";
        QTest::newRow("CA is not PEM") << "caGarbage"
                                       << "is not a PEM certificate";
        QTest::newRow("key is not PEM") << "keyGarbage"
                                        << "private key";
        QTest::newRow("encrypted key") << "encryptedKey"
                                       << "unencrypted";
        QTest::newRow("CA and certificate swapped") << "swapped"
                                                    << "not a CA certificate";
        QTest::newRow("certificate of a foreign CA") << "foreign"
                                                     << "not issued by the hall CA";
        QTest::newRow("expired certificate") << "expired"
                                             << "expired";
        QTest::newRow("missing file") << "missing"
                                      << "cannot be read";
        QTest::newRow("no file configured") << "unset"
                                            << "No private key file";
    }

    void errorsAreReported()
    {
        QFETCH(QString, problem);
        QFETCH(QString, expected);
        QTemporaryDir directory;
        QVERIFY(directory.isValid());
        TlsFiles files{directory.filePath(QStringLiteral("ca.pem")),
                       directory.filePath(QStringLiteral("server.pem")),
                       directory.filePath(QStringLiteral("server.key"))};
        QByteArray ca = m_hall->certificatePem();
        QByteArray certificate = m_server.certificatePem;
        QByteArray key = m_server.privateKeyPem;
        if (problem == QLatin1String("wrongKey")) {
            key = m_counter.privateKeyPem;
        } else if (problem == QLatin1String("certificateGarbage")) {
            certificate = "hello";
        } else if (problem == QLatin1String("caGarbage")) {
            ca.clear();
        } else if (problem == QLatin1String("keyGarbage")) {
            key = "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n";
        } else if (problem == QLatin1String("encryptedKey")) {
            key = encryptedKey(key);
            QVERIFY(key.contains("ENCRYPTED"));
        } else if (problem == QLatin1String("swapped")) {
            std::swap(ca, certificate);
        } else if (problem == QLatin1String("foreign")) {
            certificate = m_foreignServer.certificatePem;
            key = m_foreignServer.privateKeyPem;
        } else if (problem == QLatin1String("expired")) {
            CertificateRequest request = serverRequest();
            request.notBefore = QDateTime::currentDateTimeUtc().addDays(-10);
            request.notAfter = QDateTime::currentDateTimeUtc().addDays(-1);
            const IssuedCertificate expired = issue(*m_hall, request);
            certificate = expired.certificatePem;
            key = expired.privateKeyPem;
        }
        QVERIFY(writeFile(files.caFile, ca));
        QVERIFY(writeFile(files.certificateFile, certificate));
        QVERIFY(writeFile(files.keyFile, key));
        if (problem == QLatin1String("missing"))
            files.certificateFile = directory.filePath(QStringLiteral("absent.pem"));
        if (problem == QLatin1String("unset"))
            files.keyFile.clear();

        QString error;
        QVERIFY(!TlsSettings::server(files, &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
        if (problem != QLatin1String("unset"))
            QVERIFY2(error.contains(directory.path()), qPrintable(error));

        // The PEM overloads give the same verdict.
        if (problem != QLatin1String("missing") && problem != QLatin1String("unset")) {
            error.clear();
            QVERIFY(!TlsSettings::server(ca, certificate, key, &error));
            QVERIFY2(error.contains(expected), qPrintable(error));
        }
    }
};

QTEST_GUILESS_MAIN(TestTlsSettings)
#include "tst_tlssettings.moc"
