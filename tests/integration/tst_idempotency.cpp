// Idempotency keys over the wire: a change sent again with its key is answered from the
// request log instead of being done twice, across a server restart too; lasting refusals are
// remembered, failures that a retry may cure are not.

#include "NetworkFixture.h"

#include <QtTest>

using namespace halldesk;
using namespace halldesk::test;

class TestIdempotency : public QObject
{
    Q_OBJECT

private slots:
    void sameKeyTwiceDoesItOnce_data();
    void sameKeyTwiceDoesItOnce();
    void replayedAfterRestart();
    void keysBelongToTheirTerminal();
    void engineErrorIsReplayed();
    void storageFailureIsNotRemembered();
};

void TestIdempotency::sameKeyTwiceDoesItOnce_data()
{
    QTest::addColumn<bool>("pipelined"); // the second copy sent before the first is answered
    QTest::newRow("one after the other") << false;
    QTest::newRow("both at once") << true;
}

void TestIdempotency::sameKeyTwiceDoesItOnce()
{
    QFETCH(bool, pipelined);
    NetworkFixture fixture(NetworkFixture::ClockKind::Manual, quiet);
    QVERIFY2(fixture.isValid(), qPrintable(fixture.error()));
    auto kiosk = fixture.raw(TerminalRole::Kiosk, 0);
    auto counter = fixture.raw(TerminalRole::Counter, 1);
    QVERIFY(kiosk && counter);
    QVERIFY(fixture.signInCounter(*counter, QStringLiteral("S1")));

    const QString issueKey = RawTerminal::newKey();
    const QJsonObject args{{QStringLiteral("queue"), QStringLiteral("QA1")}};
    QJsonObject first, second;
    if (pipelined) {
        const QString a = kiosk->send(QStringLiteral("issueTicket"), args, issueKey);
        const QString b = kiosk->send(QStringLiteral("issueTicket"), args, issueKey);
        first = kiosk->waitResponse(a);
        second = kiosk->waitResponse(b);
    } else {
        first = kiosk->call(QStringLiteral("issueTicket"), args, issueKey);
        second = kiosk->call(QStringLiteral("issueTicket"), args, issueKey);
    }
    QVERIFY2(isOk(first), qPrintable(describe(first)));
    QVERIFY(!first.contains(QLatin1String("replayed")));
    QCOMPARE(second.value(QLatin1String("replayed")), QJsonValue(true));
    QCOMPARE(second.value(QLatin1String("result")), first.value(QLatin1String("result")));
    QCOMPARE(second.value(QLatin1String("ok")), QJsonValue(true));
    QCOMPARE(fixture.count(QStringLiteral("tickets")), 1);
    QCOMPARE(fixture.count(QStringLiteral("events"), QStringLiteral("kind = 'issue'")), 1);
    // A different key is a different change.
    QVERIFY(isOk(kiosk->change(QStringLiteral("issueTicket"), args)));
    QCOMPARE(fixture.count(QStringLiteral("tickets")), 2);

    const QString callKey = RawTerminal::newKey();
    const QJsonObject call = counter->call(QStringLiteral("callNext"), {}, callKey);
    QVERIFY2(isOk(call), qPrintable(describe(call)));
    const QJsonObject again = counter->call(QStringLiteral("callNext"), {}, callKey);
    QCOMPARE(again.value(QLatin1String("replayed")), QJsonValue(true));
    QCOMPARE(again.value(QLatin1String("result")), call.value(QLatin1String("result")));
    QCOMPARE(fixture.count(QStringLiteral("events"), QStringLiteral("kind = 'call'")), 1);
    QCOMPARE(fixture.count(QStringLiteral("tickets"), QStringLiteral("status = 'waiting'")), 1);
    QCOMPARE(fixture.counter(QStringLiteral("halldesk_requests_replayed_total")), quint64(2));
}

void TestIdempotency::replayedAfterRestart()
{
    NetworkFixture fixture(NetworkFixture::ClockKind::Manual, quiet);
    QVERIFY2(fixture.isValid(), qPrintable(fixture.error()));
    auto kiosk = fixture.raw(TerminalRole::Kiosk, 0);
    QVERIFY(kiosk);
    const QString key = RawTerminal::newKey();
    const QJsonObject args{{QStringLiteral("queue"), QStringLiteral("QB")}};
    const QJsonObject first = kiosk->call(QStringLiteral("issueTicket"), args, key);
    QVERIFY(isOk(first));
    const quint16 port = fixture.port();

    // The whole server side goes away and comes back on the same database and port.
    QVERIFY2(fixture.restartExecutor(), qPrintable(fixture.error()));
    QCOMPARE(fixture.port(), port);
    QVERIFY(kiosk->waitClosed());
    auto back = fixture.raw(TerminalRole::Kiosk, 0);
    QVERIFY(back);
    const QJsonObject replayed = back->call(QStringLiteral("issueTicket"), args, key);
    QCOMPARE(replayed.value(QLatin1String("replayed")), QJsonValue(true));
    QCOMPARE(replayed.value(QLatin1String("result")), first.value(QLatin1String("result")));
    QCOMPARE(fixture.count(QStringLiteral("tickets")), 1);
    // And the next new change still gets the next number.
    const QJsonObject next = back->change(QStringLiteral("issueTicket"), args);
    QCOMPARE(next.value(QLatin1String("result"))
                 .toObject()
                 .value("ticket")
                 .toObject()
                 .value("number")
                 .toString(),
             QStringLiteral("B002"));
}

