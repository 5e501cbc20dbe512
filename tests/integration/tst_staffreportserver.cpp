// hallCharts, staffAttendance and serviceRanking over the real server and TLS (PROTOCOL.md
// §5.32–§5.34): a supervisor's figures of a counter that signed in, paused and served through
// the server; the ranking's criteria as the server's settings give them; the refusals of bad
// arguments with the argument named; a clerk's counter refused outright.

#include "NetworkFixture.h"

#include <QJsonArray>
#include <QtTest>

using namespace halldesk;
using namespace halldesk::test;

class TestStaffReportServer : public QObject
{
    Q_OBJECT

private slots:
    void supervisorSeesTheCounter();
    void rankingUsesTheSettings();
    void refusals_data();
    void refusals();
    void counterIsForbidden_data();
    void counterIsForbidden();
};

void TestStaffReportServer::supervisorSeesTheCounter()
{
    NetworkFixture fixture(NetworkFixture::ClockKind::Manual, quiet);
    QVERIFY2(fixture.isValid(), qPrintable(fixture.error()));
    auto counter = fixture.raw(TerminalRole::Counter, 1);
    QVERIFY(counter);
    QVERIFY(fixture.signInCounter(*counter, QStringLiteral("S1")));
    QVERIFY(fixture.serveTicket(*counter, QStringLiteral("QA1"), 420, 300));
    QVERIFY(isOk(counter->change(QStringLiteral("pause"), {{QStringLiteral("reason"), "午休"}})));
    fixture.manualClock().advanceSecs(600);

    auto console = fixture.supervisorConsole();
    QVERIFY(console);
    // Today by default.
    const QJsonObject charts = console->call(QStringLiteral("hallCharts"));
    QVERIFY2(isOk(charts), qPrintable(errorCode(charts)));
    QCOMPARE(resultOf(charts).value("day").toString(), QStringLiteral("2026-11-30"));
    const QJsonObject nine = resultOf(charts).value("hours").toArray().at(9).toObject();
    QCOMPARE(nine.value("issued").toInt(), 1);
    QCOMPARE(nine.value("served").toInt(), 1);
    // Seven minutes: the 5–10 bucket.
    QCOMPARE(resultOf(charts).value("waits").toArray().at(1).toObject().value("count").toInt(), 1);

    const QJsonObject attendance = console->call(QStringLiteral("staffAttendance"),
                                                 {{"from", "2026-11-30"}, {"to", "2026-11-30"}});
    QVERIFY2(isOk(attendance), qPrintable(errorCode(attendance)));
    const QJsonArray rows = resultOf(attendance).value("rows").toArray();
    QCOMPARE(rows.size(), 1);
    const QJsonObject row = rows.first().toObject();
    QCOMPARE(row.value("staffNo").toString(), QStringLiteral("S1"));
    QCOMPARE(row.value("served").toInt(), 1);
    QCOMPARE(row.value("averageServiceMs").toDouble(), 300000.0);
    QVERIFY(row.value("signedInNow").toBool());
    // Counted up to the server's clock: the pause is 10 minutes old.
    const QJsonObject pauses = row.value("pauses").toObject();
    QCOMPARE(pauses.value("count").toInt(), 1);
    QCOMPARE(pauses.value("totalMs").toDouble(), 600000.0);
    QCOMPARE(pauses.value("reasons").toArray().first().toObject().value("reason").toString(),
             QStringLiteral("午休"));
    QVERIFY(row.value("signedInMs").toDouble() >= 1320000.0);
    QCOMPARE(fixture.requests(QStringLiteral("staffAttendance"), QStringLiteral("ok")), 1u);
}

