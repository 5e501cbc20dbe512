// The supervisor console's models of the charts, attendance and ranking answers (PROTOCOL.md
// §5.32–§5.34): what they take from an answer, what they leave out, and how they write it.

#include "supervisor/AttendanceTableModel.h"
#include "supervisor/ChartFigures.h"
#include "supervisor/RankingTableModel.h"
#include "supervisor/ReportText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace halldesk;

namespace {

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

// 2026-11-30 08:30 and 17:30 in the hall (UTC+8).
constexpr qint64 HalfPastEight = 1796085000000;
constexpr qint64 HalfPastFive = HalfPastEight + 9 * 3600000;

QJsonObject chartsAnswer(int firstBusyHour, int lastBusyHour)
{
    QJsonArray hours;
    for (int h = 0; h < 24; ++h)
        hours.append(QJsonObject{{"hour", h},
                                 {"issued", h == firstBusyHour ? 3 : 0},
                                 {"served", h == lastBusyHour ? 2 : 0}});
    return {
        {"day", "2026-11-30"},
        {"hours", hours},
        {"waits",
         QJsonArray{QJsonObject{{"fromMinutes", 0}, {"toMinutes", 5}, {"count", 2}},
                    QJsonObject{{"fromMinutes", 60}, {"toMinutes", QJsonValue()}, {"count", 1}}}},
        {"areas", QJsonArray{QJsonObject{{"key", "a"},
                                         {"name", "综合"},
                                         {"rated", 4},
                                         {"unrated", 1},
                                         {"satisfactionRate", 0.75}},
                             QJsonObject{{"key", "b"},
                                         {"name", "公安"},
                                         {"rated", 0},
                                         {"unrated", 0},
                                         {"satisfactionRate", QJsonValue()}}}}};
}

QJsonObject attendanceRow()
{
    return {{"staffNo", "S1"},
            {"name", "职员1"},
            {"day", "2026-11-30"},
            {"windows", QJsonArray{1, 3}},
            {"firstSignInMs", HalfPastEight},
            {"lastSignOutMs", HalfPastFive},
            {"signedInMs", 9 * 3600000},
            {"signedInNow", false},
            {"pauses",
             QJsonObject{
                 {"count", 2},
                 {"totalMs", 90 * 60000},
                 {"reasons",
                  QJsonArray{QJsonObject{{"reason", "午休"}, {"count", 1}, {"totalMs", 60 * 60000}},
                             QJsonObject{{"reason", ""}, {"count", 1}, {"totalMs", 30 * 60000}}}}}},
            {"served", 12},
            {"averageServiceMs", 270000},
            {"rated", 4},
            {"satisfactionRate", 0.75}};
}

} // namespace

class TestReportModels : public QObject
{
    Q_OBJECT

private slots:
    void chartsAnswer_data();
    void chartsAnswer();
    void notAChartsAnswer_data();
    void notAChartsAnswer();
    void waitLabels_data();
    void waitLabels();
    void reportText_data();
    void reportText();
    void attendanceColumns_data();
    void attendanceColumns();
    void attendanceStillOnDuty();
    void rankingLists_data();
    void rankingLists();
    void criteriaSummary();
};

void TestReportModels::chartsAnswer_data()
{
    QTest::addColumn<int>("firstBusy");
    QTest::addColumn<int>("lastBusy");
    QTest::addColumn<int>("firstShown");
    QTest::addColumn<int>("lastShown");
    QTest::newRow("within opening hours") << 9 << 16 << 8 << 17;
    QTest::newRow("early tickets") << 7 << 12 << 7 << 17;
    QTest::newRow("late service") << 10 << 20 << 8 << 20;
}

