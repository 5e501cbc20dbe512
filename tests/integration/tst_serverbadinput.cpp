// What the hall server does with input no well-behaved terminal sends: malformed frames get a
// typed error and change nothing, oversized frames and floods cost the sender, not the hall,
// and terminals without a fitting certificate never get to send anything.

#include "NetworkFixture.h"
#include "pki/CertificateIssuer.h"
#include "pki/TlsSettings.h"
#include "protocol/UploadFrame.h"

#include <QFile>
#include <QSslKey>
#include <QTemporaryDir>
#include <QtTest>

using namespace halldesk;
using namespace halldesk::test;

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestServerBadInput : public QObject
{
    Q_OBJECT

private slots:
    void cleanupTestCase();
    void badFrame_data();
    void badFrame();
    void oversizedFrameClosesOnlyThatConnection();
    void uploadDataHasItsOwnLimit();
    void floodIsRateLimited();
    void refusedTerminal_data();
    void refusedTerminal();

private:
    // One hall for all bad frames: each must leave it as it found it.
    std::unique_ptr<NetworkFixture> m_hall;
    std::unique_ptr<RawTerminal> m_counter;
};

void TestServerBadInput::cleanupTestCase()
{
    m_counter.reset();
    m_hall.reset();
}

void TestServerBadInput::badFrame_data()
{
    QTest::addColumn<QByteArray>("frame");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("id"); // the id echoed back; empty: null

    QTest::newRow("not JSON") << QByteArray("{\"v\":1,\"id\":\"a\",") << "bad_message"
                              << "";
    QTest::newRow("empty") << QByteArray("") << "bad_message"
                           << "";
    QTest::newRow("JSON array") << QByteArray("[1,2,3]") << "bad_message"
                                << "";
    QTest::newRow("JSON string") << QByteArray("\"ping\"") << "bad_message"
                                 << "";
    QTest::newRow("binary garbage") << QByteArray("\x00\xff\xfe{", 4) << "bad_message"
                                    << "";
    QTest::newRow("missing id") << QByteArray(R"({"v":1,"op":"ping"})") << "bad_request"
                                << "";
    QTest::newRow("id number") << QByteArray(R"({"v":1,"id":7,"op":"ping"})") << "bad_request"
                               << "";
    QTest::newRow("id with a space")
        << QByteArray(R"({"v":1,"id":"a b","op":"ping"})") << "bad_request"
        << "";
    QTest::newRow("id too long") << QByteArray(R"({"v":1,"op":"ping","id":")") +
                                        QByteArray(65, 'x') + QByteArray("\"}")
                                 << "bad_request"
                                 << "";
    QTest::newRow("v string") << QByteArray(R"({"v":"1","id":"a","op":"ping"})") << "bad_request"
                              << "a";
    QTest::newRow("v missing") << QByteArray(R"({"id":"a","op":"ping"})") << "bad_request"
                               << "a";
    QTest::newRow("v 1.5") << QByteArray(R"({"v":1.5,"id":"a","op":"ping"})") << "bad_request"
                           << "a";
    QTest::newRow("version 2") << QByteArray(R"({"v":2,"id":"a","op":"ping"})")
                               << "unsupported_version"
                               << "a";
    QTest::newRow("op missing") << QByteArray(R"({"v":1,"id":"a"})") << "bad_request"
                                << "a";
    QTest::newRow("op number") << QByteArray(R"({"v":1,"id":"a","op":5})") << "bad_request"
                               << "a";
    QTest::newRow("unknown op") << QByteArray(R"({"v":1,"id":"a","op":"dropTables"})")
                                << "unknown_operation"
                                << "a";
    QTest::newRow("args array") << QByteArray(R"({"v":1,"id":"a","op":"ping","args":[]})")
                                << "bad_request"
                                << "a";
    QTest::newRow("args string") << QByteArray(R"({"v":1,"id":"a","op":"ping","args":"x"})")
                                 << "bad_request"
                                 << "a";
    QTest::newRow("mutating op without key")
        << QByteArray(R"({"v":1,"id":"a","op":"callNext"})") << "bad_request"
        << "a";
    QTest::newRow("key with bad characters")
        << QByteArray(R"({"v":1,"id":"a","op":"callNext","key":"key with spaces"})")
        << "bad_request"
        << "a";
    QTest::newRow("key too short")
        << QByteArray(R"({"v":1,"id":"a","op":"callNext","key":"k1"})") << "bad_request"
        << "a";
    QTest::newRow("key number") << QByteArray(R"({"v":1,"id":"a","op":"callNext","key":12345678})")
                                << "bad_request"
                                << "a";
    const QByteArray recall = R"({"v":1,"id":"a","op":"recall","key":"key-00000001","args":)";
    QTest::newRow("ticketId \"x\"") << recall + R"({"ticketId":"x"}})"
                                    << "bad_request"
                                    << "a";
    QTest::newRow("ticketId 1.5") << recall + R"({"ticketId":1.5}})"
                                  << "bad_request"
                                  << "a";
    QTest::newRow("ticketId 1e300") << recall + R"({"ticketId":1e300}})"
                                    << "bad_request"
                                    << "a";
    QTest::newRow("ticketId -1") << recall + R"({"ticketId":-1}})"
                                 << "bad_request"
                                 << "a";
    QTest::newRow("ticketId null") << recall + R"({"ticketId":null}})"
                                   << "bad_request"
                                   << "a";
    QTest::newRow("ticketId missing") << recall + "{}}"
                                      << "bad_request"
                                      << "a";
    QTest::newRow("ticketId 2^53+1") << recall + R"({"ticketId":9007199254740993}})"
                                     << "bad_request"
                                     << "a";
    QTest::newRow("queue number")
        << QByteArray(R"({"v":1,"id":"a","op":"issueTicket","key":"key-00000002",)"
                      R"("args":{"queue":1}})")
        << "bad_request"
        << "a";
    QTest::newRow("resident id too long")
        << QByteArray(R"({"v":1,"id":"a","op":"issueTicket","key":"key-00000003",)"
                      R"("args":{"queue":"QA1","residentId":"1234567890123456789"}})")
        << "bad_request"
        << "a";
    QTest::newRow("subscribe windows strings")
        << QByteArray(R"({"v":1,"id":"a","op":"subscribe","args":{"windows":["1"]}})")
        << "bad_request"
        << "a";
}