void TestIdempotency::keysBelongToTheirTerminal()
{
    NetworkFixture fixture(NetworkFixture::ClockKind::Manual, quiet);
    QVERIFY2(fixture.isValid(), qPrintable(fixture.error()));
    auto one = fixture.raw(TerminalRole::Kiosk, 0);
    QVERIFY(one);
    QString error;
    const auto files =
        fixture.pki().terminalFiles(TerminalRole::Kiosk, 0, QStringLiteral("kiosk-2"), &error);
    QVERIFY2(files, qPrintable(error));
    RawTerminal two(*TlsSettings::client(*files, &error));
    QVERIFY(two.open(fixture.url()));
    const QString key = RawTerminal::newKey();
    const QJsonObject args{{QStringLiteral("queue"), QStringLiteral("QA2")}};
    QVERIFY(isOk(one->call(QStringLiteral("issueTicket"), args, key)));
    // Another kiosk that happens to use the same key has made a change of its own.
    const QJsonObject other = two.call(QStringLiteral("issueTicket"), args, key);
    QVERIFY(isOk(other));
    QVERIFY(!other.contains(QLatin1String("replayed")));
    QCOMPARE(fixture.count(QStringLiteral("tickets")), 2);
}

void TestIdempotency::engineErrorIsReplayed()
{
    NetworkFixture fixture(NetworkFixture::ClockKind::Manual, quiet);
    QVERIFY2(fixture.isValid(), qPrintable(fixture.error()));
    auto kiosk = fixture.raw(TerminalRole::Kiosk, 0);
    auto counter = fixture.raw(TerminalRole::Counter, 1);
    QVERIFY(kiosk && counter);
    QVERIFY(fixture.signInCounter(*counter, QStringLiteral("S1")));
    const QString key = RawTerminal::newKey();
    const QJsonObject refused = counter->call(QStringLiteral("callNext"), {}, key);
    QCOMPARE(errorCode(refused), QStringLiteral("no_ticket_waiting"));

    QVERIFY(isOk(kiosk->change(QStringLiteral("issueTicket"),
                               {{QStringLiteral("queue"), QStringLiteral("QA1")}})));
    // Someone is waiting now, but this request was answered already: the same answer again.
    const QJsonObject again = counter->call(QStringLiteral("callNext"), {}, key);
    QCOMPARE(errorCode(again), QStringLiteral("no_ticket_waiting"));
    QCOMPARE(again.value(QLatin1String("error")), refused.value(QLatin1String("error")));
    QVERIFY(!refused.contains(QLatin1String("replayed")));
    QCOMPARE(again.value(QLatin1String("replayed")), QJsonValue(true));
    QCOMPARE(fixture.count(QStringLiteral("events"), QStringLiteral("kind = 'call'")), 0);
    // The same key for another operation is a client bug: refused, not answered with the
    // first operation's result, and nothing happens.
    const QJsonObject reused = counter->call(QStringLiteral("pause"), {}, key);
    QCOMPARE(errorCode(reused), QStringLiteral("bad_request"));
    QCOMPARE(fixture.count(QStringLiteral("events"), QStringLiteral("kind = 'pause'")), 0);
    QCOMPARE(fixture.count(QStringLiteral("tickets"), QStringLiteral("status = 'waiting'")), 1);
    // A refusal by the checks before the writer (bad arguments) is not logged at all.
    const QString badKey = RawTerminal::newKey();
    QCOMPARE(errorCode(counter->call(QStringLiteral("finish"), {}, badKey)),
             QStringLiteral("bad_request"));
    QCOMPARE(fixture.count(QStringLiteral("request_log"),
                           QStringLiteral("request_key LIKE '%%1'").arg(badKey)),
             0);
    // A new key calls the ticket.
    QVERIFY(isOk(counter->change(QStringLiteral("callNext"))));
}

void TestIdempotency::storageFailureIsNotRemembered()
{
    NetworkFixture fixture(NetworkFixture::ClockKind::Manual, quiet);
    QVERIFY2(fixture.isValid(), qPrintable(fixture.error()));
    auto kiosk = fixture.raw(TerminalRole::Kiosk, 0);
    QVERIFY(kiosk);
    const QString key = RawTerminal::newKey();
    const QJsonObject args{{QStringLiteral("queue"), QStringLiteral("QA1")}};

    fixture.executor().failNextCommitForTesting();
    const QJsonObject failed = kiosk->call(QStringLiteral("issueTicket"), args, key);
    QCOMPARE(errorCode(failed), QStringLiteral("storage_failure"));
    QCOMPARE(fixture.count(QStringLiteral("tickets")), 0);
    QCOMPARE(fixture.count(QStringLiteral("request_log")), 0);

    const QJsonObject retried = kiosk->call(QStringLiteral("issueTicket"), args, key);
    QVERIFY2(isOk(retried), qPrintable(describe(retried)));
    QVERIFY(!retried.contains(QLatin1String("replayed")));
    const QJsonObject replayed = kiosk->call(QStringLiteral("issueTicket"), args, key);
    QCOMPARE(replayed.value(QLatin1String("replayed")), QJsonValue(true));
    QCOMPARE(replayed.value(QLatin1String("result")), retried.value(QLatin1String("result")));
    QCOMPARE(fixture.count(QStringLiteral("tickets")), 1);
    QCOMPARE(fixture.count(QStringLiteral("events"), QStringLiteral("kind = 'issue'")), 1);
}

QTEST_GUILESS_MAIN(TestIdempotency)
#include "tst_idempotency.moc"
