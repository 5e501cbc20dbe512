// Hall reports (issue 8) on a year of history: N tickets spread over the 365 days up to today
// in the demo hall's queues, windows and staff (finished, no-shows, cancelled, a share rated),
// written straight into a fresh SQLite database with the server's schema, then timed:
//   1. a quarterly hallReport for each groupBy (median of 3), as the server runs it on its
//      report connection (one read transaction);
//   2. the supervisor console's live view at each refresh: today's figures per queue (waiting,
//      longest wait, served today), with the queries the snapshot and queue status use;
//   3. the console's charts (hallCharts) of today and of a whole past day, staff attendance
//      (staffAttendance) of today and of a week, and the quarterly ranking (serviceRanking).
// The event log gets what those read: an issue and a finish event per ticket, and each
// window's day (sign-in 08:30, lunch 12:00–13:30, sign-out 17:30; today signed in since 08:30).
// Prints figures; it passes or fails on nothing but errors (the targets are 2 s and 100 ms).
//   bench_hallreport [--tickets N] [--runs N]

#include "EngineFixture.h"
#include "Percentile.h"
#include "clock/HallTime.h"
#include "hall/HallDefinitionLoader.h"
#include "server/HallCharts.h"
#include "server/HallReport.h"
#include "server/ServerStore.h"
#include "server/ServiceRanking.h"
#include "server/StaffAttendance.h"
#include "storage/PreparedStatements.h"
#include "storage/StorageError.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>
#include <cstdio>
#include <functional>

using namespace halldesk;
using namespace halldesk::test;

