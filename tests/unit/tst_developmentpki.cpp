#include "FileTestHelpers.h"
#include "pki/DevelopmentPki.h"
#include "pki/TerminalIdentity.h"
#include "pki/TlsSettings.h"

#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QProcess>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>
#include <memory>
#include <sys/stat.h>
#include <vector>

using halldesk::DevelopmentPki;
using halldesk::TerminalIdentity;
using halldesk::TerminalRole;
using halldesk::TlsFiles;
using halldesk::TlsSettings;

Q_DECLARE_METATYPE(TerminalRole)

using halldesk::test::contents;
using halldesk::test::modeOf;
using halldesk::test::ScopedUmask;

namespace {

QStringList pkiFiles(const QString &directory)
{
    return {directory + QStringLiteral("/ca.pem"), directory + QStringLiteral("/ca.key"),
            directory + QStringLiteral("/server.pem"), directory + QStringLiteral("/server.key")};
}

} // namespace

class TestDevelopmentPki : public QObject
{
    Q_OBJECT

private slots:
    void ensureCreatesOwnerOnlyFiles()
    {
        const ScopedUmask umask(0);
        QTemporaryDir parent;
        QVERIFY(parent.isValid());
        const QString directory = parent.filePath(QStringLiteral("dev/pki"));
        QString error;
        const auto pki = DevelopmentPki::ensure(directory, &error);
        QVERIFY2(pki, qPrintable(error));

        QCOMPARE(modeOf(directory), mode_t(0700));
        for (const QString &path : pkiFiles(directory))
            QVERIFY2(QFileInfo::exists(path), qPrintable(path));
        QCOMPARE(modeOf(directory + QStringLiteral("/ca.key")), mode_t(0600));
        QCOMPARE(modeOf(directory + QStringLiteral("/server.key")), mode_t(0600));
        QCOMPARE(modeOf(directory + QStringLiteral("/ca.pem")) & 0022, mode_t(0));

        const TlsFiles files = pki->serverFiles();
        QCOMPARE(files.caFile, directory + QStringLiteral("/ca.pem"));
        QCOMPARE(files.certificateFile, directory + QStringLiteral("/server.pem"));
        QCOMPARE(files.keyFile, directory + QStringLiteral("/server.key"));

        const QSslCertificate server(contents(files.certificateFile), QSsl::Pem);
        const auto names = server.subjectAlternativeNames();
        QCOMPARE(names.values(QSsl::DnsEntry), QList<QString>{QStringLiteral("localhost")});
        QStringList addresses;
        for (const QString &address : names.values(QSsl::IpAddressEntry))
            addresses << QHostAddress(address).toString();
        addresses.sort();
        QCOMPARE(addresses, (QStringList{QStringLiteral("127.0.0.1"), QStringLiteral("::1")}));
    }

    void secondEnsureReusesFiles()
    {
        QTemporaryDir directory;
        QVERIFY(directory.isValid());
        QString error;
        QVERIFY2(DevelopmentPki::ensure(directory.path(), &error), qPrintable(error));
        QList<QByteArray> before;
        for (const QString &path : pkiFiles(directory.path()))
            before << contents(path);
        QVERIFY2(DevelopmentPki::ensure(directory.path(), &error), qPrintable(error));
        QList<QByteArray> after;
        for (const QString &path : pkiFiles(directory.path()))
            after << contents(path);
        QCOMPARE(after, before);
    }

    void brokenServerPairIsReissued()
    {
        QTemporaryDir directory;
        QVERIFY(directory.isValid());
        QString error;
        QVERIFY2(DevelopmentPki::ensure(directory.path(), &error), qPrintable(error));
        const QString caPath = directory.filePath(QStringLiteral("ca.pem"));
        const QString keyPath = directory.filePath(QStringLiteral("server.key"));
        const QByteArray ca = contents(caPath);
        QVERIFY(QFile::remove(keyPath));
        const auto pki = DevelopmentPki::ensure(directory.path(), &error);
        QVERIFY2(pki, qPrintable(error));
        QCOMPARE(contents(caPath), ca);
        QVERIFY2(TlsSettings::server(pki->serverFiles(), &error), qPrintable(error));
    }

