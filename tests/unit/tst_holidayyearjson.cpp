#include "calendar/HolidayYearJson.h"

#include <QFile>
#include <QJsonArray>
#include <QTest>

using halldesk::DayRange;
using halldesk::Holiday;
using halldesk::HolidayYear;
using halldesk::HolidayYearJson;

namespace {

QByteArray shippedFile(int year)
{
    QFile file(QStringLiteral(":/halldesk/calendar/cn-%1.json").arg(year));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

// A 2026 file around the given holiday entries.
QByteArray year2026(const QByteArray &holidays)
{
    return R"({"year": 2026, "notice": "通知", "holidays": [)" + holidays + "]}";
}

} // namespace

class TestHolidayYearJson : public QObject
{
    Q_OBJECT

private slots:
    void shippedFiles_data();
    void shippedFiles();
    void roundTrip();
    void singleDayIsWrittenAsOneDate();
    void accepted_data();
    void accepted();
    void refused_data();
    void refused();
    void wrongExpectedYear();
    void brokenJson();
    void nullErrorPointer();
};

void TestHolidayYearJson::shippedFiles_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("holidays");
    QTest::addColumn<QString>("document");

    QTest::newRow("2025") << 2025 << 6 << QStringLiteral("国办发明电〔2024〕12号");
    QTest::newRow("2026") << 2026 << 7 << QString();
}

void TestHolidayYearJson::shippedFiles()
{
    QFETCH(int, year);
    QFETCH(int, holidays);
    QFETCH(QString, document);

    QString error;
    const auto parsed = HolidayYearJson::parse(shippedFile(year), year, &error);
    QVERIFY2(parsed, qPrintable(error));
    QCOMPARE(parsed->year(), year);
    QCOMPARE(parsed->notice(),
             QStringLiteral("国务院办公厅关于%1年部分节假日安排的通知").arg(year));
    QCOMPARE(parsed->document(), document);
    QCOMPARE(parsed->holidays().size(), holidays);
    QCOMPARE(parsed->holidays().first().name, QStringLiteral("元旦"));
}

void TestHolidayYearJson::roundTrip()
{
    for (int year : {2025, 2026}) {
        const auto parsed = HolidayYearJson::parse(shippedFile(year), nullptr);
        QVERIFY(parsed);
        const auto again = HolidayYearJson::parse(HolidayYearJson::toJson(*parsed), nullptr);
        QVERIFY(again);
        QCOMPARE(*again, *parsed);
    }

    const HolidayYear built(2027, QStringLiteral("测试通知"), QStringLiteral("测试〔2026〕1号"),
                            {Holiday{QStringLiteral("元旦"),
                                     {DayRange{QDate(2027, 1, 1), QDate(2027, 1, 1)}},
                                     {QDate(2026, 12, 26)}},
                             Holiday{QStringLiteral("春节"),
                                     {DayRange{QDate(2027, 2, 6), QDate(2027, 2, 9)},
                                      DayRange{QDate(2027, 2, 11), QDate(2027, 2, 12)}},
                                     {QDate(2027, 2, 20), QDate(2027, 2, 21)}}});
    QString error;
    const auto parsed = HolidayYearJson::parse(HolidayYearJson::toJson(built), &error);
    QVERIFY2(parsed, qPrintable(error));
    QCOMPARE(*parsed, built);
}

void TestHolidayYearJson::singleDayIsWrittenAsOneDate()
{
    const auto parsed = HolidayYearJson::parse(shippedFile(2025), nullptr);
    QVERIFY(parsed);
    const QJsonArray holidays =
        HolidayYearJson::toJsonObject(*parsed).value(QLatin1String("holidays")).toArray();
    const QJsonObject newYear = holidays.at(0).toObject();
    QCOMPARE(newYear.value(QLatin1String("off")).toArray().at(0).toString(),
             QStringLiteral("2025-01-01"));
    QVERIFY(!newYear.contains(QLatin1String("workdays")));
    const QJsonArray springOff =
        holidays.at(1).toObject().value(QLatin1String("off")).toArray().at(0).toArray();
    QCOMPARE(springOff, (QJsonArray{QStringLiteral("2025-01-28"), QStringLiteral("2025-02-04")}));
}

