// HallReportTable: a hallReport answer as the texts of the screen, the CSV and the PDF.

#include "supervisor/HallReportTable.h"
#include "supervisor/ReportText.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QtTest>

using namespace halldesk;
using Grouping = ReportRequest::Grouping;

namespace {

QJsonObject figures(const QJsonValue &key, const QString &name, int issued, double wait)
{
    QJsonObject row{
        {QStringLiteral("issued"), issued},
        {QStringLiteral("served"), issued - 1},
        {QStringLiteral("noShows"), 1},
        {QStringLiteral("cancelled"), 0},
        {QStringLiteral("averageWaitMs"), wait},
        {QStringLiteral("maxWaitMs"), wait * 2},
        {QStringLiteral("averageServiceMs"), QJsonValue::Null},
        {QStringLiteral("counts"), QJsonObject{{QStringLiteral("very_satisfied"), 3},
                                               {QStringLiteral("dissatisfied"), 1},
                                               {QStringLiteral("very_dissatisfied"), 1}}},
        {QStringLiteral("rated"), 5},
        {QStringLiteral("satisfactionRate"), 0.6}};
    if (!key.isUndefined())
        row.insert(QStringLiteral("key"), key);
    if (!name.isNull())
        row.insert(QStringLiteral("name"), name);
    return row;
}

} // namespace

class TestHallReportTable : public QObject
{
    Q_OBJECT

private slots:
    void keysInWords_data();
    void keysInWords();
    void figuresAndTotals();
    void notAReportEmptiesTheTable();
    void textsOfTimesAndRates_data();
    void textsOfTimesAndRates();
};

void TestHallReportTable::keysInWords_data()
{
    QTest::addColumn<int>("grouping");
    QTest::addColumn<QJsonValue>("key");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("text");
    QTest::newRow("day") << int(Grouping::Day) << QJsonValue(QStringLiteral("2026-11-30"))
                         << QString() << QStringLiteral("2026-11-30");
    QTest::newRow("area") << int(Grouping::Area) << QJsonValue(QStringLiteral("A"))
                          << QStringLiteral("综合受理") << QStringLiteral("综合受理");
    QTest::newRow("queue without a name")
        << int(Grouping::Queue) << QJsonValue(QStringLiteral("QX")) << QString()
        << QStringLiteral("QX");
    QTest::newRow("window") << int(Grouping::Window) << QJsonValue(12) << QStringLiteral("综合12")
                            << QStringLiteral("Window 12 (综合12)");
    QTest::newRow("window named by its number")
        << int(Grouping::Window) << QJsonValue(3) << QStringLiteral("Window 3")
        << QStringLiteral("Window 3");
    QTest::newRow("window 0: never called")
        << int(Grouping::Window) << QJsonValue(0) << QString() << QStringLiteral("Not called");
    QTest::newRow("staff") << int(Grouping::Staff) << QJsonValue(QStringLiteral("HD0012"))
                           << QStringLiteral("黄诗涵") << QStringLiteral("黄诗涵 (HD0012)");
    QTest::newRow("staff \"\": never called") << int(Grouping::Staff) << QJsonValue(QString())
                                              << QString() << QStringLiteral("Not called");
}

void TestHallReportTable::keysInWords()
{
    QFETCH(int, grouping);
    QFETCH(QJsonValue, key);
    QFETCH(QString, name);
    QFETCH(QString, text);
    HallReportTable table;
    const ReportRequest request{QDate(2026, 11, 1), QDate(2026, 11, 30), Grouping(grouping)};
    QVERIFY(table.setReport(request,
                            {{QStringLiteral("rows"), QJsonArray{figures(key, name, 4, 60000)}},
                             {QStringLiteral("totals"), figures({}, {}, 4, 60000)}}));
    QCOMPARE(table.index(0, HallReportTable::Key).data().toString(), text);
    QCOMPARE(table.headerData(HallReportTable::Key, Qt::Horizontal).toString(),
             ReportRequest::keyHeading(Grouping(grouping)));
}

