#include "calendar/WorkingCalendar.h"

#include <QTest>

using halldesk::DayRange;
using halldesk::Holiday;
using halldesk::HolidayYear;
using halldesk::WorkingCalendar;

namespace {

// Adds one row per day from first to last, each with the same expectation. The dates come from
// the State Council notices, not from the calendar under test.
void addDays(const char *label, QDate first, QDate last, bool working)
{
    for (QDate day = first; day <= last; day = day.addDays(1))
        QTest::addRow("%s %s", label, qPrintable(day.toString(Qt::ISODate))) << day << working;
}

void addDay(const char *label, QDate day, bool working)
{
    addDays(label, day, day, working);
}

HolidayYear singleHolidayYear(int year, DayRange off, QList<QDate> makeUpWorkdays = {})
{
    return HolidayYear(year, QStringLiteral("测试通知"), {},
                       {Holiday{QStringLiteral("测试"), {off}, std::move(makeUpWorkdays)}});
}

} // namespace

class TestWorkingCalendar : public QObject
{
    Q_OBJECT

private slots:
    void shippedYears();
    void isWorkingDay_data();
    void isWorkingDay();
    void uncoveredYearFallsBackToWeekends_data();
    void uncoveredYearFallsBackToWeekends();
    void wholeYears_data();
    void wholeYears();
    void nextWorkingDay_data();
    void nextWorkingDay();
    void addWorkingDays_data();
    void addWorkingDays();
    void workingDaysBetween_data();
    void workingDaysBetween();
    void addYearReplacesAYear();
    void addYearAddsMakeUpDaysInNeighbouringYears();
    void invalidDates();
};

void TestWorkingCalendar::shippedYears()
{
    const WorkingCalendar calendar = WorkingCalendar::withShippedYears();
    QCOMPARE(calendar.years(), (QList<int>{2025, 2026}));
    QVERIFY(calendar.covers(2025));
    QVERIFY(calendar.covers(2026));
    QVERIFY(!calendar.covers(2024));
    QVERIFY(!calendar.covers(2027));
    QVERIFY(calendar.holidayYear(2026));
    QCOMPARE(calendar.holidayYear(2026)->notice(),
             QStringLiteral("国务院办公厅关于2026年部分节假日安排的通知"));
    QCOMPARE(calendar.holidayYear(2025)->document(), QStringLiteral("国办发明电〔2024〕12号"));
    QCOMPARE(calendar.holidayYear(2027), nullptr);
}