void TestHolidayYearJson::accepted_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QDate>("dayOff");
    QTest::addColumn<QDate>("makeUpWorkday");

    QTest::newRow("day off on a weekend")
        << year2026(R"({"name": "元旦", "off": [["2026-01-03", "2026-01-04"]]})")
        << QDate(2026, 1, 3) << QDate();
    QTest::newRow("single day off, no workdays key")
        << year2026(R"({"name": "元旦", "off": ["2026-01-01"]})") << QDate(2026, 1, 1) << QDate();
    QTest::newRow("make-up Sat in the December before")
        << year2026(R"({"name": "元旦", "off": ["2026-01-01"], "workdays": ["2025-12-27"]})")
        << QDate(2026, 1, 1) << QDate(2025, 12, 27);
    QTest::newRow("make-up Sat in the January after")
        << year2026(R"({"name": "元旦", "off": ["2026-12-31"], "workdays": ["2027-01-09"]})")
        << QDate(2026, 12, 31) << QDate(2027, 1, 9);
    QTest::newRow("make-up Sun on the last day allowed")
        << year2026(R"({"name": "元旦", "off": ["2026-12-31"], "workdays": ["2027-01-31"]})")
        << QDate(2026, 12, 31) << QDate(2027, 1, 31);
}

void TestHolidayYearJson::accepted()
{
    QFETCH(QByteArray, json);
    QFETCH(QDate, dayOff);
    QFETCH(QDate, makeUpWorkday);

    QString error;
    const auto parsed = HolidayYearJson::parse(json, &error);
    QVERIFY2(parsed, qPrintable(error));
    QVERIFY(error.isEmpty());
    QVERIFY(parsed->isDayOff(dayOff));
    QVERIFY(!parsed->isDayOff(dayOff.addDays(-1)));
    if (makeUpWorkday.isValid())
        QVERIFY(parsed->isMakeUpWorkday(makeUpWorkday));
}

