#include "calendar/CaseDeadline.h"

#include <QTest>

using halldesk::CaseDeadline;
using halldesk::ClockPause;
using halldesk::WorkingCalendar;
using Pauses = QList<ClockPause>;

Q_DECLARE_METATYPE(halldesk::ClockPause)

namespace {

ClockPause pause(QDate start, QDate end)
{
    return {start, end};
}

ClockPause openPause(QDate start)
{
    return {start, std::nullopt};
}

} // namespace

// Every expected date below was counted by hand on a calendar from the State Council notices;
// the comments list the days that count.
class TestCaseDeadline : public QObject
{
    Q_OBJECT

private slots:
    void dueDate_data();
    void dueDate();
    void remainingWorkingDays_data();
    void remainingWorkingDays();
    void pausedCaseHasNoRemainingDays();
    void uncoveredYearIsVisible();

private:
    const WorkingCalendar m_calendar = WorkingCalendar::withShippedYears();
};

void TestCaseDeadline::dueDate_data()
{
    QTest::addColumn<QDate>("receipt");
    QTest::addColumn<int>("limit");
    QTest::addColumn<Pauses>("pauses");
    QTest::addColumn<QDate>("due"); // invalid: no due date while paused

    // Mon 3/9, Tue 3/10, Wed 3/11.
    QTest::newRow("3 days from a Friday")
        << QDate(2026, 3, 6) << 3 << Pauses{} << QDate(2026, 3, 11);
    // Tue 3/3 .. Mon 3/16 (weekend 3/7-8 and 3/14-15 skipped).
    QTest::newRow("10 ordinary days") << QDate(2026, 3, 2) << 10 << Pauses{} << QDate(2026, 3, 16);
    // Fri 2/13, Sat 2/14 (make-up), Tue 2/24.
    QTest::newRow("春节 2026, 3 days") << QDate(2026, 2, 12) << 3 << Pauses{} << QDate(2026, 2, 24);
    // 2/11, 2/12, 2/13, 2/14 Sat, 2/24, 2/25, 2/26, 2/27, 2/28 Sat, Mon 3/2.
    QTest::newRow("春节 2026, 10 days")
        << QDate(2026, 2, 10) << 10 << Pauses{} << QDate(2026, 3, 2);
    // Sun 9/28 (make-up), 9/29, 9/30, Thu 10/9, Fri 10/10.
    QTest::newRow("国庆 2025, 5 days from a Friday")
        << QDate(2025, 9, 26) << 5 << Pauses{} << QDate(2025, 10, 10);
    // 9/22-9/26, Sun 9/28, 9/29, 9/30, 10/9, 10/10, Sat 10/11, 10/13-10/17, 10/20-10/23.
    QTest::newRow("国庆 2025, 20 days")
        << QDate(2025, 9, 19) << 20 << Pauses{} << QDate(2025, 10, 23);
    // Thu 10/8, Fri 10/9, Sat 10/10 (make-up).
    QTest::newRow("received on a holiday (国庆 2026)")
        << QDate(2026, 10, 3) << 3 << Pauses{} << QDate(2026, 10, 10);
    // Thu 1/2, Fri 1/3.
    QTest::newRow("received on 元旦 2025")
        << QDate(2025, 1, 1) << 2 << Pauses{} << QDate(2025, 1, 3);
    // Mon 3/2, Tue 3/3, Wed 3/4.
    QTest::newRow("received on a make-up Saturday")
        << QDate(2026, 2, 28) << 3 << Pauses{} << QDate(2026, 3, 4);
    // Mon 10/13.
    QTest::newRow("received on a make-up Saturday, 1 day")
        << QDate(2025, 10, 11) << 1 << Pauses{} << QDate(2025, 10, 13);
    QTest::newRow("limit 0") << QDate(2026, 3, 6) << 0 << Pauses{} << QDate(2026, 3, 6);
    QTest::newRow("limit 0 on a holiday")
        << QDate(2026, 10, 1) << 0 << Pauses{} << QDate(2026, 10, 1);
    // Tue 12/30, Wed 12/31, Sun 1/4 (make-up), Mon 1/5, Tue 1/6.
    QTest::newRow("2025 into 2026") << QDate(2025, 12, 29) << 5 << Pauses{} << QDate(2026, 1, 6);

    // Tue 3/3; paused Wed 3/4 - Mon 3/9; 3/10, 3/11, 3/12, Fri 3/13.
    QTest::newRow("one pause") << QDate(2026, 3, 2) << 5
                               << Pauses{pause(QDate(2026, 3, 4), QDate(2026, 3, 9))}
                               << QDate(2026, 3, 13);
    // Mon 3/9; paused Tue 3/10 only; 3/11, 3/12.
    QTest::newRow("pause of one day")
        << QDate(2026, 3, 6) << 3 << Pauses{pause(QDate(2026, 3, 10), QDate(2026, 3, 10))}
        << QDate(2026, 3, 12);
    // Tue 2/10; paused 2/11 - 2/25 across 春节; 2/26, 2/27, Sat 2/28, Mon 3/2.
    QTest::newRow("pause across 春节 2026")
        << QDate(2026, 2, 9) << 5 << Pauses{pause(QDate(2026, 2, 11), QDate(2026, 2, 25))}
        << QDate(2026, 3, 2);
    // Wed 9/30; notice given on a holiday, materials back Thu 10/8 (paused); Fri 10/9, Sat 10/10.
    QTest::newRow("pause starting in a holiday")
        << QDate(2026, 9, 29) << 3 << Pauses{pause(QDate(2026, 10, 3), QDate(2026, 10, 8))}
        << QDate(2026, 10, 10);
    // Tue 9/23; paused 9/24-9/25; Fri 9/26, Sun 9/28, 9/29, 9/30, Thu 10/9;
    // paused Fri 10/10 - Mon 10/13 (with make-up Sat 10/11); Tue 10/14, Wed 10/15.
    QTest::newRow("two pauses across 国庆 2025")
        << QDate(2025, 9, 22) << 8
        << Pauses{pause(QDate(2025, 9, 24), QDate(2025, 9, 25)),
                  pause(QDate(2025, 10, 10), QDate(2025, 10, 13))}
        << QDate(2025, 10, 15);
    // Tue 12/30; paused Wed 12/31 - Sun 1/4 (make-up); Mon 1/5, Tue 1/6.
    QTest::newRow("pause across the year end")
        << QDate(2025, 12, 29) << 3 << Pauses{pause(QDate(2025, 12, 31), QDate(2026, 1, 4))}
        << QDate(2026, 1, 6);

    QTest::newRow("pause not ended")
        << QDate(2026, 3, 2) << 5 << Pauses{openPause(QDate(2026, 3, 4))} << QDate();
    QTest::newRow("second pause not ended")
        << QDate(2026, 3, 2) << 10
        << Pauses{pause(QDate(2026, 3, 4), QDate(2026, 3, 5)), openPause(QDate(2026, 3, 10))}
        << QDate();
}