void TestStaffReportServer::rankingUsesTheSettings()
{
    NetworkFixture fixture(NetworkFixture::ClockKind::Manual, [](ServerSettings &settings) {
        quiet(settings);
        settings.ranking.minServed = 1;
        settings.ranking.minRatings = 0;
        settings.ranking.attendanceWeight = 0;
    });
    QVERIFY2(fixture.isValid(), qPrintable(fixture.error()));
    auto counter = fixture.raw(TerminalRole::Counter, 1);
    QVERIFY(counter);
    QVERIFY(fixture.signInCounter(*counter, QStringLiteral("S1")));
    QVERIFY(fixture.serveTicket(*counter, QStringLiteral("QA1"), 0, 60));
    auto console = fixture.supervisorConsole();
    QVERIFY(console);
    const QJsonObject answer =
        console->call(QStringLiteral("serviceRanking"), {{"year", 2026}, {"quarter", 4}});
    QVERIFY2(isOk(answer), qPrintable(errorCode(answer)));
    const QJsonObject result = resultOf(answer);
    const QJsonObject criteria = result.value("criteria").toObject();
    QCOMPARE(criteria.value("minServed").toInt(), 1);
    QCOMPARE(criteria.value("attendanceWeight").toInt(), 0);
    QCOMPARE(criteria.value("openFollowUps").toString(), QStringLiteral("disqualify"));
    // 2026-10-01 to 2026-11-30 (today) in the hall's calendar: 61 days, of them 39 working
    // days (the National Day holiday off, Saturday 10/10 worked).
    QCOMPARE(result.value("workingDays").toInt(), 39);
    const QJsonArray windows = result.value("windows").toArray();
    QCOMPARE(windows.size(), 1);
    QCOMPARE(windows.first().toObject().value("key").toInt(), 1);
    // Served, and the best of one in service time; nobody rated: satisfaction 0.
    QCOMPARE(windows.first().toObject().value("score").toDouble(), 50.0);
    QCOMPARE(result.value("staff").toArray().first().toObject().value("key").toString(),
             QStringLiteral("S1"));
}

void TestStaffReportServer::refusals_data()
{
    QTest::addColumn<QString>("op");
    QTest::addColumn<QJsonObject>("args");
    QTest::addColumn<QString>("detail");
    QTest::newRow("charts: bad day") << "hallCharts" << QJsonObject{{"day", "2026-02-30"}} << "day";
    QTest::newRow("charts: day not text")
        << "hallCharts" << QJsonObject{{"day", 20261130}} << "day";
    QTest::newRow("attendance: no from")
        << "staffAttendance" << QJsonObject{{"to", "2026-11-30"}} << "from";
    QTest::newRow("attendance: to before from")
        << "staffAttendance" << QJsonObject{{"from", "2026-11-30"}, {"to", "2026-11-29"}} << "to";
    QTest::newRow("attendance: 93 days")
        << "staffAttendance" << QJsonObject{{"from", "2026-08-30"}, {"to", "2026-11-30"}} << "to";
    QTest::newRow("ranking: no year") << "serviceRanking" << QJsonObject{{"quarter", 1}} << "year";
    QTest::newRow("ranking: quarter 5")
        << "serviceRanking" << QJsonObject{{"year", 2026}, {"quarter", 5}} << "quarter";
    QTest::newRow("ranking: quarter as text")
        << "serviceRanking" << QJsonObject{{"year", 2026}, {"quarter", "Q1"}} << "quarter";
}

void TestStaffReportServer::refusals()
{
    QFETCH(QString, op);
    QFETCH(QJsonObject, args);
    QFETCH(QString, detail);
    NetworkFixture fixture(NetworkFixture::ClockKind::Manual, quiet);
    QVERIFY2(fixture.isValid(), qPrintable(fixture.error()));
    auto console = fixture.supervisorConsole();
    QVERIFY(console);
    const QJsonObject answer = console->call(op, args);
    QCOMPARE(errorCode(answer), QStringLiteral("bad_request"));
    QCOMPARE(errorDetail(answer), detail);
}

void TestStaffReportServer::counterIsForbidden_data()
{
    QTest::addColumn<QString>("op");
    QTest::newRow("hallCharts") << "hallCharts";
    QTest::newRow("staffAttendance") << "staffAttendance";
    QTest::newRow("serviceRanking") << "serviceRanking";
}

void TestStaffReportServer::counterIsForbidden()
{
    QFETCH(QString, op);
    NetworkFixture fixture(NetworkFixture::ClockKind::Manual, quiet);
    QVERIFY2(fixture.isValid(), qPrintable(fixture.error()));
    auto counter = fixture.raw(TerminalRole::Counter, 1);
    QVERIFY(counter);
    QVERIFY(fixture.signInCounter(*counter, QStringLiteral("S1")));
    QCOMPARE(errorCode(counter->call(op, {{"year", 2026}, {"quarter", 4}})),
             QStringLiteral("forbidden"));
}

QTEST_GUILESS_MAIN(TestStaffReportServer)
#include "tst_staffreportserver.moc"
