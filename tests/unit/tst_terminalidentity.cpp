#include "pki/CertificateIssuer.h"
#include "pki/TerminalIdentity.h"
#include "pki/TerminalRole.h"

#include <QSslCertificate>
#include <QTest>

using halldesk::CertificateIssuer;
using halldesk::CertificateRequest;
using halldesk::TerminalIdentity;
using halldesk::TerminalRole;

Q_DECLARE_METATYPE(TerminalRole)

class TestTerminalIdentity : public QObject
{
    Q_OBJECT

private:
    std::optional<CertificateIssuer> m_hall;

    QSslCertificate issue(const CertificateRequest &request)
    {
        QString error;
        const auto issued = m_hall->issue(request, &error);
        if (!issued)
            qWarning("issue failed: %s", qPrintable(error));
        return issued ? QSslCertificate(issued->certificatePem, QSsl::Pem) : QSslCertificate();
    }

private slots:
    void initTestCase()
    {
        QString error;
        m_hall = CertificateIssuer::createAuthority(QStringLiteral("Riverside"), 30, &error);
        QVERIFY2(m_hall, qPrintable(error));
    }

    void roleNamesRoundTrip_data()
    {
        QTest::addColumn<TerminalRole>("role");
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("hasWindow");
        QTest::newRow("counter") << TerminalRole::Counter << "counter" << true;
        QTest::newRow("pad") << TerminalRole::Pad << "pad" << true;
        QTest::newRow("kiosk") << TerminalRole::Kiosk << "kiosk" << false;
        QTest::newRow("board") << TerminalRole::Board << "board" << false;
        QTest::newRow("supervisor") << TerminalRole::Supervisor << "supervisor" << false;
    }

    void roleNamesRoundTrip()
    {
        QFETCH(TerminalRole, role);
        QFETCH(QString, name);
        QFETCH(bool, hasWindow);
        QCOMPARE(halldesk::toName(role), name);
        QCOMPARE(halldesk::terminalRoleFromName(name), std::optional<TerminalRole>(role));
        QCOMPARE(halldesk::roleHasWindow(role), hasWindow);
    }