void TestWorkingCalendar::isWorkingDay_data()
{
    QTest::addColumn<QDate>("day");
    QTest::addColumn<bool>("working");

    // 2026
    addDays("2026 元旦 off", QDate(2026, 1, 1), QDate(2026, 1, 3), false);
    addDay("2026 元旦 make-up Sun", QDate(2026, 1, 4), true);
    addDays("2026 春节 off", QDate(2026, 2, 15), QDate(2026, 2, 23), false);
    addDay("2026 春节 make-up Sat", QDate(2026, 2, 14), true);
    addDay("2026 春节 make-up Sat", QDate(2026, 2, 28), true);
    addDays("2026 清明 off", QDate(2026, 4, 4), QDate(2026, 4, 6), false);
    addDays("2026 劳动节 off", QDate(2026, 5, 1), QDate(2026, 5, 5), false);
    addDay("2026 劳动节 make-up Sat", QDate(2026, 5, 9), true);
    addDays("2026 端午 off", QDate(2026, 6, 19), QDate(2026, 6, 21), false);
    addDays("2026 中秋 off", QDate(2026, 9, 25), QDate(2026, 9, 27), false);
    addDays("2026 国庆 off", QDate(2026, 10, 1), QDate(2026, 10, 7), false);
    addDay("2026 国庆 make-up Sun", QDate(2026, 9, 20), true);
    addDay("2026 国庆 make-up Sat", QDate(2026, 10, 10), true);

    // 2025 (国办发明电〔2024〕12号)
    addDay("2025 元旦 off", QDate(2025, 1, 1), false);
    addDays("2025 春节 off", QDate(2025, 1, 28), QDate(2025, 2, 4), false);
    addDay("2025 春节 make-up Sun", QDate(2025, 1, 26), true);
    addDay("2025 春节 make-up Sat", QDate(2025, 2, 8), true);
    addDays("2025 清明 off", QDate(2025, 4, 4), QDate(2025, 4, 6), false);
    addDays("2025 劳动节 off", QDate(2025, 5, 1), QDate(2025, 5, 5), false);
    addDay("2025 劳动节 make-up Sun", QDate(2025, 4, 27), true);
    addDays("2025 端午 off", QDate(2025, 5, 31), QDate(2025, 6, 2), false);
    addDays("2025 国庆中秋 off", QDate(2025, 10, 1), QDate(2025, 10, 8), false);
    addDay("2025 国庆中秋 make-up Sun", QDate(2025, 9, 28), true);
    addDay("2025 国庆中秋 make-up Sat", QDate(2025, 10, 11), true);

    // Ordinary days, several right next to a holiday.
    addDays("ordinary week Mon-Fri", QDate(2026, 3, 2), QDate(2026, 3, 6), true);
    addDays("ordinary weekend", QDate(2026, 3, 7), QDate(2026, 3, 8), false);
    addDay("2025 last day, Wed", QDate(2025, 12, 31), true);
    addDay("weekend before 2026 元旦, Sat", QDate(2025, 12, 27), false);
    addDay("after 2026 元旦, Mon", QDate(2026, 1, 5), true);
    addDay("after 2025 春节, Wed", QDate(2025, 2, 5), true);
    addDay("after 2025 make-up Sat, Sun", QDate(2025, 2, 9), false);
    addDay("after 2026 春节, Tue", QDate(2026, 2, 24), true);
    addDay("before 2026 春节 make-up, Fri", QDate(2026, 2, 13), true);
    addDay("after 2026 国庆, Thu", QDate(2026, 10, 8), true);
    addDay("after 2026 国庆 make-up, Sun", QDate(2026, 10, 11), false);
    addDay("after 2025 国庆, Thu", QDate(2025, 10, 9), true);
    addDay("before 2025 端午, Fri", QDate(2025, 5, 30), true);
    addDay("after 2025 端午, Tue", QDate(2025, 6, 3), true);
    addDay("ordinary Sun in 2025", QDate(2025, 7, 6), false);
    addDay("ordinary Sat in 2025", QDate(2025, 7, 12), false);
}

void TestWorkingCalendar::isWorkingDay()
{
    QFETCH(QDate, day);
    QFETCH(bool, working);
    QCOMPARE(WorkingCalendar::withShippedYears().isWorkingDay(day), working);
}

void TestWorkingCalendar::uncoveredYearFallsBackToWeekends_data()
{
    QTest::addColumn<QDate>("day");
    QTest::addColumn<bool>("working");

    // Really 元旦 and 国庆, but no notice for these years is loaded.
    addDay("2027 元旦, Fri", QDate(2027, 1, 1), true);
    addDay("2027 Sat", QDate(2027, 1, 2), false);
    addDay("2024 国庆, Tue", QDate(2024, 10, 1), true);
    addDay("2024 Sun", QDate(2024, 10, 6), false);
}

void TestWorkingCalendar::uncoveredYearFallsBackToWeekends()
{
    QFETCH(QDate, day);
    QFETCH(bool, working);
    const WorkingCalendar calendar = WorkingCalendar::withShippedYears();
    QVERIFY(!calendar.covers(day.year()));
    QCOMPARE(calendar.isWorkingDay(day), working);
    QCOMPARE(WorkingCalendar().isWorkingDay(day), working);
}

void TestWorkingCalendar::wholeYears_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("workingDays");

    // 261 weekdays in each year; 2026: 19 weekdays off, 6 make-up days; 2025: 18 and 5.
    QTest::newRow("2025") << 2025 << 248;
    QTest::newRow("2026") << 2026 << 248;
    // An uncovered year: weekdays only (2027 starts on a Friday, 365 days).
    QTest::newRow("2027") << 2027 << 261;
}

