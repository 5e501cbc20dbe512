// ReportRequest: what the reports page sends as `hallReport`, checked before it goes.

#include "supervisor/ReportRequest.h"

#include <QtTest>

using namespace halldesk;
using Grouping = ReportRequest::Grouping;

class TestReportRequest : public QObject
{
    Q_OBJECT

private slots:
    void problems_data();
    void problems();
    void args_data();
    void args();
    void presets_data();
    void presets();
};

void TestReportRequest::problems_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("one day") << QDate(2026, 12, 7) << QDate(2026, 12, 7) << true;
    QTest::newRow("a quarter") << QDate(2026, 10, 1) << QDate(2026, 12, 31) << true;
    QTest::newRow("a leap year, 366 days") << QDate(2028, 1, 1) << QDate(2028, 12, 31) << true;
    QTest::newRow("367 days") << QDate(2028, 1, 1) << QDate(2029, 1, 1) << false;
    QTest::newRow("backwards") << QDate(2026, 12, 7) << QDate(2026, 12, 6) << false;
    QTest::newRow("no first day") << QDate() << QDate(2026, 12, 6) << false;
    QTest::newRow("no last day") << QDate(2026, 12, 6) << QDate() << false;
}

void TestReportRequest::problems()
{
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(bool, accepted);
    const ReportRequest request{from, to, Grouping::Queue};
    QCOMPARE(request.problem().isEmpty(), accepted);
}

void TestReportRequest::args_data()
{
    QTest::addColumn<int>("grouping");
    QTest::addColumn<QString>("name");
    QTest::newRow("day") << int(Grouping::Day) << QStringLiteral("day");
    QTest::newRow("area") << int(Grouping::Area) << QStringLiteral("area");
    QTest::newRow("queue") << int(Grouping::Queue) << QStringLiteral("queue");
    QTest::newRow("window") << int(Grouping::Window) << QStringLiteral("window");
    QTest::newRow("staff") << int(Grouping::Staff) << QStringLiteral("staff");
}

void TestReportRequest::args()
{
    QFETCH(int, grouping);
    QFETCH(QString, name);
    const ReportRequest request{QDate(2026, 9, 1), QDate(2026, 11, 30), Grouping(grouping)};
    const QJsonObject expected{{QStringLiteral("from"), QStringLiteral("2026-09-01")},
                               {QStringLiteral("to"), QStringLiteral("2026-11-30")},
                               {QStringLiteral("groupBy"), name}};
    QCOMPARE(request.args(), expected);
    QVERIFY(!ReportRequest::groupingName(Grouping(grouping)).isEmpty());
    QVERIFY(!ReportRequest::keyHeading(Grouping(grouping)).isEmpty());
}

void TestReportRequest::presets_data()
{
    QTest::addColumn<QDate>("day");
    QTest::addColumn<QDate>("quarterFrom");
    QTest::addColumn<QDate>("quarterTo");
    QTest::addColumn<QDate>("previousFrom");
    QTest::addColumn<QDate>("previousTo");
    QTest::addColumn<QDate>("monthTo");
    QTest::newRow("december") << QDate(2026, 12, 7) << QDate(2026, 10, 1) << QDate(2026, 12, 31)
                              << QDate(2026, 7, 1) << QDate(2026, 9, 30) << QDate(2026, 12, 31);
    QTest::newRow("january, last quarter in the year before")
        << QDate(2027, 1, 1) << QDate(2027, 1, 1) << QDate(2027, 3, 31) << QDate(2026, 10, 1)
        << QDate(2026, 12, 31) << QDate(2027, 1, 31);
    QTest::newRow("february of a leap year")
        << QDate(2028, 2, 29) << QDate(2028, 1, 1) << QDate(2028, 3, 31) << QDate(2027, 10, 1)
        << QDate(2027, 12, 31) << QDate(2028, 2, 29);
    QTest::newRow("end of june") << QDate(2026, 6, 30) << QDate(2026, 4, 1) << QDate(2026, 6, 30)
                                 << QDate(2026, 1, 1) << QDate(2026, 3, 31) << QDate(2026, 6, 30);
}

void TestReportRequest::presets()
{
    QFETCH(QDate, day);
    QFETCH(QDate, quarterFrom);
    QFETCH(QDate, quarterTo);
    QFETCH(QDate, previousFrom);
    QFETCH(QDate, previousTo);
    QFETCH(QDate, monthTo);
    const ReportRequest quarter = ReportRequest::quarterOf(day, Grouping::Staff);
    QCOMPARE(quarter.from, quarterFrom);
    QCOMPARE(quarter.to, quarterTo);
    QCOMPARE(quarter.groupBy, Grouping::Staff);
    const ReportRequest previous = ReportRequest::previousQuarter(day, Grouping::Area);
    QCOMPARE(previous.from, previousFrom);
    QCOMPARE(previous.to, previousTo);
    const ReportRequest month = ReportRequest::monthOf(day, Grouping::Day);
    QCOMPARE(month.from, QDate(day.year(), day.month(), 1));
    QCOMPARE(month.to, monthTo);
    for (const ReportRequest &r : {quarter, previous, month})
        QVERIFY(r.problem().isEmpty());
}

QTEST_GUILESS_MAIN(TestReportRequest)
#include "tst_reportrequest.moc"