namespace {

constexpr qint64 MinuteMs = 60'000;
constexpr int Days = 365;

struct Counter
{
    int window = 0;
    qint64 staffId = 0;
    QString staffNo;
    QString areaCode;
};

// The windows that serve each queue, with who works there and in which area.
struct Layout
{
    QList<qint64> queueIds;
    QList<QList<Counter>> countersOfQueue; // parallel to queueIds
};

Layout layoutOf(const HallDefinition &hall, Database &database)
{
    QHash<QString, qint64> queueId;
    QHash<QString, qint64> staffId;
    QSqlQuery q(database.connection());
    q.exec(QStringLiteral("SELECT code, id FROM queues"));
    while (q.next())
        queueId.insert(q.value(0).toString(), q.value(1).toLongLong());
    q.exec(QStringLiteral("SELECT staff_no, id FROM staff"));
    while (q.next())
        staffId.insert(q.value(0).toString(), q.value(1).toLongLong());
    Layout layout;
    for (const QueueDefinition &queue : hall.queues) {
        QList<Counter> counters;
        for (const WindowDefinition &w : hall.windows) {
            for (const auto &[code, weight] : w.queues) {
                if (code != queue.code)
                    continue;
                const QString staffNo = hall.staff.at((w.number - 1) % hall.staff.size()).staffNo;
                counters.append({w.number, staffId.value(staffNo), staffNo, w.areaCode});
            }
        }
        if (counters.isEmpty())
            continue;
        layout.queueIds << queueId.value(queue.code);
        layout.countersOfQueue << counters;
    }
    return layout;
}

void mustExec(QSqlQuery &q)
{
    if (!q.exec())
        qFatal("insert failed: %s", qPrintable(q.lastError().text()));
}

// One transaction, two prepared statements, ids given so that ratings can name their ticket.
// Past days end with every ticket closed; today (up to the clock's 09:00) has a line waiting.
void generate(EngineFixture &fixture, const HallDefinition &hall, qint64 tickets)
{
    Database &db = fixture.database();
    const Layout layout = layoutOf(hall, db);
    QSqlQuery pragma(db.connection());
    // A bigger page cache for the bulk load only; the reports run with the server's settings.
    pragma.exec(QStringLiteral("PRAGMA cache_size = -262144"));
    db.beginWrite();
    QSqlQuery ticket(db.connection());
    ticket.prepare(QStringLiteral(
        "INSERT INTO tickets (id, service_day, number, queue_id, status, issued_at_ms, "
        "sort_at_ms, called_at_ms, finished_at_ms, window_number, served_by) VALUES (?, ?, ?, ?, "
        "?, ?, ?, ?, ?, ?, ?)"));
    QSqlQuery rating(db.connection());
    rating.prepare(QStringLiteral(
        "INSERT INTO service_ratings (ticket_id, window_number, area, staff_id, staff_no, "
        "ticket_number, service_day, requested_at_ms, expires_at_ms, rated_at_ms, state, level) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    QSqlQuery event(db.connection());
    event.prepare(QStringLiteral("INSERT INTO events (at_ms, service_day, kind, ticket_id, "
                                 "window_number, staff_id, detail) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    const auto addEvent = [&event](qint64 atMs, int day, const QString &kind,
                                   const QVariant &ticket, const QVariant &window,
                                   const QVariant &staff, const QString &detail) {
        for (const QVariant &v : QVariantList{atMs, day, kind, ticket, window, staff,
                                              detail.isNull() ? QStringLiteral("") : detail})
            event.addBindValue(v);
        mustExec(event);
    };
    // Every window of the layout once, with who works there.
    QMap<int, Counter> windows;
    for (const QList<Counter> &counters : layout.countersOfQueue)
        for (const Counter &c : counters)
            windows.insert(c.window, c);
    const QString issueKind = QStringLiteral("issue");
    const QString finishKind = QStringLiteral("finish");
    const QString lunch = QStringLiteral(R"({"reason":"午休"})");
    static const char *const levels[] = {"very_satisfied", "very_satisfied",   "very_satisfied",
                                         "satisfied",      "satisfied",        "basic",
                                         "dissatisfied",   "very_dissatisfied"};
    QRandomGenerator random(20261130);
    const QDate today(2026, 11, 30);
    const qint64 todayNineMs = mondayMorningUtc().toMSecsSinceEpoch();
    const QString waiting = QStringLiteral("waiting");
    const QString finished = QStringLiteral("finished");
    const QString noShow = QStringLiteral("no_show");
    const QString cancelled = QStringLiteral("cancelled");
    qint64 id = 0;
    for (int back = Days - 1; back >= 0; --back) {
        const QDate day = today.addDays(-back);
        const int dayKey = day.year() * 10000 + day.month() * 100 + day.day();
        const QString dayText = day.toString(Qt::ISODate);
        const qint64 nineMs = todayNineMs - qint64(back) * 24 * 60 * MinuteMs;
        const qint64 perDay = tickets / Days + (back < tickets % Days ? 1 : 0);
        for (const Counter &c : windows) {
            const qint64 half = nineMs - 30 * MinuteMs;
            addEvent(half, dayKey, QStringLiteral("sign_in"), {}, c.window, c.staffId, {});
            if (back == 0)
                continue;
            addEvent(nineMs + 180 * MinuteMs, dayKey, QStringLiteral("pause"), {}, c.window,
                     c.staffId, lunch);
            addEvent(nineMs + 270 * MinuteMs, dayKey, QStringLiteral("resume_window"), {}, c.window,
                     c.staffId, {});
            addEvent(nineMs + 510 * MinuteMs, dayKey, QStringLiteral("sign_out"), {}, c.window,
                     c.staffId, {});
        }
        for (qint64 n = 0; n < perDay; ++n) {
            ++id;
            const int queue = int(random.bounded(qint64(layout.queueIds.size())));
            const QList<Counter> &counters = layout.countersOfQueue.at(queue);
            const Counter &at = counters.at(int(random.bounded(qint64(counters.size()))));
            // Today's tickets came since half past eight; other days' all day long.
            const qint64 issued = back == 0 ? nineMs - 30 * MinuteMs + random.bounded(30 * MinuteMs)
                                            : nineMs + random.bounded(8 * 60 * MinuteMs);
            const qint64 waitMs = random.bounded(2 * MinuteMs) + random.bounded(40 * MinuteMs);
            const int roll = int(random.bounded(100));
            const QString *status = &finished;
            if (back == 0 && issued + waitMs > todayNineMs)
                status = &waiting;
            else if (roll < 5)
                status = &noShow;
            else if (roll < 10)
                status = &cancelled;
            const bool called = status == &finished || status == &noShow;
            const qint64 calledMs = called ? issued + waitMs : 0;
            const qint64 finishedMs =
                status == &finished ? calledMs + 2 * MinuteMs + random.bounded(13 * MinuteMs) : 0;
            const QString number = QStringLiteral("T%1").arg(n);
            for (const QVariant &v :
                 QVariantList{id, dayKey, number, layout.queueIds.at(queue), *status, issued,
                              issued, calledMs, finishedMs, called ? at.window : 0,
                              called ? QVariant(at.staffId) : QVariant()})
                ticket.addBindValue(v);
            mustExec(ticket);
            addEvent(issued, dayKey, issueKind, id, {}, {}, {});
            if (status == &finished)
                addEvent(finishedMs, dayKey, finishKind, id, at.window, at.staffId, {});
            // Four in ten services are asked to be rated; most citizens answer.
            if (status != &finished || random.bounded(10) >= 4)
                continue;
            const bool answered = random.bounded(100) < 85;
            for (const QVariant &v : QVariantList{
                     id, at.window, at.areaCode, at.staffId, at.staffNo, number, dayText,
                     finishedMs, finishedMs + 2 * MinuteMs, answered ? finishedMs + 20'000 : 0,
                     answered ? QStringLiteral("rated") : QStringLiteral("unrated"),
                     answered ? QString::fromLatin1(levels[random.bounded(8)])
                              : QStringLiteral("")})
                rating.addBindValue(v);
            mustExec(rating);
        }
    }
    db.commit();
    pragma.exec(QStringLiteral("PRAGMA cache_size = -2000"));
    pragma.exec(QStringLiteral("ANALYZE"));
    pragma.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("halldesk.*.info=false"));
    QCommandLineParser parser;
    parser.addHelpOption();
    QCommandLineOption ticketsOption(QStringLiteral("tickets"), QStringLiteral("tickets in all"),
                                     QStringLiteral("N"), QStringLiteral("5000000"));
    QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("timed runs per figure"),
                                  QStringLiteral("N"), QStringLiteral("3"));
    parser.addOptions({ticketsOption, runsOption});
    parser.process(app);
    const qint64 tickets = std::max<qint64>(Days, parser.value(ticketsOption).toLongLong());
    const int runs = std::max(1, parser.value(runsOption).toInt());

    const HallDefinition hall = HallDefinitionLoader::demoHall();
    EngineFixture fixture(hall);
    if (!fixture.isValid()) {
        std::printf("status=error %s\n", qPrintable(fixture.error()));
        return 1;
    }
    try {
        QElapsedTimer timer;
        timer.start();
        generate(fixture, hall, tickets);
        const double generateS = double(timer.elapsed()) / 1000.0;
        const QString path = fixture.url().path;
        std::printf("generated tickets=%lld days=%d seconds=%.1f db_mb=%.1f\n",
                    static_cast<long long>(tickets), Days, generateS,
                    double(QFileInfo(path).size()) / 1e6);

        // The report as the server's report reader runs it: its own connection, one read
        // transaction per report.
        Database reader(fixture.url());
        if (reader.openForReading())
            qFatal("report connection failed");
        PreparedStatements statements(reader);
        const QDate to(2026, 11, 30);
        const QDate from = to.addMonths(-3).addDays(1);
        for (const char *by : {"day", "area", "queue", "window", "staff"}) {
            std::vector<double> ms;
            qsizetype rows = 0;
            qint64 issued = 0;
            for (int run = 0; run < runs; ++run) {
                timer.restart();
                reader.connection().transaction();
                const QJsonObject report =
                    HallReport(statements)
                        .build(from, to, *HallReport::byFromKey(QLatin1String(by)));
                reader.connection().commit();
                ms.push_back(double(timer.nsecsElapsed()) / 1e6);
                rows = report.value(QLatin1String("rows")).toArray().size();
                issued = report.value(QLatin1String("totals"))
                             .toObject()
                             .value(QLatin1String("issued"))
                             .toInteger();
            }
            std::printf("quarterly report groupBy=%s from=%s to=%s rows=%lld issued=%lld "
                        "median_ms=%.1f\n",
                        by, qPrintable(from.toString(Qt::ISODate)),
                        qPrintable(to.toString(Qt::ISODate)), static_cast<long long>(rows),
                        static_cast<long long>(issued), percentile(ms, 0.5));
        }

        // The live view: every queue's status (waiting, longest wait, open windows, estimate)
        // and the tickets served today, as a snapshot builds them.
        ServerStore store(statements);
        const QStringList queues = store.queueCodes();
        std::vector<double> ms;
        int waiting = 0;
        int served = 0;
        for (int run = 0; run < std::max(runs, 5); ++run) {
            timer.restart();
            waiting = 0;
            served = 0;
            for (const QString &code : queues) {
                const auto snapshot = fixture.engine().queueSnapshot(code);
                if (!snapshot.ok())
                    qFatal("queue snapshot failed");
                waiting += snapshot.value().waiting;
            }
            for (int n : store.finishedPerQueue(fixture.engine().today()))
                served += n;
            ms.push_back(double(timer.nsecsElapsed()) / 1e6);
        }
        std::printf("live view queues=%lld waiting=%d served_today=%d median_ms=%.1f\n",
                    static_cast<long long>(queues.size()), waiting, served, percentile(ms, 0.5));

        // The console's charts, attendance and ranking, on the report connection as the
        // server runs them.
        const auto timed = [&](const char *what, const std::function<QString()> &read) {
            std::vector<double> took;
            QString figures;
            for (int run = 0; run < std::max(runs, 5); ++run) {
                timer.restart();
                reader.connection().transaction();
                figures = read();
                reader.connection().commit();
                took.push_back(double(timer.nsecsElapsed()) / 1e6);
            }
            std::printf("%s %s median_ms=%.1f\n", what, qPrintable(figures), percentile(took, 0.5));
        };
        const HallTime hallTime;
        const auto chartsOf = [&](QDate day) {
            const QJsonObject charts = HallCharts(statements).build(day, hallTime);
            qint64 issuedThatDay = 0;
            for (const QJsonValue &h : charts.value(QLatin1String("hours")).toArray())
                issuedThatDay += h.toObject().value(QLatin1String("issued")).toInteger();
            return QStringLiteral("day=%1 issued=%2 areas=%3")
                .arg(day.toString(Qt::ISODate))
                .arg(issuedThatDay)
                .arg(charts.value(QLatin1String("areas")).toArray().size());
        };
        timed("charts today", [&] { return chartsOf(to); });
        timed("charts past_day", [&] { return chartsOf(to.addDays(-1)); });
        const qint64 nowMs = mondayMorningUtc().toMSecsSinceEpoch();
        const auto attendanceOf = [&](QDate first) {
            const QJsonObject answer =
                StaffAttendance(statements).build(first, to, nowMs, hallTime);
            return QStringLiteral("from=%1 to=%2 rows=%3")
                .arg(first.toString(Qt::ISODate), to.toString(Qt::ISODate))
                .arg(answer.value(QLatin1String("rows")).toArray().size());
        };
        timed("attendance today", [&] { return attendanceOf(to); });
        timed("attendance week", [&] { return attendanceOf(to.addDays(-6)); });
        const auto rankingOf = [&](int quarter) {
            const QJsonObject answer =
                ServiceRanking(statements).build(2026, quarter, RankingCriteria(), 60);
            return QStringLiteral("quarter=2026Q%1 windows=%2 staff=%3 eligible_windows=%4")
                .arg(quarter)
                .arg(answer.value(QLatin1String("windows")).toArray().size())
                .arg(answer.value(QLatin1String("staff")).toArray().size())
                .arg(answer.value(QLatin1String("eligible"))
                         .toObject()
                         .value(QLatin1String("windows"))
                         .toInt());
        };
        timed("ranking", [&] { return rankingOf(3); });
    } catch (const StorageError &e) {
        std::printf("status=error %s\n", e.what());
        return 1;
    }
    std::printf("status=ok\n");
    return 0;
}
