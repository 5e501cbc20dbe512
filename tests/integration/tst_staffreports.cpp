// The supervisor's charts, attendance and quarterly ranking (PROTOCOL.md §5.32–§5.34,
// core/server/RANKING.md) on each back-end: a known day of tickets per hour and wait, a
// known day of sign-ins and breaks made through the queue engine, and a known quarter of
// windows and staff ranked, disqualified and tied.

#include "ReportRows.h"
#include "clock/HallTime.h"
#include "rating/RatingLevel.h"
#include "server/HallCharts.h"
#include "server/ServiceRanking.h"
#include "server/StaffAttendance.h"
#include "storage/Database.h"
#include "storage/PreparedStatements.h"

#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QtTest>

using namespace halldesk;
using namespace halldesk::test;

namespace {

constexpr qint64 Minute = 60'000;

// hh:mm of a day in the hall, `back` days before 2026-11-30.
qint64 at(int hour, int minute, int back = 0)
{
    return mondayMorningUtc().toMSecsSinceEpoch() + (hour - 9) * 60 * Minute + minute * Minute -
           qint64(back) * 24 * 60 * Minute;
}

QString clock(const QJsonValue &ms)
{
    if (ms.isNull())
        return QStringLiteral("-");
    return HallTime()
        .localTime(QDateTime::fromMSecsSinceEpoch(qint64(ms.toDouble()), Qt::UTC))
        .toString(QStringLiteral("HH:mm"));
}

QString rate(const QJsonValue &v)
{
    return v.isNull() ? QStringLiteral("-") : QString::number(v.toDouble(), 'f', 3);
}

struct Reports : ReportRows
{
    bool followUp(qint64 ratingId, const QString &state)
    {
        QSqlQuery q(fixture.database().connection());
        q.prepare(QStringLiteral("INSERT INTO rating_followups (rating_id, state, opened_on, "
                                 "callback_due, opened_at_ms, updated_at_ms) VALUES (?, ?, "
                                 "'2026-10-09', '2026-10-12', 0, 0)"));
        q.addBindValue(ratingId);
        q.addBindValue(state);
        return q.exec();
    }
    bool signInEvent(int day, const QString &staffNo, int window)
    {
        QSqlQuery q(fixture.database().connection());
        q.prepare(QStringLiteral("INSERT INTO events (at_ms, service_day, kind, window_number, "
                                 "staff_id) VALUES (0, ?, 'sign_in', ?, ?)"));
        q.addBindValue(day);
        q.addBindValue(window);
        q.addBindValue(staffId(staffNo));
        return q.exec();
    }
};

// hour:issued/served for the hours with any, then the wait buckets, then each area.
QStringList chartLines(const QJsonObject &charts)
{
    QStringList hours;
    for (const QJsonValue &v : charts.value(QLatin1String("hours")).toArray()) {
        const QJsonObject h = v.toObject();
        if (h.value(QLatin1String("issued")).toInt() || h.value(QLatin1String("served")).toInt())
            hours << QStringLiteral("%1:%2/%3")
                         .arg(h.value(QLatin1String("hour")).toInt())
                         .arg(h.value(QLatin1String("issued")).toInt())
                         .arg(h.value(QLatin1String("served")).toInt());
    }
    QStringList waits;
    for (const QJsonValue &v : charts.value(QLatin1String("waits")).toArray())
        waits << QString::number(v.toObject().value(QLatin1String("count")).toInt());
    QStringList out{hours.join(QLatin1Char(',')), waits.join(QLatin1Char(','))};
    for (const QJsonValue &v : charts.value(QLatin1String("areas")).toArray()) {
        const QJsonObject a = v.toObject();
        out << QStringLiteral("%1|%2|%3|%4|%5")
                   .arg(a.value(QLatin1String("key")).toString(),
                        a.value(QLatin1String("name")).toString())
                   .arg(a.value(QLatin1String("rated")).toInt())
                   .arg(a.value(QLatin1String("unrated")).toInt())
                   .arg(rate(a.value(QLatin1String("satisfactionRate"))));
    }
    return out;
}

// staff|day|windows|first in|last out|minutes in|now|breaks n/min|reasons|served|avg s|rated|rate
QString attendanceLine(const QJsonObject &row)
{
    QStringList windows;
    for (const QJsonValue &w : row.value(QLatin1String("windows")).toArray())
        windows << QString::number(w.toInt());
    const QJsonObject pauses = row.value(QLatin1String("pauses")).toObject();
    QStringList reasons;
    for (const QJsonValue &v : pauses.value(QLatin1String("reasons")).toArray()) {
        const QJsonObject r = v.toObject();
        reasons << QStringLiteral("%1 %2/%3")
                       .arg(r.value(QLatin1String("reason")).toString())
                       .arg(r.value(QLatin1String("count")).toInt())
                       .arg(qint64(r.value(QLatin1String("totalMs")).toDouble()) / Minute);
    }
    const QJsonValue average = row.value(QLatin1String("averageServiceMs"));
    return QStringList{
        row.value(QLatin1String("staffNo")).toString(),
        row.value(QLatin1String("day")).toString(),
        windows.join(QLatin1Char(',')),
        clock(row.value(QLatin1String("firstSignInMs"))),
        clock(row.value(QLatin1String("lastSignOutMs"))),
        QString::number(qint64(row.value(QLatin1String("signedInMs")).toDouble()) / Minute),
        row.value(QLatin1String("signedInNow")).toBool() ? QStringLiteral("now")
                                                         : QStringLiteral("out"),
        QStringLiteral("%1/%2")
            .arg(pauses.value(QLatin1String("count")).toInt())
            .arg(qint64(pauses.value(QLatin1String("totalMs")).toDouble()) / Minute),
        reasons.join(QLatin1Char(',')),
        QString::number(row.value(QLatin1String("served")).toInt()),
        average.isNull() ? QStringLiteral("-") : QString::number(qint64(average.toDouble()) / 1000),
        QString::number(row.value(QLatin1String("rated")).toInt()),
        rate(row.value(QLatin1String("satisfactionRate")))}
        .join(QLatin1Char('|'));
}

// rank key score (the score to two decimals)
QStringList rankingLines(const QJsonArray &list)
{
    QStringList out;
    for (const QJsonValue &v : list) {
        const QJsonObject row = v.toObject();
        const QJsonValue key = row.value(QLatin1String("key"));
        out << QStringLiteral("%1 %2 %3")
                   .arg(row.value(QLatin1String("rank")).toInt())
                   .arg(key.isString() ? key.toString() : QString::number(key.toInt()))
                   .arg(row.value(QLatin1String("score")).toDouble(), 0, 'f', 2);
    }
    return out;
}

} // namespace