    void caWithoutKeyIsAnError()
    {
        QTemporaryDir directory;
        QVERIFY(directory.isValid());
        QString error;
        QVERIFY2(DevelopmentPki::ensure(directory.path(), &error), qPrintable(error));
        QVERIFY(QFile::remove(directory.filePath(QStringLiteral("ca.key"))));
        error.clear();
        QVERIFY(!DevelopmentPki::ensure(directory.path(), &error));
        QVERIFY(error.contains(QStringLiteral("ca.key")));
    }

    void terminalFilesAreIssuedOnceAndReused_data()
    {
        QTest::addColumn<TerminalRole>("role");
        QTest::addColumn<int>("window");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("fileName");
        QTest::newRow("counter") << TerminalRole::Counter << 15 << QString() << "counter-15";
        QTest::newRow("pad") << TerminalRole::Pad << 15 << QString() << "pad-15";
        QTest::newRow("kiosk") << TerminalRole::Kiosk << 0 << QString() << "kiosk-1";
        QTest::newRow("board") << TerminalRole::Board << 0 << "board-hall"
                               << "board-hall";
    }

    void terminalFilesAreIssuedOnceAndReused()
    {
        QFETCH(TerminalRole, role);
        QFETCH(int, window);
        QFETCH(QString, name);
        QFETCH(QString, fileName);
        const ScopedUmask umask(0);
        QTemporaryDir directory;
        QVERIFY(directory.isValid());
        QString error;
        const auto pki = DevelopmentPki::ensure(directory.path(), &error);
        QVERIFY2(pki, qPrintable(error));

        const auto files = pki->terminalFiles(role, window, name, &error);
        QVERIFY2(files, qPrintable(error));
        QCOMPARE(files->caFile, directory.filePath(QStringLiteral("ca.pem")));
        QCOMPARE(files->certificateFile, directory.filePath(fileName + QStringLiteral(".pem")));
        QCOMPARE(files->keyFile, directory.filePath(fileName + QStringLiteral(".key")));
        QCOMPARE(modeOf(files->keyFile), mode_t(0600));
        const QByteArray certificate = contents(files->certificateFile);
        const QByteArray key = contents(files->keyFile);

        QString why;
        const auto identity =
            TerminalIdentity::fromCertificate(QSslCertificate(certificate, QSsl::Pem), &why);
        QVERIFY2(identity, qPrintable(why));
        QCOMPARE(identity->role, role);
        QCOMPARE(identity->name, fileName);

        // Another process (here: another ensure()) gets the same files back.
        const auto again = DevelopmentPki::ensure(directory.path(), &error);
        QVERIFY2(again, qPrintable(error));
        const auto reused = again->terminalFiles(role, window, name, &error);
        QVERIFY2(reused, qPrintable(error));
        QCOMPARE(reused->certificateFile, files->certificateFile);
        QCOMPARE(contents(reused->certificateFile), certificate);
        QCOMPARE(contents(reused->keyFile), key);
    }

    void filesLoadIntoTlsSettings()
    {
        QTemporaryDir directory;
        QVERIFY(directory.isValid());
        QString error;
        const auto pki = DevelopmentPki::ensure(directory.path(), &error);
        QVERIFY2(pki, qPrintable(error));
        QVERIFY2(TlsSettings::server(pki->serverFiles(), &error), qPrintable(error));
        const auto counter = pki->terminalFiles(TerminalRole::Counter, 3, &error);
        QVERIFY2(counter, qPrintable(error));
        const auto client = TlsSettings::client(*counter, &error);
        QVERIFY2(client, qPrintable(error));
        QCOMPARE(client->caCertificates().size(), 1);
        // Server and terminal certificates are not interchangeable.
        QVERIFY(!TlsSettings::client(pki->serverFiles(), &error));
        QVERIFY(!TlsSettings::server(*counter, &error));
    }

