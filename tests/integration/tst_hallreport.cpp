// HallReport (PROTOCOL.md §5.31) on each back-end: a small known set of tickets over a few
// days in two areas (known waits and service times, a no-show, a cancelled ticket, one never
// called) with their ratings, and the exact figures of every groupBy; the inclusive range; the
// served_by trigger of schema step 8.

#include "ReportRows.h"
#include "server/HallReport.h"
#include "storage/Database.h"
#include "storage/PreparedStatements.h"
#include "storage/SchemaMigrations.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QtTest>

using namespace halldesk;
using namespace halldesk::test;

namespace {

constexpr qint64 Second = 1000;
// 09:00 of some hall day; the report only ever subtracts times of one ticket.
constexpr qint64 Nine = 1796000000000;

struct Reports : ReportRows
{
    using ReportRows::ticket;
    // A ticket of `queue` on `day` (yyyymmdd); waitS < 0: never called; serviceS < 0: not
    // finished. Its id.
    qint64 ticket(int day, const QString &queue, int window, const QString &staffNo,
                  const QString &status, int waitS, int serviceS)
    {
        const qint64 called = waitS < 0 ? 0 : Nine + waitS * Second;
        const qint64 finished = serviceS < 0 ? 0 : called + serviceS * Second;
        return ticket(day, queue, window, staffNo, status, Nine, called, finished);
    }
    // The known set: 2026-11-26, -27 and -30 in the range, -25 before it.
    bool fill()
    {
        const qint64 t1 = ticket(20261126, "QA1", 1, "S1", "finished", 60, 300);
        const qint64 t2 = ticket(20261126, "QA2", 1, "S1", "finished", 120, 180);
        const qint64 t3 = ticket(20261126, "QB", 3, "S3", "no_show", 600, -1);
        const qint64 t4 = ticket(20261127, "QA1", 2, "S2", "finished", 30, 240);
        const qint64 t5 = ticket(20261127, "QB", 0, "", "cancelled", -1, -1);
        const qint64 t6 = ticket(20261130, "QB", 3, "S3", "finished", 90, 60);
        const qint64 t7 = ticket(20261130, "QA1", 0, "", "waiting", -1, -1);
        const qint64 t8 = ticket(20261125, "QA1", 1, "S1", "finished", 999, 999);
        return t1 && t2 && t3 && t4 && t5 && t6 && t7 && t8 &&
               rating(t1, "2026-11-26", 1, "a", "S1", "very_satisfied") &&
               rating(t2, "2026-11-26", 1, "a", "S1", "dissatisfied") &&
               rating(t4, "2026-11-27", 2, "a", "S2", "") &&
               rating(t6, "2026-11-30", 3, "b", "S3", "satisfied") &&
               rating(t8, "2026-11-25", 1, "a", "S1", "very_dissatisfied");
    }
};

QString orDash(const QJsonValue &v)
{
    if (v.isNull() || v.isUndefined())
        return QStringLiteral("-");
    if (v.isDouble()) {
        const double d = v.toDouble();
        return d == std::floor(d) ? QString::number(qint64(d)) : QString::number(d, 'f', 3);
    }
    return v.toString();
}

// A row as one line, so a wrong figure shows with its neighbours:
// key|name|issued|served|noShows|cancelled|avgWaitMs|avgServiceMs|maxWaitMs|rated|unrated|rate
QString line(const QJsonObject &row)
{
    QStringList parts;
    for (const char *field :
         {"key", "name", "issued", "served", "noShows", "cancelled", "averageWaitMs",
          "averageServiceMs", "maxWaitMs", "rated", "unrated", "satisfactionRate"})
        parts << orDash(row.value(QLatin1String(field)));
    return parts.join(QLatin1Char('|'));
}

QStringList lines(const QJsonObject &report)
{
    QStringList out;
    for (const QJsonValue &row : report.value(QLatin1String("rows")).toArray())
        out << line(row.toObject());
    out << line(report.value(QLatin1String("totals")).toObject());
    return out;
}

} // namespace