class TestStaffReports : public QObject
{
    Q_OBJECT

private slots:
    void attendanceReadsItsIndex_data();
    void attendanceReadsItsIndex();
    void charts_data();
    void charts();
    void attendance_data();
    void attendance();
    void attendanceOfAnEarlierDayEndsAtMidnight();
    void aSessionOverMidnightCountsOnBothDays();
    void ranking_data();
    void ranking();
    void rankingNeedsEnoughServedAndRated();
};

void TestStaffReports::attendanceReadsItsIndex_data()
{
    QTest::addColumn<QString>("sql");
    QTest::newRow("attendance") << StaffAttendance::eventsSql();
    QTest::newRow("ranking's sign-ins") << ServiceRanking::signInsSql();
}

// Both reads can take their rows from events_attendance (schema step 10) rather than every
// event of the range: on a year of 5 million tickets that is the difference bench_hallreport
// measures. A plan, not a time, so it holds on any machine.
void TestStaffReports::attendanceReadsItsIndex()
{
    QFETCH(QString, sql);
    Reports r;
    QVERIFY2(r.open(), qPrintable(r.fixture.error()));
    QSqlQuery q(r.fixture.database().connection());
    const bool sqlite = r.fixture.database().backend() == Backend::Sqlite;
    // PostgreSQL would scan a table this small: asked not to, it shows whether it could use the
    // index at all (whether the query implies the index's condition).
    if (!sqlite)
        QVERIFY(q.exec(QStringLiteral("SET enable_seqscan = off")));
    // PostgreSQL cannot prepare an EXPLAIN: the two days go into the text.
    QString explained = sql;
    explained.replace(explained.indexOf(u'?'), 1, QStringLiteral("20261001"));
    explained.replace(explained.indexOf(u'?'), 1, QStringLiteral("20261231"));
    const QString explain =
        (sqlite ? QStringLiteral("EXPLAIN QUERY PLAN ") : QStringLiteral("EXPLAIN ")) + explained;
    QVERIFY2(q.exec(explain), qPrintable(q.lastError().text()));
    QStringList plan;
    while (q.next())
        plan << q.value(q.record().count() - 1).toString();
    if (!sqlite)
        QVERIFY(QSqlQuery(r.fixture.database().connection())
                    .exec(QStringLiteral("SET enable_seqscan = on")));
    QVERIFY2(plan.join(u' ').contains(QStringLiteral("events_attendance")),
             qPrintable(plan.join(u'\n')));
}