void TestCaseDeadline::dueDate()
{
    QFETCH(QDate, receipt);
    QFETCH(int, limit);
    QFETCH(Pauses, pauses);
    QFETCH(QDate, due);

    const CaseDeadline deadline(receipt, limit, pauses);
    QCOMPARE(deadline.isPaused(), !due.isValid());
    const std::optional<QDate> computed = deadline.dueDate(m_calendar);
    QCOMPARE(computed.has_value(), due.isValid());
    if (computed)
        QCOMPARE(*computed, due);
}

void TestCaseDeadline::remainingWorkingDays_data()
{
    QTest::addColumn<QDate>("receipt");
    QTest::addColumn<int>("limit");
    QTest::addColumn<Pauses>("pauses");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<int>("remaining");

    // Due Tue 2/24/2026 (see dueDate "春节 2026, 3 days").
    const QDate spring(2026, 2, 12);
    QTest::newRow("on receipt day") << spring << 3 << Pauses{} << QDate(2026, 2, 12) << 3;
    QTest::newRow("on the make-up Saturday") << spring << 3 << Pauses{} << QDate(2026, 2, 14) << 1;
    QTest::newRow("during the holiday") << spring << 3 << Pauses{} << QDate(2026, 2, 18) << 1;
    QTest::newRow("on the due date") << spring << 3 << Pauses{} << QDate(2026, 2, 24) << 0;
    QTest::newRow("one day late") << spring << 3 << Pauses{} << QDate(2026, 2, 25) << -1;
    // 2/25, 2/26, 2/27 and the make-up Saturday 2/28.
    QTest::newRow("late up to a make-up Saturday")
        << spring << 3 << Pauses{} << QDate(2026, 2, 28) << -4;
    QTest::newRow("late on the Sunday after") << spring << 3 << Pauses{} << QDate(2026, 3, 1) << -4;

    // Due Fri 3/6/2026.
    const QDate monday(2026, 3, 2);
    QTest::newRow("due Friday, Saturday is overdue")
        << monday << 4 << Pauses{} << QDate(2026, 3, 7) << -1;
    QTest::newRow("due Friday, Monday after") << monday << 4 << Pauses{} << QDate(2026, 3, 9) << -1;
    QTest::newRow("due Friday, Tuesday after")
        << monday << 4 << Pauses{} << QDate(2026, 3, 10) << -2;

    // Due Fri 3/13 after a pause 3/4-3/9 (see dueDate "one pause").
    QTest::newRow("after a pause")
        << monday << 5 << Pauses{pause(QDate(2026, 3, 4), QDate(2026, 3, 9))} << QDate(2026, 3, 10)
        << 3;
}

void TestCaseDeadline::remainingWorkingDays()
{
    QFETCH(QDate, receipt);
    QFETCH(int, limit);
    QFETCH(Pauses, pauses);
    QFETCH(QDate, today);
    QFETCH(int, remaining);

    const auto computed =
        CaseDeadline(receipt, limit, pauses).remainingWorkingDays(m_calendar, today);
    QVERIFY(computed);
    QCOMPARE(*computed, remaining);
}

void TestCaseDeadline::pausedCaseHasNoRemainingDays()
{
    const CaseDeadline deadline(QDate(2026, 3, 2), 5, {openPause(QDate(2026, 3, 4))});
    QVERIFY(!deadline.remainingWorkingDays(m_calendar, QDate(2026, 3, 5)));
    QVERIFY(!deadline.remainingWorkingDays(m_calendar, QDate(2026, 4, 1)));
}

void TestCaseDeadline::uncoveredYearIsVisible()
{
    // Received in late 2026, due in 2027, for which no notice is loaded: the date follows the
    // weekend rule and the caller can tell. Thu 12/31, Fri 1/1 (really 元旦), Mon 1/4.
    const auto due = CaseDeadline(QDate(2026, 12, 30), 3).dueDate(m_calendar);
    QVERIFY(due);
    QCOMPARE(*due, QDate(2027, 1, 4));
    QVERIFY(!m_calendar.covers(due->year()));
}

QTEST_GUILESS_MAIN(TestCaseDeadline)
#include "tst_casedeadline.moc"