void TestServerBadInput::badFrame()
{
    QFETCH(QByteArray, frame);
    QFETCH(QString, code);
    QFETCH(QString, id);
    if (!m_hall) {
        m_hall = std::make_unique<NetworkFixture>();
        QVERIFY2(m_hall->isValid(), qPrintable(m_hall->error()));
        m_counter = m_hall->raw(TerminalRole::Counter, 1);
        QVERIFY(m_counter);
        QVERIFY(m_hall->signInCounter(*m_counter, QStringLiteral("S1")));
        auto kiosk = m_hall->raw(TerminalRole::Kiosk, 0);
        QVERIFY(kiosk);
        QVERIFY(kiosk->change(QStringLiteral("issueTicket"), {{QStringLiteral("queue"), "QA1"}})
                    .value(QLatin1String("ok"))
                    .toBool());
    }
    QVERIFY(m_counter && m_counter->isOpen());
    NetworkFixture &fixture = *m_hall;
    RawTerminal *counter = m_counter.get();
    const int tickets = fixture.count(QStringLiteral("tickets"));
    const int events = fixture.count(QStringLiteral("events"));
    const int logged = fixture.count(QStringLiteral("request_log"));
    const int before = int(counter->responses().size());

    counter->sendText(frame);
    QVERIFY(counter->waitResponses(before + 1));
    const QJsonObject response = counter->responses().constLast();
    QCOMPARE(response.value(QLatin1String("type")).toString(), QStringLiteral("response"));
    QCOMPARE(response.value(QLatin1String("ok")), QJsonValue(false));
    QCOMPARE(errorCode(response), code);
    if (id.isEmpty())
        QVERIFY(response.value(QLatin1String("id")).isNull());
    else
        QCOMPARE(response.value(QLatin1String("id")).toString(), id);
    QVERIFY(!response.value(QLatin1String("error"))
                 .toObject()
                 .value(QLatin1String("message"))
                 .toString()
                 .isEmpty());

    // Nothing changed, the connection and the server are still there.
    QVERIFY(counter->call(QStringLiteral("ping")).value(QLatin1String("ok")).toBool());
    auto other = fixture.raw(TerminalRole::Kiosk, 0);
    QVERIFY(other);
    QVERIFY(other->call(QStringLiteral("ping")).value(QLatin1String("ok")).toBool());
    QCOMPARE(fixture.count(QStringLiteral("tickets")), tickets);
    QCOMPARE(fixture.count(QStringLiteral("events")), events);
    QCOMPARE(fixture.count(QStringLiteral("request_log")), logged);
    QCOMPARE(fixture.count(QStringLiteral("tickets"), QStringLiteral("status = 'waiting'")), 1);
}