class TestHallReport : public QObject
{
    Q_OBJECT

private slots:
    void figures_data();
    void figures();
    void rangeIsInclusive_data();
    void rangeIsInclusive();
    void levelCountsAndPendingRatings();
    void callRecordsTheServingStaffMember();
    void readerConnectionCannotWrite();
};

void TestHallReport::figures_data()
{
    QTest::addColumn<QString>("groupBy");
    QTest::addColumn<QStringList>("expected");
    // The totals (last line) are the same whatever the grouping.
    const QString totals = QStringLiteral("-|-|7|4|1|1|180000|195000|600000|3|1|0.667");
    QTest::newRow("day") << "day"
                         << QStringList{"2026-11-26|-|3|2|1|0|260000|240000|600000|2|0|0.500",
                                        "2026-11-27|-|2|1|0|1|30000|240000|30000|0|1|-",
                                        "2026-11-30|-|2|1|0|0|90000|60000|90000|1|0|1", totals};
    QTest::newRow("area") << "area"
                          << QStringList{"a|综合|4|3|0|0|70000|240000|120000|2|1|0.500",
                                         "b|公安|3|1|1|1|345000|60000|600000|1|0|1", totals};
    QTest::newRow("queue") << "queue"
                           << QStringList{"QA1|企业|3|2|0|0|45000|270000|60000|1|1|1",
                                          "QA2|个人|1|1|0|0|120000|180000|120000|1|0|0",
                                          "QB|户籍|3|1|1|1|345000|60000|600000|1|0|1", totals};
    // Tickets nobody called are filed under window 0 and staff "".
    QTest::newRow("window") << "window"
                            << QStringList{"0||2|0|0|1|-|-|-|0|0|-",
                                           "1|窗口1|2|2|0|0|90000|240000|120000|2|0|0.500",
                                           "2|窗口2|1|1|0|0|30000|240000|30000|0|1|-",
                                           "3|窗口3|2|1|1|0|345000|60000|600000|1|0|1", totals};
    QTest::newRow("staff") << "staff"
                           << QStringList{"||2|0|0|1|-|-|-|0|0|-",
                                          "S1|职员1|2|2|0|0|90000|240000|120000|2|0|0.500",
                                          "S2|职员2|1|1|0|0|30000|240000|30000|0|1|-",
                                          "S3|职员3|2|1|1|0|345000|60000|600000|1|0|1", totals};
}

void TestHallReport::figures()
{
    QFETCH(QString, groupBy);
    QFETCH(QStringList, expected);
    Reports r;
    QVERIFY2(r.open(), qPrintable(r.fixture.error()));
    QCOMPARE(r.fixture.database().schemaVersion(), SchemaMigrations::latestVersion());
    QVERIFY(r.fill());
    const auto by = HallReport::byFromKey(groupBy);
    QVERIFY(by);
    const QJsonObject report =
        HallReport(*r.statements).build(QDate(2026, 11, 26), QDate(2026, 11, 30), *by);
    QCOMPARE(lines(report), expected);
}

void TestHallReport::rangeIsInclusive_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<QStringList>("days");
    QTest::newRow("one day") << QDate(2026, 11, 27) << QDate(2026, 11, 27)
                             << QStringList{"2026-11-27"};
    QTest::newRow("both ends") << QDate(2026, 11, 25) << QDate(2026, 11, 26)
                               << QStringList{"2026-11-25", "2026-11-26"};
    QTest::newRow("empty weekend") << QDate(2026, 11, 28) << QDate(2026, 11, 29) << QStringList{};
}

void TestHallReport::rangeIsInclusive()
{
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(QStringList, days);
    Reports r;
    QVERIFY2(r.open(), qPrintable(r.fixture.error()));
    QVERIFY(r.fill());
    const QJsonObject report = HallReport(*r.statements).build(from, to, HallReport::By::Day);
    QStringList found;
    for (const QJsonValue &row : report.value(QLatin1String("rows")).toArray())
        found << row.toObject().value(QLatin1String("key")).toString();
    QCOMPARE(found, days);
    if (days.isEmpty())
        QCOMPARE(line(report.value(QLatin1String("totals")).toObject()),
                 QStringLiteral("-|-|0|0|0|0|-|-|-|0|0|-"));
}

