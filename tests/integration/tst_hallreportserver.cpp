// hallReport over the real server and TLS (PROTOCOL.md §5.31): a supervisor's report of a
// ticket served through the server (who served it comes from the call), the refusals of bad
// arguments with the argument named, and a clerk's counter or a kiosk refused outright.

#include "NetworkFixture.h"

#include <QJsonArray>
#include <QtTest>

using namespace halldesk;
using namespace halldesk::test;

namespace {

QJsonObject reportArgs(const QString &from, const QString &to, const QString &groupBy)
{
    return {{QStringLiteral("from"), from},
            {QStringLiteral("to"), to},
            {QStringLiteral("groupBy"), groupBy}};
}

} // namespace

class TestHallReportServer : public QObject
{
    Q_OBJECT

private slots:
    void supervisorGetsTheDay();
    void refusals_data();
    void refusals();
    void othersAreForbidden_data();
    void othersAreForbidden();
};

void TestHallReportServer::supervisorGetsTheDay()
{
    NetworkFixture fixture(NetworkFixture::ClockKind::Manual, quiet);
    QVERIFY2(fixture.isValid(), qPrintable(fixture.error()));
    auto counter = fixture.raw(TerminalRole::Counter, 1);
    QVERIFY(counter);
    QVERIFY(fixture.signInCounter(*counter, QStringLiteral("S1")));
    QVERIFY(fixture.serveTicket(*counter, QStringLiteral("QA1"), 0, 300));

    auto console = fixture.supervisorConsole();
    QVERIFY(console);
    const QJsonObject answer = console->call(QStringLiteral("hallReport"),
                                             reportArgs("2026-11-30", "2026-11-30", "staff"));
    QVERIFY2(isOk(answer), qPrintable(errorCode(answer)));
    const QJsonArray rows = resultOf(answer).value("rows").toArray();
    QCOMPARE(rows.size(), 1);
    const QJsonObject row = rows.first().toObject();
    QCOMPARE(row.value("key").toString(), QStringLiteral("S1"));
    QCOMPARE(row.value("name").toString(), QStringLiteral("职员1"));
    QCOMPARE(row.value("issued").toInt(), 1);
    QCOMPARE(row.value("served").toInt(), 1);
    QCOMPARE(row.value("averageServiceMs").toDouble(), 300000.0);
    QCOMPARE(row.value("unrated").toInt(), 0);
    QCOMPARE(resultOf(answer).value("totals").toObject().value("served").toInt(), 1);
    QCOMPARE(fixture.requests(QStringLiteral("hallReport"), QStringLiteral("ok")), 1u);
}

void TestHallReportServer::refusals_data()
{
    QTest::addColumn<QJsonObject>("args");
    QTest::addColumn<QString>("detail");
    QTest::newRow("no from") << QJsonObject{{"to", "2026-11-30"}, {"groupBy", "day"}} << "from";
    QTest::newRow("bad from") << reportArgs("2026-13-01", "2026-11-30", "day") << "from";
    QTest::newRow("from not a date") << reportArgs("yesterday", "2026-11-30", "day") << "from";
    QTest::newRow("bad to") << reportArgs("2026-11-01", "2026-11-31", "day") << "to";
    QTest::newRow("to before from") << reportArgs("2026-11-30", "2026-11-29", "day") << "to";
    QTest::newRow("367 days") << reportArgs("2025-11-29", "2026-11-30", "day") << "to";
    QTest::newRow("no groupBy") << QJsonObject{{"from", "2026-11-30"}, {"to", "2026-11-30"}}
                                << "groupBy";
    QTest::newRow("unknown groupBy") << reportArgs("2026-11-30", "2026-11-30", "item") << "groupBy";
    QTest::newRow("groupBy not text")
        << QJsonObject{{"from", "2026-11-30"}, {"to", "2026-11-30"}, {"groupBy", 3}} << "groupBy";
}

void TestHallReportServer::refusals()
{
    QFETCH(QJsonObject, args);
    QFETCH(QString, detail);
    NetworkFixture fixture(NetworkFixture::ClockKind::Manual, quiet);
    QVERIFY2(fixture.isValid(), qPrintable(fixture.error()));
    auto console = fixture.supervisorConsole();
    QVERIFY(console);
    const QJsonObject answer = console->call(QStringLiteral("hallReport"), args);
    QCOMPARE(errorCode(answer), QStringLiteral("bad_request"));
    QCOMPARE(errorDetail(answer), detail);
    // A whole year, leap day and all, is allowed.
    QVERIFY(isOk(console->call(QStringLiteral("hallReport"),
                               reportArgs("2023-12-01", "2024-11-30", "queue"))));
}

void TestHallReportServer::othersAreForbidden_data()
{
    QTest::addColumn<int>("role");
    QTest::addColumn<bool>("signIn");
    QTest::newRow("clerk at a counter") << int(TerminalRole::Counter) << true;
    QTest::newRow("kiosk") << int(TerminalRole::Kiosk) << false;
}

void TestHallReportServer::othersAreForbidden()
{
    QFETCH(int, role);
    QFETCH(bool, signIn);
    NetworkFixture fixture(NetworkFixture::ClockKind::Manual, quiet);
    QVERIFY2(fixture.isValid(), qPrintable(fixture.error()));
    auto terminal = fixture.raw(TerminalRole(role), signIn ? 1 : 0);
    QVERIFY(terminal);
    if (signIn)
        QVERIFY(fixture.signInCounter(*terminal, QStringLiteral("S1")));
    QCOMPARE(errorCode(terminal->call(QStringLiteral("hallReport"),
                                      reportArgs("2026-11-30", "2026-11-30", "day"))),
             QStringLiteral("forbidden"));
}

QTEST_GUILESS_MAIN(TestHallReportServer)
#include "tst_hallreportserver.moc"