void TestServerBadInput::oversizedFrameClosesOnlyThatConnection()
{
    NetworkFixture fixture(NetworkFixture::ClockKind::Manual,
                           [](ServerSettings &s) { s.maxMessageBytes = 8 * 1024; });
    QVERIFY2(fixture.isValid(), qPrintable(fixture.error()));
    auto bystander = fixture.raw(TerminalRole::Kiosk, 0);
    auto sender = fixture.raw(TerminalRole::Counter, 1);
    QVERIFY(bystander && sender);
    // Just under the limit is fine.
    QByteArray padding(6 * 1024, 'p');
    const QByteArray fits = R"({"v":1,"id":"a","op":"ping","args":{"pad":")" + padding + "\"}}";
    sender->sendText(fits);
    QVERIFY(sender->waitResponses(1));
    QVERIFY(sender->responses().constFirst().value(QLatin1String("ok")).toBool());

    padding.fill('p', 64 * 1024);
    sender->sendText(R"({"v":1,"id":"b","op":"ping","args":{"pad":")" + padding + "\"}}");
    QVERIFY(sender->waitClosed());
    QCOMPARE(sender->closeCode(), int(QWebSocketProtocol::CloseCodeTooMuchData));
    QCOMPARE(sender->responses().size(), 1);

    QVERIFY(bystander->call(QStringLiteral("ping")).value(QLatin1String("ok")).toBool());
    auto next = fixture.raw(TerminalRole::Counter, 1);
    QVERIFY(next);
    QVERIFY(next->call(QStringLiteral("ping")).value(QLatin1String("ok")).toBool());
    QTRY_COMPARE(fixture.server()->connectionCount(), 2);
}

void TestServerBadInput::uploadDataHasItsOwnLimit()
{
    NetworkFixture fixture(NetworkFixture::ClockKind::Manual,
                           [](ServerSettings &s) { s.maxMessageBytes = 8 * 1024; });
    QVERIFY2(fixture.isValid(), qPrintable(fixture.error()));
    auto sender = fixture.raw(TerminalRole::Counter, 1);
    QVERIFY(sender);
    QVERIFY(fixture.signInCounter(*sender, QStringLiteral("S1")));
    // A piece of upload data as large as allowed is read (and refused: no such upload)...
    const QByteArray piece = UploadFrame::header(7, 0) + QByteArray(UploadFrame::MaxDataBytes, 'd');
    const qsizetype before = sender->frames().size();
    sender->socket().sendBinaryMessage(piece);
    QVERIFY(QTest::qWaitFor([&] { return sender->frames().size() > before; }, 10000));
    const QJsonObject ack = sender->frames().constLast();
    QCOMPARE(ack.value(QLatin1String("type")).toString(), QStringLiteral("uploadAck"));
    QCOMPARE(errorCode(QJsonObject{{QStringLiteral("error"), ack.value(QLatin1String("error"))}}),
             QStringLiteral("unknown_upload"));
    // ...while a binary message that is not upload data keeps the text limit.
    sender->socket().sendBinaryMessage(QByteArray(16 * 1024, '{'));
    QVERIFY(sender->waitClosed());
    QCOMPARE(sender->closeCode(), int(QWebSocketProtocol::CloseCodeTooMuchData));

    // And upload data beyond its own limit closes the connection too.
    auto greedy = fixture.raw(TerminalRole::Counter, 1);
    QVERIFY(greedy);
    greedy->socket().sendBinaryMessage(piece + QByteArray(64 * 1024, 'd'));
    QVERIFY(greedy->waitClosed());
    QCOMPARE(greedy->closeCode(), int(QWebSocketProtocol::CloseCodeTooMuchData));
}

void TestServerBadInput::floodIsRateLimited()
{
    // The manual clock stands still, so the bucket never refills: exactly the burst passes.
    NetworkFixture fixture(NetworkFixture::ClockKind::Manual, [](ServerSettings &s) {
        s.rateLimitPerSecond = 5;
        s.rateBurst = 20;
    });
    QVERIFY2(fixture.isValid(), qPrintable(fixture.error()));
    auto flooder = fixture.raw(TerminalRole::Kiosk, 0);
    auto bystander = fixture.raw(TerminalRole::Kiosk, 0);
    QVERIFY(flooder && bystander);
    // Frames that fail the shape checks are answered without using a token (PROTOCOL.md
    // 1.5): the garbage first leaves the whole burst to the pings after it.
    for (int i = 0; i < 200; ++i)
        flooder->sendText("garbage");
    for (int i = 0; i < 1000; ++i)
        flooder->send(QStringLiteral("ping"));
    QVERIFY2(flooder->waitResponses(1200, 30000),
             qPrintable(QString::number(flooder->responses().size())));
    QMap<QString, int> outcomes;
    for (const QJsonObject &response : flooder->responses())
        ++outcomes[response.value(QLatin1String("ok")).toBool() ? QStringLiteral("ok")
                                                                : errorCode(response)];
    QCOMPARE(outcomes.value(QStringLiteral("bad_message")), 200);
    QCOMPARE(outcomes.value(QStringLiteral("ok")), 20);
    QCOMPARE(outcomes.value(QStringLiteral("rate_limited")), 980);
    QCOMPARE(outcomes.size(), 3);
    QCOMPARE(fixture.requests(QStringLiteral("rate_limited"), QStringLiteral("rate_limited")),
             quint64(980));
    // Another terminal has a bucket of its own; time refills the flooder's.
    QVERIFY(bystander->call(QStringLiteral("ping")).value(QLatin1String("ok")).toBool());
    fixture.manualClock().advanceSecs(1);
    QVERIFY(flooder->call(QStringLiteral("ping")).value(QLatin1String("ok")).toBool());
    QVERIFY(flooder->isOpen());
}