void TestWorkingCalendar::wholeYears()
{
    QFETCH(int, year);
    QFETCH(int, workingDays);
    QCOMPARE(WorkingCalendar::withShippedYears().workingDaysBetween(QDate(year - 1, 12, 31),
                                                                    QDate(year, 12, 31)),
             workingDays);
}

void TestWorkingCalendar::nextWorkingDay_data()
{
    QTest::addColumn<QDate>("day");
    QTest::addColumn<QDate>("next");

    QTest::newRow("Fri to make-up Sat") << QDate(2026, 2, 13) << QDate(2026, 2, 14);
    QTest::newRow("over 春节 2026") << QDate(2026, 2, 14) << QDate(2026, 2, 24);
    QTest::newRow("from inside 春节") << QDate(2026, 2, 18) << QDate(2026, 2, 24);
    QTest::newRow("over 国庆 2025") << QDate(2025, 9, 30) << QDate(2025, 10, 9);
    QTest::newRow("year end to make-up Sun") << QDate(2025, 12, 31) << QDate(2026, 1, 4);
    QTest::newRow("ordinary Fri to Mon") << QDate(2026, 3, 6) << QDate(2026, 3, 9);
    QTest::newRow("ordinary Tue to Wed") << QDate(2026, 3, 3) << QDate(2026, 3, 4);
}

void TestWorkingCalendar::nextWorkingDay()
{
    QFETCH(QDate, day);
    QFETCH(QDate, next);
    QCOMPARE(WorkingCalendar::withShippedYears().nextWorkingDay(day), next);
}

void TestWorkingCalendar::addWorkingDays_data()
{
    QTest::addColumn<QDate>("receipt");
    QTest::addColumn<int>("days");
    QTest::addColumn<QDate>("result");

    QTest::newRow("0 days") << QDate(2026, 2, 13) << 0 << QDate(2026, 2, 13);
    QTest::newRow("0 days on a holiday") << QDate(2026, 2, 16) << 0 << QDate(2026, 2, 16);
    QTest::newRow("1 day to make-up Sat") << QDate(2026, 2, 13) << 1 << QDate(2026, 2, 14);
    QTest::newRow("2 days over 春节") << QDate(2026, 2, 13) << 2 << QDate(2026, 2, 24);
    QTest::newRow("from a holiday") << QDate(2026, 2, 16) << 1 << QDate(2026, 2, 24);
    // Sun 9/28 (make-up), Mon 9/29, Tue 9/30.
    QTest::newRow("Fri before 国庆 2025") << QDate(2025, 9, 26) << 3 << QDate(2025, 9, 30);
    // Wed 12/31, Sun 1/4 (make-up), Mon 1/5.
    QTest::newRow("across the year") << QDate(2025, 12, 30) << 3 << QDate(2026, 1, 5);
}

void TestWorkingCalendar::addWorkingDays()
{
    QFETCH(QDate, receipt);
    QFETCH(int, days);
    QFETCH(QDate, result);
    QCOMPARE(WorkingCalendar::withShippedYears().addWorkingDays(receipt, days), result);
}

void TestWorkingCalendar::workingDaysBetween_data()
{
    QTest::addColumn<QDate>("after");
    QTest::addColumn<QDate>("upTo");
    QTest::addColumn<int>("count");

    QTest::newRow("same day") << QDate(2026, 3, 4) << QDate(2026, 3, 4) << 0;
    QTest::newRow("backwards") << QDate(2026, 2, 28) << QDate(2026, 2, 13) << 0;
    QTest::newRow("next day") << QDate(2026, 3, 4) << QDate(2026, 3, 5) << 1;
    // 2/14 Sat, 2/24-2/27, 2/28 Sat.
    QTest::newRow("春节 2026") << QDate(2026, 2, 13) << QDate(2026, 2, 28) << 6;
    // 10/9, 10/10, 10/11 Sat.
    QTest::newRow("国庆 2025") << QDate(2025, 9, 30) << QDate(2025, 10, 12) << 3;
    QTest::newRow("ordinary weekend") << QDate(2026, 3, 6) << QDate(2026, 3, 8) << 0;
}