void TestStaffReports::charts_data()
{
    QTest::addColumn<QDate>("day");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("the day") << QDate(2026, 11, 30)
                             << QStringList{"9:2/2,10:2/0,11:0/1,14:1/0", "1,1,0,0,1,0,0,1",
                                            "a|综合|2|1|0.500", "b|公安|0|0|-"};
    QTest::newRow("the day before")
        << QDate(2026, 11, 27)
        << QStringList{"16:1/1", "0,0,1,0,0,0,0,0", "a|综合|0|0|-", "b|公安|1|0|1.000"};
    QTest::newRow("an empty day") << QDate(2026, 11, 29)
                                  << QStringList{"", "0,0,0,0,0,0,0,0", "a|综合|0|0|-",
                                                 "b|公安|0|0|-"};
}

void TestStaffReports::charts()
{
    QFETCH(QDate, day);
    QFETCH(QStringList, expected);
    Reports r;
    QVERIFY2(r.open(), qPrintable(r.fixture.error()));
    const int today = 20261130;
    // Waits of 1, 7, 25 and 70 minutes; one still waiting.
    const qint64 t1 = r.ticket(today, "QA1", 1, "S1", "finished", at(9, 0), at(9, 1), at(9, 6));
    const qint64 t2 = r.ticket(today, "QA2", 1, "S1", "finished", at(9, 10), at(9, 17), at(9, 59));
    const qint64 t3 =
        r.ticket(today, "QA1", 2, "S2", "finished", at(10, 30), at(10, 55), at(11, 0));
    QVERIFY(t1 && t2 && t3);
    QVERIFY(r.ticket(today, "QB", 3, "S3", "no_show", at(10, 45), at(11, 55), 0));
    QVERIFY(r.ticket(today, "QB", 0, "", "waiting", at(14, 0), 0, 0));
    const qint64 t6 =
        r.ticket(20261127, "QB", 3, "S3", "finished", at(16, 0, 3), at(16, 12, 3), at(16, 20, 3));
    QVERIFY(t6);
    QVERIFY(r.rating(t1, "2026-11-30", 1, "a", "S1", "very_satisfied"));
    QVERIFY(r.rating(t2, "2026-11-30", 1, "a", "S1", "dissatisfied"));
    QVERIFY(r.rating(t3, "2026-11-30", 2, "a", "S2", ""));
    QVERIFY(r.rating(t6, "2026-11-27", 3, "b", "S3", "basic"));
    const qint64 t7 = r.ticket(today, "QB", 3, "S3", "called", at(15, 0), at(15, 1), 0);
    QVERIFY(t7);
    // Pending: not counted yet; but the call of t7 is a wait of 1 minute.
    QVERIFY(r.rating(t7, "2026-11-30", 3, "b", "S3", "pending"));
    expected[0].replace(QLatin1String("14:1/0"), QLatin1String("14:1/0,15:1/0"));
    if (day == QDate(2026, 11, 30))
        expected[1] = QStringLiteral("2,1,0,0,1,0,0,1");
    else
        expected[0].remove(QLatin1String(",15:1/0"));
    QCOMPARE(chartLines(HallCharts(*r.statements).build(day, HallTime())), expected);
}