    void terminalFilesRefuseBadNames_data()
    {
        QTest::addColumn<TerminalRole>("role");
        QTest::addColumn<int>("window");
        QTest::addColumn<QString>("name");
        QTest::newRow("counter without window") << TerminalRole::Counter << 0 << QString();
        QTest::newRow("pad window too large") << TerminalRole::Pad << 10000 << QString();
        QTest::newRow("counter negative") << TerminalRole::Counter << -1 << QString();
        QTest::newRow("kiosk with slash") << TerminalRole::Kiosk << 0 << "../kiosk";
        QTest::newRow("board named ca") << TerminalRole::Board << 0 << "ca";
        QTest::newRow("board named server") << TerminalRole::Board << 0 << "server";
    }

    void terminalFilesRefuseBadNames()
    {
        QFETCH(TerminalRole, role);
        QFETCH(int, window);
        QFETCH(QString, name);
        QTemporaryDir directory;
        QVERIFY(directory.isValid());
        QString error;
        const auto pki = DevelopmentPki::ensure(directory.path(), &error);
        QVERIFY2(pki, qPrintable(error));
        const QByteArray ca = contents(directory.filePath(QStringLiteral("ca.pem")));
        QVERIFY(!pki->terminalFiles(role, window, name, &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(contents(directory.filePath(QStringLiteral("ca.pem"))), ca);
    }

    void concurrentProcessesAgree()
    {
        // The demo server and a demo terminal start together: four processes race to create
        // the folder. With the lock file they end up with one CA that issued every
        // certificate, not several CAs that overwrote each other's files.
        QTemporaryDir parent;
        QVERIFY(parent.isValid());
        const QString directory = parent.filePath(QStringLiteral("shared"));
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("HALLDESK_TEST_PKI_CHILD"), directory);
        std::vector<std::unique_ptr<QProcess>> children;
        for (int i = 0; i < 4; ++i) {
            auto child = std::make_unique<QProcess>();
            child->setProcessEnvironment(environment);
            child->setProcessChannelMode(QProcess::MergedChannels);
            child->start(QCoreApplication::applicationFilePath(),
                         {QStringLiteral("childCreatesCounter7")});
            children.push_back(std::move(child));
        }
        for (auto &child : children) {
            QVERIFY(child->waitForFinished(60000));
            QVERIFY2(child->exitStatus() == QProcess::NormalExit && child->exitCode() == 0,
                     child->readAll().constData());
        }
        QString error;
        const auto pki = DevelopmentPki::ensure(directory, &error);
        QVERIFY2(pki, qPrintable(error));
        QVERIFY2(TlsSettings::server(pki->serverFiles(), &error), qPrintable(error));
        const QByteArray counter = contents(directory + QStringLiteral("/counter-7.pem"));
        const auto files = pki->terminalFiles(TerminalRole::Counter, 7, &error);
        QVERIFY2(files && TlsSettings::client(*files, &error), qPrintable(error));
        QCOMPARE(contents(files->certificateFile), counter);
        QVERIFY(!QFileInfo::exists(directory + QStringLiteral("/pki.lock")));
    }

    // Not a test of its own: the body of one racing process of concurrentProcessesAgree().
    void childCreatesCounter7()
    {
        const QString directory = qEnvironmentVariable("HALLDESK_TEST_PKI_CHILD");
        if (directory.isEmpty())
            QSKIP("Runs only as a child process of concurrentProcessesAgree");
        QString error;
        const auto pki = DevelopmentPki::ensure(directory, &error);
        QVERIFY2(pki, qPrintable(error));
        const auto files = pki->terminalFiles(TerminalRole::Counter, 7, &error);
        QVERIFY2(files, qPrintable(error));
        QVERIFY2(TlsSettings::client(*files, &error), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestDevelopmentPki)
#include "tst_developmentpki.moc"
