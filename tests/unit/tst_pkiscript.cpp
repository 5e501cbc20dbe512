#include "pki/TerminalIdentity.h"
#include "pki/TlsSettings.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSslCertificate>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>

using halldesk::TerminalIdentity;
using halldesk::TerminalRole;
using halldesk::TlsFiles;
using halldesk::TlsSettings;

namespace {

const QString Script = QStringLiteral(HALLDESK_SOURCE_DIR "/packaging/halldesk-pki.sh");

struct Run
{
    int exitCode = -1;
    QByteArray output;
};

Run runScript(const QStringList &arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral("bash"), QStringList{Script} + arguments);
    Run run;
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        run.output = "timed out";
        return run;
    }
    run.output = process.readAll();
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return run;
}

Run runOpenSsl(const QStringList &arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral("openssl"), arguments);
    Run run;
    if (process.waitForFinished(60000))
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.output = process.readAll();
    return run;
}

mode_t modeOf(const QString &path)
{
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return 0;
    return st.st_mode & 07777;
}

QSslCertificate certificateAt(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QSslCertificate(file.readAll(), QSsl::Pem)
                                          : QSslCertificate();
}

} // namespace

class TestPkiScript : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_root;
    QString m_ca;

private slots:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty())
            QSKIP("The openssl command is not installed");
        QVERIFY(QFileInfo::exists(Script));
        QVERIFY(m_root.isValid());
        m_ca = m_root.filePath(QStringLiteral("ca"));
        const Run run = runScript({QStringLiteral("init"), m_ca, QStringLiteral("Riverside")});
        QVERIFY2(run.exitCode == 0, run.output.constData());
    }

    void initCreatesCa()
    {
        QCOMPARE(modeOf(m_ca), mode_t(0700));
        QCOMPARE(modeOf(m_ca + QStringLiteral("/ca.key")), mode_t(0600));
        const QSslCertificate ca = certificateAt(m_ca + QStringLiteral("/ca.pem"));
        QVERIFY(!ca.isNull());
        QVERIFY(ca.isSelfSigned());
        QCOMPARE(ca.subjectInfo(QSslCertificate::CommonName),
                 QStringList{QStringLiteral("Riverside Hall CA")});
        QCOMPARE(ca.subjectInfo(QSslCertificate::Organization),
                 QStringList{QStringLiteral("Riverside")});
        QVERIFY(ca.effectiveDate().daysTo(ca.expiryDate()) >= 3650);
        const Run text = runOpenSsl({QStringLiteral("x509"), QStringLiteral("-in"),
                                     m_ca + QStringLiteral("/ca.pem"), QStringLiteral("-noout"),
                                     QStringLiteral("-text")});
        QVERIFY(text.output.contains("CA:TRUE"));
        QVERIFY(text.output.contains("Certificate Sign, CRL Sign"));
        QVERIFY(text.output.contains("ecdsa-with-SHA256"));
        QVERIFY(text.output.contains("prime256v1"));
    }

    void initRefusesToOverwrite()
    {
        const QByteArray before = [this] {
            QFile file(m_ca + QStringLiteral("/ca.key"));
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        }();
        const Run run = runScript({QStringLiteral("init"), m_ca, QStringLiteral("Other")});
        QVERIFY(run.exitCode != 0);
        QFile file(m_ca + QStringLiteral("/ca.key"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), before);
    }

    void serverCertificate()
    {
        const Run run = runScript({QStringLiteral("server"), m_ca, QStringLiteral("localhost"),
                                   QStringLiteral("127.0.0.1"), QStringLiteral("::1")});
        QVERIFY2(run.exitCode == 0, run.output.constData());
        const QString certificate = m_ca + QStringLiteral("/server.pem");
        const Run verify = runOpenSsl({QStringLiteral("verify"), QStringLiteral("-CAfile"),
                                       m_ca + QStringLiteral("/ca.pem"), QStringLiteral("-purpose"),
                                       QStringLiteral("sslserver"), certificate});
        QVERIFY2(verify.exitCode == 0, verify.output.constData());
        QCOMPARE(modeOf(m_ca + QStringLiteral("/server.key")), mode_t(0600));

        const QSslCertificate server = certificateAt(certificate);
        QCOMPARE(server.subjectAlternativeNames().values(QSsl::DnsEntry),
                 QList<QString>{QStringLiteral("localhost")});
        QCOMPARE(server.subjectAlternativeNames().values(QSsl::IpAddressEntry).size(), 2);
        QCOMPARE(server.subjectInfo(QSslCertificate::Organization),
                 QStringList{QStringLiteral("Riverside")});

        const TlsFiles files{m_ca + QStringLiteral("/ca.pem"), certificate,
                             m_ca + QStringLiteral("/server.key")};
        QString error;
        QVERIFY2(TlsSettings::server(files, &error), qPrintable(error));
    }

    void terminalCertificates_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("role");
        QTest::addColumn<int>("window");
        QTest::newRow("counter 15") << QStringList{QStringLiteral("counter"), QStringLiteral("15")}
                                    << "counter-15" << int(TerminalRole::Counter) << 15;
        QTest::newRow("pad 15") << QStringList{QStringLiteral("pad"), QStringLiteral("15")}
                                << "pad-15" << int(TerminalRole::Pad) << 15;
        QTest::newRow("kiosk default")
            << QStringList{QStringLiteral("kiosk")} << "kiosk-1" << int(TerminalRole::Kiosk) << 0;
        QTest::newRow("board named")
            << QStringList{QStringLiteral("board"), QStringLiteral("board-hall")} << "board-hall"
            << int(TerminalRole::Board) << 0;
        QTest::newRow("supervisor 2")
            << QStringList{QStringLiteral("supervisor"), QStringLiteral("2")} << "supervisor-2"
            << int(TerminalRole::Supervisor) << 0;
    }

    void terminalCertificates()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, name);
        QFETCH(int, role);
        QFETCH(int, window);
        const Run run = runScript(QStringList{QStringLiteral("terminal"), m_ca} + arguments);
        QVERIFY2(run.exitCode == 0, run.output.constData());
        const QString certificate = m_ca + QLatin1Char('/') + name + QStringLiteral(".pem");
        const QString key = m_ca + QLatin1Char('/') + name + QStringLiteral(".key");
        const Run verify = runOpenSsl({QStringLiteral("verify"), QStringLiteral("-CAfile"),
                                       m_ca + QStringLiteral("/ca.pem"), QStringLiteral("-purpose"),
                                       QStringLiteral("sslclient"), certificate});
        QVERIFY2(verify.exitCode == 0, verify.output.constData());
        QCOMPARE(modeOf(key), mode_t(0600));

        QString why;
        const auto identity = TerminalIdentity::fromCertificate(certificateAt(certificate), &why);
        QVERIFY2(identity, qPrintable(why));
        QCOMPARE(int(identity->role), role);
        QCOMPARE(identity->window, window);
        QCOMPARE(identity->name, name);

        QString error;
        QVERIFY2(TlsSettings::client(TlsFiles{m_ca + QStringLiteral("/ca.pem"), certificate, key},
                                     &error),
                 qPrintable(error));
        // The script's certificates are for terminals only.
        QVERIFY(!TlsSettings::server(TlsFiles{m_ca + QStringLiteral("/ca.pem"), certificate, key},
                                     &error));
    }

    void terminalRefusals_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("reason"); // part of the message
        QTest::newRow("counter without window")
            << QStringList{QStringLiteral("counter")} << QStringLiteral("window number");
        QTest::newRow("pad without window")
            << QStringList{QStringLiteral("pad")} << QStringLiteral("window number");
        QTest::newRow("counter window 0")
            << QStringList{QStringLiteral("counter"), QStringLiteral("0")}
            << QStringLiteral("window number");
        QTest::newRow("counter leading zero")
            << QStringList{QStringLiteral("counter"), QStringLiteral("015")}
            << QStringLiteral("window number");
        QTest::newRow("counter window too large")
            << QStringList{QStringLiteral("counter"), QStringLiteral("10000")}
            << QStringLiteral("window number");
        QTest::newRow("counter with a name")
            << QStringList{QStringLiteral("counter"), QStringLiteral("front")}
            << QStringLiteral("window number");
        QTest::newRow("unknown role") << QStringList{QStringLiteral("cashier"), QStringLiteral("1")}
                                      << QStringLiteral("unknown role");
        QTest::newRow("capitalised role")
            << QStringList{QStringLiteral("Counter"), QStringLiteral("1")}
            << QStringLiteral("unknown role");
        QTest::newRow("kiosk with slash")
            << QStringList{QStringLiteral("kiosk"), QStringLiteral("../escape")}
            << QStringLiteral("not a terminal name");
        QTest::newRow("board named ca")
            << QStringList{QStringLiteral("board"), QStringLiteral("ca")}
            << QStringLiteral("taken");
        QTest::newRow("existing counter")
            << QStringList{QStringLiteral("counter"), QStringLiteral("15")}
            << QStringLiteral("exists already");
    }

    void terminalRefusals()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, reason);
        const QStringList before = QDir(m_ca).entryList(QDir::Files, QDir::Name);
        const QByteArray caKey = [this] {
            QFile file(m_ca + QStringLiteral("/ca.key"));
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        }();
        // "existing counter" relies on terminalCertificates having issued counter-15.
        const Run run = runScript(QStringList{QStringLiteral("terminal"), m_ca} + arguments);
        QVERIFY2(run.exitCode != 0, run.output.constData());
        QVERIFY2(QString::fromUtf8(run.output).contains(reason), run.output.constData());
        QCOMPARE(QDir(m_ca).entryList(QDir::Files, QDir::Name), before);
        QFile file(m_ca + QStringLiteral("/ca.key"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), caKey);
    }

    void withoutCaTheScriptFails()
    {
        const QString empty = m_root.filePath(QStringLiteral("empty"));
        const Run run = runScript(
            {QStringLiteral("terminal"), empty, QStringLiteral("counter"), QStringLiteral("1")});
        QVERIFY(run.exitCode != 0);
        QVERIFY(!QFileInfo::exists(empty + QStringLiteral("/counter-1.key")));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("reason");
        QTest::newRow("nothing") << QStringList{} << QStringLiteral("Usage");
        QTest::newRow("unknown command")
            << QStringList{QStringLiteral("revoke")} << QStringLiteral("Usage");
        QTest::newRow("init without name")
            << QStringList{QStringLiteral("init"), m_ca} << QStringLiteral("Usage");
        QTest::newRow("server without host")
            << QStringList{QStringLiteral("server"), m_ca} << QStringLiteral("Usage");
        QTest::newRow("server with bad IP")
            << QStringList{QStringLiteral("server"), m_ca, QStringLiteral("other"),
                           QStringLiteral("not-an-ip")}
            << QStringLiteral("not-an-ip is not an IP address");
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, reason);
        const Run run = runScript(arguments);
        QVERIFY2(run.exitCode != 0, run.output.constData());
        QVERIFY2(QString::fromUtf8(run.output).contains(reason), run.output.constData());
    }
};

QTEST_GUILESS_MAIN(TestPkiScript)
#include "tst_pkiscript.moc"