void TestStaffReports::attendance_data()
{
    QTest::addColumn<QTime>("now");
    QTest::addColumn<QStringList>("expected");
    // S1: 08:30–17:30 at window 1, lunch 12:00–13:00, a meeting 15:00–15:30; served one in
    // 5 minutes, rated 满意. S2: at window 2 from 09:00, on lunch since 12:00.
    QTest::newRow("in the afternoon")
        << QTime(14, 0)
        << QStringList{"S1|2026-11-30|1|08:30|-|330|now|1/60|午休 1/60|1|300|1|1.000",
                       "S2|2026-11-30|2|09:00|-|300|now|1/120|午休 1/120|0|-|0|-"};
    QTest::newRow("in the evening")
        << QTime(18, 0)
        << QStringList{"S1|2026-11-30|1|08:30|17:30|540|out|2/90|会议 1/30,午休 1/60|1|300|1|1.000",
                       "S2|2026-11-30|2|09:00|-|540|now|1/360|午休 1/360|0|-|0|-"};
}

void TestStaffReports::attendance()
{
    QFETCH(QTime, now);
    QFETCH(QStringList, expected);
    Reports r;
    QVERIFY2(r.open(), qPrintable(r.fixture.error()));
    QueueEngine &engine = r.fixture.engine();
    ManualClock &clock = r.fixture.clock();
    const auto setTime = [&](int h, int m) {
        clock.set(QDateTime::fromMSecsSinceEpoch(at(h, m), Qt::UTC));
    };
    const qint64 s1 = r.staffId("S1");
    const qint64 s2 = r.staffId("S2");
    const auto step = [&](int h, int m, const auto &operation) {
        setTime(h, m);
        return operation().ok();
    };
    QVERIFY(step(8, 30, [&] { return engine.signIn(s1, 1); }));
    QVERIFY(step(9, 0, [&] { return engine.signIn(s2, 2); }));
    IssueRequest request;
    request.queueCode = QStringLiteral("QA1");
    QVERIFY(step(9, 0, [&] { return engine.issueTicket(request); }));
    setTime(9, 10);
    const auto called = engine.callNext(Actor{s1, 1});
    QVERIFY(called.ok());
    QVERIFY(step(9, 15, [&] { return engine.finish(Actor{s1, 1}, called->id); }));
    QVERIFY(r.rating(called->id, "2026-11-30", 1, "a", "S1", "satisfied"));
    QVERIFY(step(12, 0, [&] { return engine.pauseWindow(Actor{s1, 1}, QStringLiteral("午休")); }));
    QVERIFY(step(12, 0, [&] { return engine.pauseWindow(Actor{s2, 2}, QStringLiteral("午休")); }));
    QVERIFY(step(13, 0, [&] { return engine.resumeWindow(Actor{s1, 1}); }));
    if (now > QTime(15, 0)) {
        QVERIFY(step(15, 0, [&] {
            return engine.pauseWindow(Actor{s1, 1}, QStringLiteral("会议"));
        }));
        QVERIFY(step(15, 30, [&] { return engine.resumeWindow(Actor{s1, 1}); }));
        QVERIFY(step(17, 30, [&] { return engine.signOut(Actor{s1, 1}); }));
    }
    setTime(now.hour(), now.minute());
    const QJsonObject answer =
        StaffAttendance(*r.statements)
            .build(QDate(2026, 11, 30), QDate(2026, 11, 30), clock.nowMs(), HallTime());
    QStringList lines;
    for (const QJsonValue &row : answer.value(QLatin1String("rows")).toArray())
        lines << attendanceLine(row.toObject());
    QCOMPARE(lines, expected);
}

void TestStaffReports::attendanceOfAnEarlierDayEndsAtMidnight()
{
    Reports r;
    QVERIFY2(r.open(), qPrintable(r.fixture.error()));
    QueueEngine &engine = r.fixture.engine();
    ManualClock &clock = r.fixture.clock();
    clock.set(QDateTime::fromMSecsSinceEpoch(at(20, 0, 3), Qt::UTC));
    QVERIFY(engine.signIn(r.staffId("S3"), 3).ok());
    clock.set(QDateTime::fromMSecsSinceEpoch(at(10, 0), Qt::UTC));
    const QJsonObject answer =
        StaffAttendance(*r.statements)
            .build(QDate(2026, 11, 26), QDate(2026, 11, 30), clock.nowMs(), HallTime());
    QStringList lines;
    for (const QJsonValue &row : answer.value(QLatin1String("rows")).toArray())
        lines << attendanceLine(row.toObject());
    // Never signed out: the day counts up to its midnight, and nobody is signed in "now".
    QCOMPARE(lines, QStringList{"S3|2026-11-27|3|20:00|-|240|out|0/0||0|-|0|-"});
}