void TestReportModels::chartsAnswer()
{
    QFETCH(int, firstBusy);
    QFETCH(int, lastBusy);
    QFETCH(int, firstShown);
    QFETCH(int, lastShown);
    const auto figures = ChartFigures::fromJson(::chartsAnswer(firstBusy, lastBusy));
    QVERIFY(figures);
    QCOMPARE(figures->day, QDate(2026, 11, 30));
    QCOMPARE(figures->hours.size(), 24);
    QCOMPARE(figures->issuedTotal(), 3);
    QCOMPARE(figures->servedTotal(), 2);
    QVERIFY(!figures->isEmpty());
    const QList<ChartFigures::Hour> shown = figures->shownHours();
    QCOMPARE(shown.first().hour, firstShown);
    QCOMPARE(shown.last().hour, lastShown);
    QCOMPARE(shown.size(), lastShown - firstShown + 1);
    QCOMPARE(figures->waits.size(), 2);
    QCOMPARE(figures->waits.last().toMinutes, -1);
    QCOMPARE(figures->areas.size(), 2);
    QCOMPARE(figures->areas.first().satisfactionRate, std::optional<double>(0.75));
    QCOMPARE(figures->areas.last().satisfactionRate, std::nullopt);
    QCOMPARE(figures->areas.last().name, QStringLiteral("公安"));
}

void TestReportModels::notAChartsAnswer_data()
{
    QTest::addColumn<QJsonObject>("answer");
    QJsonObject noHours = ::chartsAnswer(9, 9);
    noHours.remove("hours");
    QJsonObject noDay = ::chartsAnswer(9, 9);
    noDay.insert("day", "yesterday");
    QTest::newRow("no hours") << noHours;
    QTest::newRow("no day") << noDay;
    QTest::newRow("a report") << json(R"({"rows": [], "totals": {}})");
}

void TestReportModels::notAChartsAnswer()
{
    QFETCH(QJsonObject, answer);
    QVERIFY(!ChartFigures::fromJson(answer));
}

void TestReportModels::waitLabels_data()
{
    QTest::addColumn<int>("from");
    QTest::addColumn<int>("to");
    QTest::addColumn<QString>("label");
    QTest::newRow("first") << 0 << 5 << "0–5";
    QTest::newRow("middle") << 20 << 30 << "20–30";
    QTest::newRow("last") << 60 << -1 << "≥ 60";
}

void TestReportModels::waitLabels()
{
    QFETCH(int, from);
    QFETCH(int, to);
    QFETCH(QString, label);
    QCOMPARE(ChartFigures::waitLabel({from, to, 0}), label);
}

void TestReportModels::reportText_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("text");
    QTest::newRow("duration") << "duration" << QJsonValue(7 * 3600000 + 5 * 60000) << "7 h 05 min";
    QTest::newRow("short duration") << "duration" << QJsonValue(25 * 60000 + 20000) << "25 min";
    QTest::newRow("no duration") << "duration" << QJsonValue() << "—";
    QTest::newRow("service time") << "service" << QJsonValue(270000) << "4 min 30 s";
    QTest::newRow("clock") << "clock" << QJsonValue(double(HalfPastEight)) << "08:30";
    QTest::newRow("rate") << "rate" << QJsonValue(0.9654) << "96.5%";
    QTest::newRow("no rate") << "rate" << QJsonValue() << "—";
}

void TestReportModels::reportText()
{
    QFETCH(QString, kind);
    QFETCH(QJsonValue, value);
    QFETCH(QString, text);
    const QString written = kind == "duration"  ? ReportText::duration(value)
                            : kind == "service" ? ReportText::serviceTime(value)
                            : kind == "clock"   ? ReportText::clockTime(value)
                                                : ReportText::rate(value);
    QCOMPARE(written, text);
}

void TestReportModels::attendanceColumns_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("text");
    QTest::newRow("day") << int(AttendanceTableModel::DayColumn) << "2026-11-30";
    QTest::newRow("name") << int(AttendanceTableModel::NameColumn) << "职员1";
    QTest::newRow("windows") << int(AttendanceTableModel::WindowsColumn) << "1, 3";
    QTest::newRow("sign in") << int(AttendanceTableModel::SignInColumn) << "08:30";
    QTest::newRow("sign out") << int(AttendanceTableModel::SignOutColumn) << "17:30";
    QTest::newRow("on duty") << int(AttendanceTableModel::SignedInColumn) << "9 h 00 min";
    QTest::newRow("breaks") << int(AttendanceTableModel::PausesColumn) << "2 time(s), 1 h 30 min";
    QTest::newRow("reasons") << int(AttendanceTableModel::ReasonsColumn)
                             << "午休 1 h 00 min; (no reason) 30 min";
    QTest::newRow("served") << int(AttendanceTableModel::ServedColumn) << "12";
    QTest::newRow("average") << int(AttendanceTableModel::AverageServiceColumn) << "4 min 30 s";
    QTest::newRow("satisfaction") << int(AttendanceTableModel::SatisfactionColumn) << "75.0%";
}