void TestServerBadInput::refusedTerminal_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("reason"); // the refusal counter that must go up
    QTest::newRow("no client certificate") << "none"
                                           << "tls";
    QTest::newRow("certificate from a foreign CA") << "foreign"
                                                   << "tls";
    QTest::newRow("OU is not a role") << "printer"
                                      << "certificate";
    QTest::newRow("server certificate as client") << "server"
                                                  << "certificate";
    QTest::newRow("counter for a window that does not exist") << "counter-99"
                                                              << "certificate";
}

void TestServerBadInput::refusedTerminal()
{
    QFETCH(QString, kind);
    QFETCH(QString, reason);
    NetworkFixture fixture;
    QVERIFY2(fixture.isValid(), qPrintable(fixture.error()));
    QString error;
    const QByteArray hallCa = readFile(fixture.pki().serverFiles().caFile);
    const QList<QSslCertificate> hallCaList = QSslCertificate::fromData(hallCa);
    QSslConfiguration tls;
    if (kind == QLatin1String("none")) {
        tls = fixture.terminalTls(TerminalRole::Kiosk, 0);
        tls.setLocalCertificate(QSslCertificate());
        tls.setPrivateKey(QSslKey());
    } else if (kind == QLatin1String("foreign")) {
        QTemporaryDir foreignDir;
        const auto foreign = DevelopmentPki::ensure(foreignDir.filePath("pki"), &error);
        QVERIFY2(foreign, qPrintable(error));
        const auto files = foreign->terminalFiles(TerminalRole::Counter, 1, &error);
        QVERIFY2(files, qPrintable(error));
        const auto configuration = TlsSettings::client(*files, &error);
        QVERIFY2(configuration, qPrintable(error));
        tls = *configuration;
        tls.setCaCertificates(hallCaList); // it trusts our server; we must not trust it
    } else if (kind == QLatin1String("printer") || kind == QLatin1String("server")) {
        const QString dir = fixture.pki().directory();
        const auto issuer =
            CertificateIssuer::fromPem(hallCa, readFile(dir + QStringLiteral("/ca.key")), &error);
        QVERIFY2(issuer, qPrintable(error));
        CertificateRequest request;
        request.commonName = QStringLiteral("printer-1");
        request.organizationalUnit =
            kind == QLatin1String("printer") ? QStringLiteral("printer") : QString();
        request.clientAuth = true;
        if (kind == QLatin1String("server")) {
            request.commonName = QStringLiteral("localhost");
            request.dnsNames = {QStringLiteral("localhost")};
            request.serverAuth = true;
        }
        const auto issued = issuer->issue(request, &error);
        QVERIFY2(issued, qPrintable(error));
        const auto configuration =
            TlsSettings::client(hallCa, issued->certificatePem, issued->privateKeyPem, &error);
        QVERIFY2(configuration, qPrintable(error));
        tls = *configuration;
    } else {
        tls = fixture.terminalTls(TerminalRole::Counter, 99);
    }

    RawTerminal terminal(tls);
    QVERIFY(!terminal.open(fixture.url()));
    QVERIFY(terminal.waitClosed());
    QVERIFY(terminal.hello().isEmpty());
    QVERIFY(terminal.frames().isEmpty());
    QTRY_COMPARE(fixture.refused(reason), quint64(1));
    QCOMPARE(fixture.counter(QStringLiteral("halldesk_connections_total")), quint64(0));
    QCOMPARE(fixture.server()->connectionCount(), 0);

    // The server is fine and admits a proper terminal.
    auto kiosk = fixture.raw(TerminalRole::Kiosk, 0);
    QVERIFY(kiosk);
    QVERIFY(kiosk->call(QStringLiteral("ping")).value(QLatin1String("ok")).toBool());
    QCOMPARE(fixture.counter(QStringLiteral("halldesk_connections_total")), quint64(1));
}

QTEST_GUILESS_MAIN(TestServerBadInput)
#include "tst_serverbadinput.moc"