void TestStaffReports::aSessionOverMidnightCountsOnBothDays()
{
    Reports r;
    QVERIFY2(r.open(), qPrintable(r.fixture.error()));
    QueueEngine &engine = r.fixture.engine();
    ManualClock &clock = r.fixture.clock();
    const qint64 s4 = r.staffId("S4");
    clock.set(QDateTime::fromMSecsSinceEpoch(at(22, 0, 1), Qt::UTC));
    QVERIFY(engine.signIn(s4, 4).ok());
    clock.set(QDateTime::fromMSecsSinceEpoch(at(1, 0), Qt::UTC));
    QVERIFY(engine.signOut(Actor{s4, 4}).ok());
    clock.set(QDateTime::fromMSecsSinceEpoch(at(10, 0), Qt::UTC));
    const QJsonObject answer =
        StaffAttendance(*r.statements)
            .build(QDate(2026, 11, 29), QDate(2026, 11, 30), clock.nowMs(), HallTime());
    QStringList lines;
    for (const QJsonValue &row : answer.value(QLatin1String("rows")).toArray())
        lines << attendanceLine(row.toObject());
    // Up to midnight on the first day, from midnight on the second, which has no sign-in.
    QCOMPARE(lines, (QStringList{"S4|2026-11-29|4|22:00|-|120|out|0/0||0|-|0|-",
                                 "S4|2026-11-30||-|01:00|60|out|0/0||0|-|0|-"}));
}

void TestStaffReports::ranking_data()
{
    QTest::addColumn<RankingCriteria>("criteria");
    QTest::addColumn<QStringList>("windows");
    QTest::addColumn<QStringList>("staff");
    RankingCriteria lenient;
    lenient.minServed = 2;
    lenient.minRatings = 1;
    // Window 1 (S1): 4 served in 5 min, 2 of 2 satisfied, 3 days. Window 2 (S2): 2 served in
    // 10 min, 1 of 2 satisfied, 1 day. Window 3 (S3): as window 2 but 2 of 2 satisfied.
    // Window 4 (S4): the best figures, but an open 差评: disqualified. Window 5 (S5): as
    // window 3 exactly: a tie, broken by the key. 63 working days (the quarter).
    QTest::newRow("default weights")
        << lenient << QStringList{"1 1 80.95", "2 3 60.32", "3 5 60.32", "4 2 40.32"}
        << QStringList{"1 S1 80.95", "2 S3 60.32", "3 S5 60.32", "4 S2 40.32"};
    RankingCriteria satisfactionOnly = lenient;
    satisfactionOnly.servedWeight = 0;
    satisfactionOnly.serviceTimeWeight = 0;
    satisfactionOnly.attendanceWeight = 0;
    // All three at 100: more served first, then the key.
    QTest::newRow("satisfaction only")
        << satisfactionOnly << QStringList{"1 1 100.00", "2 3 100.00", "3 5 100.00", "4 2 50.00"}
        << QStringList{"1 S1 100.00", "2 S3 100.00", "3 S5 100.00", "4 S2 50.00"};
    RankingCriteria three = lenient;
    three.places = 3;
    QTest::newRow("three places") << three << QStringList{"1 1 80.95", "2 3 60.32", "3 5 60.32"}
                                  << QStringList{"1 S1 80.95", "2 S3 60.32", "3 S5 60.32"};
}