void TestHolidayYearJson::refused_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");

    const QByteArray newYear = R"({"name": "元旦", "off": [["2026-01-01", "2026-01-03"]]})";

    QTest::newRow("not an object")
        << QByteArray("[]") << QStringLiteral("The holiday file is not a JSON object.");
    const QString noYear = QStringLiteral("The holiday file gives no year from 2000 to 2099.");
    QTest::newRow("no year") << QByteArray(R"({"notice": "通知", "holidays": [)" + newYear + "]}")
                             << noYear;
    QTest::newRow("year as text")
        << QByteArray(R"({"year": "2026", "notice": "通知", "holidays": [)" + newYear + "]}")
        << noYear;
    QTest::newRow("year 20266") << QByteArray(R"({"year": 20266, "notice": "通知", "holidays": [)" +
                                              newYear + "]}")
                                << noYear;
    QTest::newRow("fractional year")
        << QByteArray(R"({"year": 2026.5, "notice": "通知", "holidays": [)" + newYear + "]}")
        << noYear;
    QTest::newRow("no notice")
        << QByteArray(R"({"year": 2026, "notice": " ", "holidays": [)" + newYear + "]}")
        << QStringLiteral("The holiday file does not name the State Council notice it follows.");
    QTest::newRow("no holidays") << year2026("")
                                 << QStringLiteral("The holiday file lists no holidays.");
    QTest::newRow("holiday without name")
        << year2026(R"({"off": ["2026-01-01"]})") << QStringLiteral("A holiday has no name.");
    QTest::newRow("no days off") << year2026(R"({"name": "元旦", "workdays": ["2026-01-04"]})")
                                 << QStringLiteral("元旦 lists no days off.");
    QTest::newRow("date without leading zeros")
        << year2026(R"({"name": "元旦", "off": ["2026-1-1"]})")
        << QStringLiteral("元旦: \"2026-1-1\" is not a date written as 2026-01-01.");
    QTest::newRow("30 February")
        << year2026(R"({"name": "春节", "off": [["2026-02-15", "2026-02-30"]]})")
        << QStringLiteral("春节: \"2026-02-30\" is not a date written as 2026-01-01.");
    QTest::newRow("date with a time")
        << year2026(R"({"name": "元旦", "off": ["2026-01-01T00:00"]})")
        << QStringLiteral("元旦: \"2026-01-01T00:00\" is not a date written as 2026-01-01.");
    const QString notARange = QStringLiteral("元旦: days off are written as one date or as a pair "
                                             "of dates, the first and the last day.");
    QTest::newRow("number as day off")
        << year2026(R"({"name": "元旦", "off": [20260101]})") << notARange;
    QTest::newRow("range of one") << year2026(R"({"name": "元旦", "off": [["2026-01-01"]]})")
                                  << notARange;
    QTest::newRow("range of three")
        << year2026(R"({"name": "元旦", "off": [["2026-01-01", "2026-01-02", "2026-01-03"]]})")
        << notARange;
    QTest::newRow("range backwards")
        << year2026(R"({"name": "元旦", "off": [["2026-01-03", "2026-01-01"]]})")
        << QStringLiteral(
               "元旦: the days off from 2026-01-03 to 2026-01-01 end before they begin.");
    QTest::newRow("day off in the year before")
        << year2026(R"({"name": "元旦", "off": [["2025-12-31", "2026-01-01"]]})")
        << QStringLiteral("元旦: the day off 2025-12-31 is not in 2026.");
    QTest::newRow("days off into the next year")
        << year2026(R"({"name": "元旦", "off": [["2026-12-31", "2027-01-01"]]})")
        << QStringLiteral("元旦: the day off 2027-01-01 is not in 2026.");
    QTest::newRow("workdays not a list")
        << year2026(R"({"name": "元旦", "off": ["2026-01-01"], "workdays": "2026-01-04"})")
        << QStringLiteral("元旦: the make-up working days are not a list of dates.");
    QTest::newRow("workday as number")
        << year2026(R"({"name": "元旦", "off": ["2026-01-01"], "workdays": [20260104]})")
        << QStringLiteral("元旦: \"20260104\" is not a date written as 2026-01-01.");
    QTest::newRow("make-up day in November before")
        << year2026(R"({"name": "元旦", "off": ["2026-01-01"], "workdays": ["2025-11-30"]})")
        << QStringLiteral("元旦: the make-up working day 2025-11-30 is neither in 2026 nor in "
                          "the December before or the January after it.");
    QTest::newRow("make-up day in February after")
        << year2026(R"({"name": "元旦", "off": ["2026-12-31"], "workdays": ["2027-02-06"]})")
        << QStringLiteral("元旦: the make-up working day 2027-02-06 is neither in 2026 nor in "
                          "the December before or the January after it.");
    QTest::newRow("make-up day on a Monday")
        << year2026(R"({"name": "元旦", "off": ["2026-01-01"], "workdays": ["2026-01-05"]})")
        << QStringLiteral("元旦: the make-up working day 2026-01-05 is not a Saturday or Sunday.");
    QTest::newRow("both off and working, one holiday")
        << year2026(R"({"name": "元旦", "off": [["2026-01-01", "2026-01-04"]],
                        "workdays": ["2026-01-04"]})")
        << QStringLiteral("2026-01-04 is listed both as a day off and as a working day.");
    QTest::newRow("both off and working, two holidays")
        << year2026(R"({"name": "元旦", "off": [["2026-01-01", "2026-01-03"]]},
                       {"name": "春节", "off": ["2026-02-16"], "workdays": ["2026-01-03"]})")
        << QStringLiteral("2026-01-03 is listed both as a day off and as a working day.");
    QTest::newRow("overlapping days off")
        << year2026(R"({"name": "元旦", "off": [["2026-01-01", "2026-01-03"]]},
                       {"name": "另一个", "off": ["2026-01-02"]})")
        << QStringLiteral("2026-01-02 is listed twice.");
    QTest::newRow("make-up day twice")
        << year2026(R"({"name": "元旦", "off": ["2026-01-01"], "workdays": ["2026-01-04"]},
                       {"name": "春节", "off": ["2026-02-16"], "workdays": ["2026-01-04"]})")
        << QStringLiteral("2026-01-04 is listed twice.");
}

void TestHolidayYearJson::refused()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);

    QString message;
    const auto parsed = HolidayYearJson::parse(json, &message);
    QVERIFY(!parsed);
    QCOMPARE(message, error);
}

void TestHolidayYearJson::wrongExpectedYear()
{
    QString error;
    QVERIFY(!HolidayYearJson::parse(shippedFile(2026), 2025, &error));
    QCOMPARE(error, QStringLiteral("The holiday file is for 2026, not for 2025."));
    QVERIFY(HolidayYearJson::parse(shippedFile(2026), 2026, &error));
}

void TestHolidayYearJson::brokenJson()
{
    for (const QByteArray &json :
         {QByteArray("{"), QByteArray(), QByteArray("{\"year\": 2026,}")}) {
        QString error;
        QVERIFY(!HolidayYearJson::parse(json, &error));
        QVERIFY2(error.startsWith(QStringLiteral("The holiday file is not valid JSON: ")),
                 qPrintable(error));
        QVERIFY(error.size() > QStringLiteral("The holiday file is not valid JSON: ").size());
    }
}

void TestHolidayYearJson::nullErrorPointer()
{
    QVERIFY(!HolidayYearJson::parse(QByteArray("[]"), nullptr));
    QVERIFY(!HolidayYearJson::parse(shippedFile(2026), 2025, nullptr));
}

QTEST_GUILESS_MAIN(TestHolidayYearJson)
#include "tst_holidayyearjson.moc"