    void unknownRoleNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("empty") << QString();
        QTest::newRow("capitalised") << QStringLiteral("Counter");
        QTest::newRow("padded") << QStringLiteral(" counter");
        QTest::newRow("server") << QStringLiteral("server");
    }

    void unknownRoleNames()
    {
        QFETCH(QString, name);
        QVERIFY(!halldesk::terminalRoleFromName(name));
    }

    void fromCertificate_data()
    {
        QTest::addColumn<QString>("unit"); // empty: no OU in the subject
        QTest::addColumn<QString>("commonName");
        QTest::addColumn<bool>("clientAuth");
        QTest::addColumn<bool>("serverAuth");
        QTest::addColumn<bool>("accepted");
        QTest::addColumn<TerminalRole>("role");
        QTest::addColumn<int>("window");

        const auto accept = [](const char *row, const char *unit, const char *name,
                               TerminalRole role, int window) {
            QTest::newRow(row) << QString::fromUtf8(unit) << QString::fromUtf8(name) << true
                               << false << true << role << window;
        };
        const auto refuse = [](const char *row, const char *unit, const char *name) {
            QTest::newRow(row) << QString::fromUtf8(unit) << QString::fromUtf8(name) << true
                               << false << false << TerminalRole::Counter << 0;
        };
        accept("counter-15", "counter", "counter-15", TerminalRole::Counter, 15);
        accept("counter-1", "counter", "counter-1", TerminalRole::Counter, 1);
        accept("counter-9999", "counter", "counter-9999", TerminalRole::Counter, 9999);
        accept("pad-3", "pad", "pad-3", TerminalRole::Pad, 3);
        accept("kiosk-1", "kiosk", "kiosk-1", TerminalRole::Kiosk, 0);
        accept("board-hall", "board", "board-hall", TerminalRole::Board, 0);
        accept("board with dot and underscore", "board", "hall_2.east", TerminalRole::Board, 0);
        accept("supervisor-1", "supervisor", "supervisor-1", TerminalRole::Supervisor, 0);
        refuse("missing OU", "", "counter-15");
        refuse("unknown OU", "cashier", "cashier-1");
        refuse("capitalised OU", "Counter", "counter-15");
        refuse("counter without number", "counter", "counter");
        refuse("counter with dash only", "counter", "counter-");
        refuse("counter-0", "counter", "counter-0");
        refuse("counter-015", "counter", "counter-015");
        refuse("counter-10000", "counter", "counter-10000");
        refuse("counter--5", "counter", "counter--5");
        refuse("counter-15 with suffix", "counter", "counter-15a");
        refuse("counter with space", "counter", "counter-15 ");
        refuse("wrong role prefix", "counter", "pad-3");
        refuse("pad named like a counter", "pad", "counter-3");
        refuse("kiosk with space", "kiosk", "kiosk 1");
        refuse("kiosk with slash", "kiosk", "kiosk/1");
        refuse("board with non-ASCII", "board", "board-\xc3\xa9");
        QTest::newRow("missing clientAuth")
            << QStringLiteral("counter") << QStringLiteral("counter-15") << false << true << false
            << TerminalRole::Counter << 0;
        QTest::newRow("clientAuth and serverAuth")
            << QStringLiteral("kiosk") << QStringLiteral("kiosk-2") << true << true << true
            << TerminalRole::Kiosk << 0;
    }

    void fromCertificate()
    {
        QFETCH(QString, unit);
        QFETCH(QString, commonName);
        QFETCH(bool, clientAuth);
        QFETCH(bool, serverAuth);
        QFETCH(bool, accepted);
        QFETCH(TerminalRole, role);
        QFETCH(int, window);

        CertificateRequest request;
        request.commonName = commonName;
        request.organizationalUnit = unit;
        request.clientAuth = clientAuth;
        request.serverAuth = serverAuth;
        if (serverAuth)
            request.dnsNames = {QStringLiteral("localhost")};
        const QSslCertificate certificate = issue(request);
        QVERIFY(!certificate.isNull());

        QString why;
        const auto identity = TerminalIdentity::fromCertificate(certificate, &why);
        QCOMPARE(identity.has_value(), accepted);
        if (!accepted) {
            QVERIFY(!why.isEmpty());
            return;
        }
        QCOMPARE(identity->role, role);
        QCOMPARE(identity->window, window);
        QCOMPARE(identity->name, commonName);
    }

    void nullCertificateIsRefused()
    {
        QString why;
        QVERIFY(!TerminalIdentity::fromCertificate(QSslCertificate(), &why));
        QVERIFY(!why.isEmpty());
        // A null reason pointer is allowed.
        QVERIFY(!TerminalIdentity::fromCertificate(QSslCertificate(), nullptr));
    }

    void requestFor_data()
    {
        QTest::addColumn<TerminalRole>("role");
        QTest::addColumn<int>("window");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("expectedName");
        QTest::newRow("counter") << TerminalRole::Counter << 15 << QString() << "counter-15";
        QTest::newRow("pad") << TerminalRole::Pad << 3 << QString() << "pad-3";
        QTest::newRow("kiosk default") << TerminalRole::Kiosk << 0 << QString() << "kiosk-1";
        QTest::newRow("kiosk numbered") << TerminalRole::Kiosk << 2 << QString() << "kiosk-2";
        QTest::newRow("board named") << TerminalRole::Board << 0 << "board-hall"
                                     << "board-hall";
        QTest::newRow("supervisor") << TerminalRole::Supervisor << 0 << QString() << "supervisor-1";
    }

    void requestFor()
    {
        QFETCH(TerminalRole, role);
        QFETCH(int, window);
        QFETCH(QString, name);
        QFETCH(QString, expectedName);
        const CertificateRequest request = TerminalIdentity::requestFor(role, window, name);
        QCOMPARE(request.commonName, expectedName);
        QCOMPARE(request.organizationalUnit, halldesk::toName(role));
        QVERIFY(request.clientAuth);
        QVERIFY(!request.serverAuth);

        // What requestFor asks for is what fromCertificate accepts.
        QString why;
        const auto identity = TerminalIdentity::fromCertificate(issue(request), &why);
        QVERIFY2(identity, qPrintable(why));
        QCOMPARE(identity->role, role);
        QCOMPARE(identity->name, expectedName);
        QCOMPARE(identity->window, halldesk::roleHasWindow(role) ? window : 0);
    }

    void fromSubjectWithoutCertificate()
    {
        QString why;
        const auto identity =
            TerminalIdentity::fromSubject(QStringLiteral("pad"), QStringLiteral("pad-42"), &why);
        QVERIFY2(identity, qPrintable(why));
        QCOMPARE(*identity, (TerminalIdentity{TerminalRole::Pad, 42, QStringLiteral("pad-42")}));
        QVERIFY(!TerminalIdentity::fromSubject(QStringLiteral("counter"),
                                               QStringLiteral("counter-0"), &why));
        QVERIFY(why.contains(QStringLiteral("counter-0")));
        QVERIFY(!TerminalIdentity::fromSubject(QStringLiteral("kiosk"), QString(), &why));
    }
};

QTEST_GUILESS_MAIN(TestTerminalIdentity)
#include "tst_terminalidentity.moc"