void TestWorkingCalendar::workingDaysBetween()
{
    QFETCH(QDate, after);
    QFETCH(QDate, upTo);
    QFETCH(int, count);
    QCOMPARE(WorkingCalendar::withShippedYears().workingDaysBetween(after, upTo), count);
}

void TestWorkingCalendar::addYearReplacesAYear()
{
    WorkingCalendar calendar = WorkingCalendar::withShippedYears();
    calendar.addYear(singleHolidayYear(2026, {QDate(2026, 3, 2), QDate(2026, 3, 3)}));

    QCOMPARE(calendar.years(), (QList<int>{2025, 2026}));
    QCOMPARE(calendar.holidayYear(2026)->notice(), QStringLiteral("测试通知"));
    QVERIFY(!calendar.isWorkingDay(QDate(2026, 3, 2)));
    QVERIFY(!calendar.isWorkingDay(QDate(2026, 3, 3)));
    QVERIFY(calendar.isWorkingDay(QDate(2026, 3, 4)));
    // The shipped 2026 holidays are gone.
    QVERIFY(calendar.isWorkingDay(QDate(2026, 1, 1)));
    QVERIFY(!calendar.isWorkingDay(QDate(2026, 1, 4)));
    QVERIFY(calendar.isWorkingDay(QDate(2026, 10, 1)));
    // 2025 is untouched.
    QVERIFY(!calendar.isWorkingDay(QDate(2025, 10, 1)));
}

void TestWorkingCalendar::addYearAddsMakeUpDaysInNeighbouringYears()
{
    WorkingCalendar calendar = WorkingCalendar::withShippedYears();
    QVERIFY(!calendar.isWorkingDay(QDate(2026, 12, 27))); // Sun
    QVERIFY(!calendar.isWorkingDay(QDate(2025, 1, 5)));   // Sun
    QVERIFY(calendar.isWorkingDay(QDate(2024, 12, 31)));  // Tue, 2024 not covered

    // Next year's notice moving a working day into the last Sunday of 2026.
    calendar.addYear(
        singleHolidayYear(2027, {QDate(2027, 1, 1), QDate(2027, 1, 3)}, {QDate(2026, 12, 27)}));
    // Last year's notice moving one into the first Sunday of 2025.
    calendar.addYear(
        singleHolidayYear(2024, {QDate(2024, 12, 31), QDate(2024, 12, 31)}, {QDate(2025, 1, 5)}));

    QCOMPARE(calendar.years(), (QList<int>{2024, 2025, 2026, 2027}));
    QVERIFY(calendar.covers(2027));
    QVERIFY(calendar.isWorkingDay(QDate(2026, 12, 27)));
    QVERIFY(!calendar.isWorkingDay(QDate(2027, 1, 1)));
    QVERIFY(calendar.isWorkingDay(QDate(2027, 1, 4)));
    QVERIFY(calendar.isWorkingDay(QDate(2025, 1, 5)));
    QVERIFY(!calendar.isWorkingDay(QDate(2024, 12, 31)));
    // 2025's own holidays still apply next to the neighbour's make-up day.
    QVERIFY(!calendar.isWorkingDay(QDate(2025, 1, 1)));
}

void TestWorkingCalendar::invalidDates()
{
    const WorkingCalendar calendar = WorkingCalendar::withShippedYears();
    QVERIFY(!calendar.isWorkingDay(QDate()));
    QVERIFY(!calendar.nextWorkingDay(QDate()).isValid());
    QVERIFY(!calendar.addWorkingDays(QDate(), 3).isValid());
    QCOMPARE(calendar.workingDaysBetween(QDate(), QDate(2026, 3, 6)), 0);
}

QTEST_GUILESS_MAIN(TestWorkingCalendar)
#include "tst_workingcalendar.moc"