void TestStaffReports::ranking()
{
    QFETCH(RankingCriteria, criteria);
    QFETCH(QStringList, windows);
    QFETCH(QStringList, staff);
    Reports r;
    QVERIFY2(r.open(), qPrintable(r.fixture.error()));
    const qint64 base = at(9, 0, 60); // a day of October; only durations matter
    struct Plan
    {
        int window;
        QString staffNo;
        int served;
        int serviceMinutes;
        QStringList levels;
        int days;
        QString followUp;
    };
    const QList<Plan> plans = {
        {1, "S1", 4, 5, {"very_satisfied", "satisfied"}, 3, ""},
        {2, "S2", 2, 10, {"basic", "very_dissatisfied"}, 1, "done"},
        {3, "S3", 2, 10, {"basic", "satisfied"}, 1, ""},
        {4, "S4", 9, 2, {"very_satisfied", "dissatisfied"}, 5, "called_back"},
        {5, "S5", 2, 10, {"satisfied", "basic"}, 1, ""},
    };
    const QString area = QStringLiteral("a");
    for (const Plan &p : plans) {
        QList<qint64> ids;
        for (int n = 0; n < p.served; ++n) {
            const qint64 t = r.ticket(20261009, "QA1", p.window, p.staffNo, "finished", base, base,
                                      base + p.serviceMinutes * Minute);
            QVERIFY(t);
            ids << t;
        }
        for (qsizetype i = 0; i < p.levels.size(); ++i) {
            const qint64 rating =
                r.rating(ids.at(i), "2026-10-09", p.window, area, p.staffNo, p.levels.at(i));
            QVERIFY(rating);
            if (RatingLevels::isBad(*RatingLevels::fromStorageName(p.levels.at(i))))
                QVERIFY(r.followUp(rating, p.followUp));
        }
        for (int d = 0; d < p.days; ++d)
            QVERIFY(r.signInEvent(20261009 + d, p.staffNo, p.window));
    }
    // Outside the quarter: counts nowhere.
    QVERIFY(r.ticket(20260930, "QA1", 2, "S2", "finished", base, base, base + Minute));
    const QJsonObject answer = ServiceRanking(*r.statements).build(2026, 4, criteria, 63);
    QCOMPARE(answer.value(QLatin1String("from")).toString(), QStringLiteral("2026-10-01"));
    QCOMPARE(answer.value(QLatin1String("to")).toString(), QStringLiteral("2026-12-31"));
    QCOMPARE(answer.value(QLatin1String("eligible")).toObject().value("windows").toInt(), 4);
    QCOMPARE(answer.value(QLatin1String("considered")).toObject().value("staff").toInt(), 5);
    QCOMPARE(rankingLines(answer.value(QLatin1String("windows")).toArray()), windows);
    QCOMPARE(rankingLines(answer.value(QLatin1String("staff")).toArray()), staff);
    const QJsonObject best = answer.value(QLatin1String("windows")).toArray().first().toObject();
    QCOMPARE(best.value(QLatin1String("name")).toString(), QStringLiteral("窗口1"));
    QCOMPARE(best.value(QLatin1String("served")).toInt(), 4);
    QCOMPARE(best.value(QLatin1String("averageServiceMs")).toInt(), 300000);
    QCOMPARE(best.value(QLatin1String("daysPresent")).toInt(), 3);
}

void TestStaffReports::rankingNeedsEnoughServedAndRated()
{
    Reports r;
    QVERIFY2(r.open(), qPrintable(r.fixture.error()));
    const qint64 base = at(9, 0, 60);
    for (int n = 0; n < 3; ++n) {
        const qint64 t =
            r.ticket(20261009, "QA1", 1, "S1", "finished", base, base, base + 5 * Minute);
        QVERIFY(t);
        QVERIFY(r.rating(t, "2026-10-09", 1, "a", "S1", n < 2 ? "satisfied" : ""));
    }
    RankingCriteria criteria;
    criteria.minServed = 3;
    criteria.minRatings = 2;
    QCOMPARE(ServiceRanking(*r.statements)
                 .build(2026, 4, criteria, 63)
                 .value(QLatin1String("windows"))
                 .toArray()
                 .size(),
             1);
    // One more served or rated than there are: nobody is ranked.
    criteria.minServed = 4;
    QVERIFY(ServiceRanking(*r.statements)
                .build(2026, 4, criteria, 63)
                .value(QLatin1String("windows"))
                .toArray()
                .isEmpty());
    criteria.minServed = 3;
    criteria.minRatings = 3;
    const QJsonObject answer = ServiceRanking(*r.statements).build(2026, 4, criteria, 63);
    QVERIFY(answer.value(QLatin1String("staff")).toArray().isEmpty());
    QCOMPARE(answer.value(QLatin1String("eligible")).toObject().value("staff").toInt(), 0);
}

QTEST_GUILESS_MAIN(TestStaffReports)
#include "tst_staffreports.moc"