void TestHallReport::levelCountsAndPendingRatings()
{
    Reports r;
    QVERIFY2(r.open(), qPrintable(r.fixture.error()));
    QVERIFY(r.fill());
    // A rating still open counts nowhere yet.
    const qint64 t = r.ticket(20261130, "QA2", 5, "S5", "finished", 10, 10);
    QVERIFY(t);
    QSqlQuery q(r.fixture.database().connection());
    QVERIFY(q.exec(QStringLiteral("INSERT INTO service_ratings (ticket_id, window_number, area, "
                                  "staff_no, ticket_number, service_day, requested_at_ms, "
                                  "expires_at_ms, state) VALUES (%1, 5, 'a', 'S5', 'T', "
                                  "'2026-11-30', 0, 0, 'pending')")
                       .arg(t)));
    const QJsonObject totals =
        HallReport(*r.statements)
            .build(QDate(2026, 11, 26), QDate(2026, 11, 30), HallReport::By::Window)
            .value(QLatin1String("totals"))
            .toObject();
    const QJsonObject counts = totals.value(QLatin1String("counts")).toObject();
    QCOMPARE(counts.value(QLatin1String("very_satisfied")).toInt(), 1);
    QCOMPARE(counts.value(QLatin1String("satisfied")).toInt(), 1);
    QCOMPARE(counts.value(QLatin1String("basic")).toInt(), 0);
    QCOMPARE(counts.value(QLatin1String("dissatisfied")).toInt(), 1);
    QCOMPARE(counts.value(QLatin1String("very_dissatisfied")).toInt(), 0);
    QCOMPARE(counts.value(QLatin1String("unrated")).toInt(), 1);
    QCOMPARE(totals.value(QLatin1String("rated")).toInt(), 3);
    QCOMPARE(totals.value(QLatin1String("issued")).toInt(), 8);
}

void TestHallReport::callRecordsTheServingStaffMember()
{
    Reports r;
    QVERIFY2(r.open(), qPrintable(r.fixture.error()));
    QueueEngine &engine = r.fixture.engine();
    const auto staff = engine.staffByNumber(QStringLiteral("S2"));
    QVERIFY(staff);
    QVERIFY(engine.signIn(staff->id, 2).ok());
    IssueRequest request;
    request.queueCode = QStringLiteral("QA1");
    QVERIFY(engine.issueTicket(request).ok());
    const auto called = engine.callNext(Actor{staff->id, 2});
    QVERIFY(called.ok());
    const QJsonArray rows =
        HallReport(*r.statements)
            .build(QDate(2026, 11, 30), QDate(2026, 11, 30), HallReport::By::Staff)
            .value(QLatin1String("rows"))
            .toArray();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().toObject().value(QLatin1String("key")).toString(), QStringLiteral("S2"));
    QCOMPARE(rows.first().toObject().value(QLatin1String("issued")).toInt(), 1);
}

void TestHallReport::readerConnectionCannotWrite()
{
    Reports r;
    QVERIFY2(r.open(), qPrintable(r.fixture.error()));
    QVERIFY(r.fill());
    // As the server's report reader opens it: the same figures, and no way to change anything.
    Database reader(r.fixture.url());
    QVERIFY(!reader.openForReading());
    PreparedStatements statements(reader);
    QCOMPARE(lines(HallReport(statements)
                       .build(QDate(2026, 11, 26), QDate(2026, 11, 30), HallReport::By::Day)),
             lines(HallReport(*r.statements)
                       .build(QDate(2026, 11, 26), QDate(2026, 11, 30), HallReport::By::Day)));
    QSqlQuery q(reader.connection());
    QVERIFY(!q.exec(QStringLiteral("DELETE FROM tickets")));
    q.finish();
    QCOMPARE(r.fixture.count(QStringLiteral("tickets")), 8);
}

QTEST_GUILESS_MAIN(TestHallReport)
#include "tst_hallreport.moc"