void TestReportModels::attendanceColumns()
{
    QFETCH(int, column);
    QFETCH(QString, text);
    AttendanceTableModel model;
    model.setAnswer({{"rows", QJsonArray{attendanceRow()}}});
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.columnCount(), int(AttendanceTableModel::ColumnCount));
    QCOMPARE(model.rowOf("S1", "2026-11-30"), 0);
    QCOMPARE(model.rowOf("S1", "2026-11-29"), -1);
    QCOMPARE(model.data(model.index(0, column)).toString(), text);
    QVERIFY(!model.headerData(column, Qt::Horizontal).toString().isEmpty());
}

void TestReportModels::attendanceStillOnDuty()
{
    QJsonObject row = attendanceRow();
    row.insert("signedInNow", true);
    row.insert("lastSignOutMs", QJsonValue());
    row.insert("pauses", QJsonObject{{"count", 0}, {"totalMs", 0}, {"reasons", QJsonArray()}});
    row.insert("averageServiceMs", QJsonValue());
    AttendanceTableModel model;
    model.setAnswer({{"rows", QJsonArray{row}}});
    QCOMPARE(model.data(model.index(0, AttendanceTableModel::SignOutColumn)).toString(),
             QStringLiteral("on duty"));
    QCOMPARE(model.data(model.index(0, AttendanceTableModel::PausesColumn)).toString(),
             QStringLiteral("—"));
    QCOMPARE(model.data(model.index(0, AttendanceTableModel::AverageServiceColumn)).toString(),
             QStringLiteral("—"));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestReportModels::rankingLists_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QStringList>("keys");
    QTest::addColumn<QString>("keyHeader");
    QTest::newRow("windows") << int(RankingTableModel::Kind::Windows) << QStringList{"12", "3"}
                             << "Window";
    QTest::newRow("staff") << int(RankingTableModel::Kind::Staff) << QStringList{"HD0012"}
                           << "Staff no.";
}

void TestReportModels::rankingLists()
{
    QFETCH(int, kind);
    QFETCH(QStringList, keys);
    QFETCH(QString, keyHeader);
    const QJsonObject answer = json(R"({"windows": [
        {"rank": 1, "key": 12, "name": "12号窗口", "score": 93.4, "satisfactionRate": 0.97,
         "rated": 901, "served": 2210, "averageServiceMs": 281000, "daysPresent": 39},
        {"rank": 2, "key": 3, "name": "3号窗口", "score": 90, "satisfactionRate": 0.95,
         "rated": 800, "served": 2000, "averageServiceMs": 300000, "daysPresent": 38}],
        "staff": [{"rank": 1, "key": "HD0012", "name": "张三", "score": 91.25,
         "satisfactionRate": 1, "rated": 30, "served": 100, "averageServiceMs": null,
         "daysPresent": 20}]})");
    RankingTableModel model{RankingTableModel::Kind(kind)};
    model.setAnswer(answer);
    QStringList found;
    for (int row = 0; row < model.rowCount(); ++row)
        found << model.data(model.index(row, RankingTableModel::KeyColumn)).toString();
    QCOMPARE(found, keys);
    QCOMPARE(model.headerData(RankingTableModel::KeyColumn, Qt::Horizontal).toString(), keyHeader);
    QCOMPARE(model.data(model.index(0, RankingTableModel::RankColumn)).toInt(), 1);
    const QString score = model.data(model.index(0, RankingTableModel::ScoreColumn)).toString();
    QCOMPARE(score, kind == int(RankingTableModel::Kind::Windows) ? QStringLiteral("93.40")
                                                                  : QStringLiteral("91.25"));
}

void TestReportModels::criteriaSummary()
{
    const QString text = RankingTableModel::criteriaSummary(json(
        R"({"workingDays": 61, "criteria": {"satisfactionWeight": 45, "servedWeight": 25,
            "serviceTimeWeight": 15, "attendanceWeight": 15, "minServed": 120,
            "minRatings": 35}})"));
    for (const char *figure : {"45", "25", "15", "120", "35", "61"})
        QVERIFY2(text.contains(QLatin1String(figure)), figure);
}

QTEST_GUILESS_MAIN(TestReportModels)
#include "tst_reportmodels.moc"