void TestHallReportTable::figuresAndTotals()
{
    HallReportTable table;
    QSignalSpy reset(&table, &QAbstractItemModel::modelReset);
    const ReportRequest request{QDate(2026, 10, 1), QDate(2026, 12, 31), Grouping::Queue};
    const QJsonObject result{
        {QStringLiteral("rows"),
         QJsonArray{figures(QStringLiteral("QA1"), QStringLiteral("个人综合受理"), 10, 90000),
                    figures(QStringLiteral("QB1"), QStringLiteral("户籍业务"), 3, 30000)}},
        {QStringLiteral("totals"), figures({}, {}, 13, 75000)}};
    QVERIFY(table.setReport(request, result));
    QCOMPARE(reset.count(), 1);
    QCOMPARE(table.rowCount(), 3);
    QCOMPARE(table.keyRows(), 2);
    QCOMPARE(table.columnCount(), int(HallReportTable::ColumnCount));
    const QList<QStringList> texts = table.texts();
    QCOMPARE(texts.size(), 3);
    QCOMPARE(texts[0],
             (QStringList{QStringLiteral("个人综合受理"), QStringLiteral("10"), QStringLiteral("9"),
                          QStringLiteral("1"), QStringLiteral("0"), QStringLiteral("1.5"),
                          QStringLiteral("3.0"), QStringLiteral("—"), QStringLiteral("5"),
                          QStringLiteral("2"), QStringLiteral("60.0%")}));
    QCOMPARE(texts[2].constFirst(), QStringLiteral("Total"));
    QCOMPARE(texts[2][HallReportTable::Issued], QStringLiteral("13"));
    QCOMPARE(texts[2][HallReportTable::AverageWait], QStringLiteral("1.3"));
    QVERIFY(table.index(2, 0).data(HallReportTable::TotalsRole).toBool());
    QVERIFY(!table.index(1, 0).data(HallReportTable::TotalsRole).toBool());
    QCOMPARE(table.index(0, HallReportTable::Issued).data(Qt::TextAlignmentRole).toInt() &
                 Qt::AlignRight,
             int(Qt::AlignRight));
    QCOMPARE(table.headings().size(), int(HallReportTable::ColumnCount));
    QCOMPARE(table.title(), QStringLiteral("Hall statistics 2026-10-01 to 2026-12-31 (By queue)"));
}

void TestHallReportTable::notAReportEmptiesTheTable()
{
    HallReportTable table;
    const ReportRequest request{QDate(2026, 11, 1), QDate(2026, 11, 30), Grouping::Day};
    QVERIFY(table.setReport(request, {{QStringLiteral("rows"), QJsonArray{}},
                                      {QStringLiteral("totals"), figures({}, {}, 0, 0)}}));
    QCOMPARE(table.rowCount(), 1); // the totals of an empty range
    QVERIFY(!table.setReport(request, {{QStringLiteral("rows"), QStringLiteral("nope")}}));
    QVERIFY(!table.hasReport());
    QCOMPARE(table.rowCount(), 0);
    QVERIFY(table.texts().isEmpty());
}

void TestHallReportTable::textsOfTimesAndRates_data()
{
    QTest::addColumn<QJsonValue>("ms");
    QTest::addColumn<QString>("minutes");
    QTest::newRow("none") << QJsonValue(QJsonValue::Null) << QStringLiteral("—");
    QTest::newRow("zero") << QJsonValue(0) << QStringLiteral("0.0");
    QTest::newRow("half a minute") << QJsonValue(30000) << QStringLiteral("0.5");
    QTest::newRow("an hour and a bit") << QJsonValue(3'627'000) << QStringLiteral("60.5");
}

void TestHallReportTable::textsOfTimesAndRates()
{
    QFETCH(QJsonValue, ms);
    QFETCH(QString, minutes);
    QCOMPARE(HallReportTable::minutesText(ms), minutes);
    QCOMPARE(ReportText::rate(QJsonValue::Null), QStringLiteral("—"));
    QCOMPARE(ReportText::rate(1.0), QStringLiteral("100.0%"));
    QCOMPARE(ReportText::rate(0.66666), QStringLiteral("66.7%"));
}

QTEST_GUILESS_MAIN(TestHallReportTable)
#include "tst_hallreporttable.moc"
