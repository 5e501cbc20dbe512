#include "pki/DevelopmentPki.h"
#include "rating/RatingRecord.h"
#include "rating/RatingSigner.h"

#include <QFile>
#include <QProcess>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>

using namespace halldesk;

namespace {

QSslCertificate certificateIn(const QString &path)
{
    const auto certificates = QSslCertificate::fromPath(path);
    return certificates.isEmpty() ? QSslCertificate() : certificates.first();
}

} // namespace

class TestRatingSigner : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        m_pki = DevelopmentPki::ensure(m_dir.path() + QStringLiteral("/pki"), &error);
        QVERIFY2(m_pki, qPrintable(error));
        m_pad15 = m_pki->terminalFiles(TerminalRole::Pad, 15, &error);
        QVERIFY2(m_pad15, qPrintable(error));
        m_pad16 = m_pki->terminalFiles(TerminalRole::Pad, 16, &error);
        QVERIFY2(m_pad16, qPrintable(error));
        m_record.ratingId = 7;
        m_record.window = 15;
        m_record.ticketId = 3;
        m_record.staffNo = QStringLiteral("HD0026");
        m_record.level = RatingLevel::VerySatisfied;
        m_record.ratedAtMs = 1795830077204;
        m_record.terminal = QStringLiteral("pad-15");
    }

    void signsWithThePadKeyAndVerifiesWithItsCertificate()
    {
        QString error;
        const auto signer = RatingSigner::fromKeyFile(m_pad15->keyFile, &error);
        QVERIFY2(signer, qPrintable(error));
        const QByteArray bytes = m_record.signedBytes();
        const QByteArray signature = signer->sign(bytes);
        QVERIFY(!signature.isEmpty());
        QVERIFY(RatingSigner::verify(certificateIn(m_pad15->certificateFile), bytes, signature));
        // ECDSA signs with a fresh nonce each time; both signatures hold.
        QVERIFY(RatingSigner::verify(certificateIn(m_pad15->certificateFile), bytes,
                                     signer->sign(bytes)));
    }

    void refusesWhatThatKeyDidNotSign()
    {
        const auto signer = RatingSigner::fromKeyFile(m_pad15->keyFile, nullptr);
        QVERIFY(signer);
        const QByteArray bytes = m_record.signedBytes();
        const QByteArray signature = signer->sign(bytes);
        const QSslCertificate own = certificateIn(m_pad15->certificateFile);
        // Another pad's certificate.
        QVERIFY(!RatingSigner::verify(certificateIn(m_pad16->certificateFile), bytes, signature));
        // A changed record: the level raised by whoever handled it on the way.
        RatingRecord raised = m_record;
        raised.level = RatingLevel::Satisfied;
        QVERIFY(!RatingSigner::verify(own, raised.signedBytes(), signature));
        // A damaged signature, an empty one, garbage, no certificate.
        QByteArray flipped = signature;
        flipped[flipped.size() / 2] = char(flipped[flipped.size() / 2] ^ 0x01);
        QVERIFY(!RatingSigner::verify(own, bytes, flipped));
        QVERIFY(!RatingSigner::verify(own, bytes, QByteArray()));
        QVERIFY(!RatingSigner::verify(own, bytes, QByteArray(72, 'x')));
        QVERIFY(!RatingSigner::verify(QSslCertificate(), bytes, signature));
    }

    void worksWithRsaKeysToo()
    {
        // halldesk-pki.sh makes EC keys; a hall may bring RSA ones.
        const QString key = m_dir.filePath(QStringLiteral("rsa.key"));
        const QString cert = m_dir.filePath(QStringLiteral("rsa.pem"));
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                       QStringLiteral("rsa:2048"), QStringLiteral("-nodes"),
                       QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert,
                       QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                       QStringLiteral("/OU=pad/CN=pad-15")});
        QVERIFY(openssl.waitForFinished(60000));
        QCOMPARE(openssl.exitCode(), 0);
        const auto signer = RatingSigner::fromKeyFile(key, nullptr);
        QVERIFY(signer);
        const QByteArray bytes = m_record.signedBytes();
        QVERIFY(RatingSigner::verify(certificateIn(cert), bytes, signer->sign(bytes)));
        QVERIFY(!RatingSigner::verify(certificateIn(m_pad15->certificateFile), bytes,
                                      signer->sign(bytes)));
    }

    void refusesUnusableKeyFiles()
    {
        QString error;
        QVERIFY(!RatingSigner::fromKeyFile(m_dir.filePath(QStringLiteral("missing.key")), &error));
        QVERIFY(!error.isEmpty());
        QFile junk(m_dir.filePath(QStringLiteral("junk.key")));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("-----BEGIN PRIVATE KEY-----\nnot a key\n-----END PRIVATE KEY-----\n");
        junk.close();
        error.clear();
        QVERIFY(!RatingSigner::fromKeyFile(junk.fileName(), &error));
        QVERIFY(error.contains(junk.fileName()));
        // A certificate is not a key.
        QVERIFY(!RatingSigner::fromKeyFile(m_pad15->certificateFile, nullptr));
    }

private:
    QTemporaryDir m_dir;
    std::optional<DevelopmentPki> m_pki;
    std::optional<TlsFiles> m_pad15;
    std::optional<TlsFiles> m_pad16;
    RatingRecord m_record;
};

QTEST_GUILESS_MAIN(TestRatingSigner)
#include "tst_ratingsigner.moc"
