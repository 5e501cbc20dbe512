#include "server/ServiceRanking.h"

#include "clock/HallTime.h"
#include "server/RatingStatistics.h"
#include "server/RatingTally.h"
#include "server/StaffNames.h"
#include "storage/PreparedStatements.h"

#include <QHash>
#include <QJsonArray>
#include <QSqlQuery>
#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <tuple>

namespace halldesk {

QString ServiceRanking::signInsSql()
{
    // The kind IN (...) term is events_attendance's own (schema step 10): with it SQLite reads
    // the sign-ins from that small index instead of every event of the quarter.
    return QStringLiteral("SELECT DISTINCT service_day, staff_id, window_number FROM events "
                          "WHERE service_day >= ? AND service_day <= ? AND kind IN ('sign_in', "
                          "'sign_out', 'pause', 'resume_window') AND kind = 'sign_in'");
}

namespace {

// A window or staff member over the quarter.
struct Candidate
{
    QJsonValue key;
    QString sortKey;
    QString name;
    qint64 served = 0;
    qint64 serviceSumMs = 0;
    RatingTally ratings;
    qint64 openFollowUps = 0;
    std::set<int> daysPresent;
    // Filled when scored.
    double satisfactionPart = 0;
    double servedPart = 0;
    double serviceTimePart = 0;
    double attendancePart = 0;
    qint64 scoreHundredths = 0;

    double averageServiceMs() const
    {
        return served > 0 ? double(serviceSumMs) / double(served) : 0.0;
    }
    double satisfactionRate() const { return std::max(0.0, ratings.rate()); }
};

using Candidates = std::map<QString, Candidate>;

Candidate &candidate(Candidates &all, const QJsonValue &key, const QString &sortKey,
                     const QString &name)
{
    auto [it, added] = all.try_emplace(sortKey);
    if (added) {
        it->second.key = key;
        it->second.sortKey = sortKey;
        it->second.name = name;
    }
    return it->second;
}

// Windows sort by number in the key map too.
QString windowKey(int number)
{
    return QStringLiteral("%1").arg(number, 6, 10, QLatin1Char('0'));
}

bool eligible(const Candidate &c, const RankingCriteria &criteria)
{
    return c.served >= criteria.minServed && c.ratings.rated() >= criteria.minRatings &&
           c.openFollowUps == 0;
}

// Scores the eligible ones against each other and returns the best `places`, best first:
// score, then satisfaction rate, then served, then shorter service, then key.
QJsonArray ranked(Candidates &all, const RankingCriteria &criteria, int workingDays,
                  int *eligibleCount)
{
    std::vector<Candidate *> list;
    qint64 maxServed = 0;
    double minAverage = 0;
    for (auto &[key, c] : all) {
        if (!eligible(c, criteria))
            continue;
        list.push_back(&c);
        maxServed = std::max(maxServed, c.served);
        const double average = c.averageServiceMs();
        if (average > 0 && (minAverage == 0 || average < minAverage))
            minAverage = average;
    }
    *eligibleCount = int(list.size());
    const double weights = std::max(1, criteria.weightSum());
    for (Candidate *c : list) {
        c->satisfactionPart = c->satisfactionRate();
        c->servedPart = maxServed > 0 ? double(c->served) / double(maxServed) : 0.0;
        const double average = c->averageServiceMs();
        c->serviceTimePart = average > 0 ? minAverage / average : 1.0;
        c->attendancePart =
            workingDays > 0 ? std::min(1.0, double(c->daysPresent.size()) / workingDays) : 0.0;
        const double score = 100.0 *
                             (criteria.satisfactionWeight * c->satisfactionPart +
                              criteria.servedWeight * c->servedPart +
                              criteria.serviceTimeWeight * c->serviceTimePart +
                              criteria.attendanceWeight * c->attendancePart) /
                             weights;
        c->scoreHundredths = std::llround(score * 100.0);
    }
    std::sort(list.begin(), list.end(), [](const Candidate *a, const Candidate *b) {
        const auto rate = [](const Candidate *c) {
            return std::llround(c->satisfactionRate() * 1e6);
        };
        const auto average = [](const Candidate *c) {
            return std::llround(c->averageServiceMs());
        };
        return std::make_tuple(-a->scoreHundredths, -rate(a), -a->served, average(a), a->sortKey) <
               std::make_tuple(-b->scoreHundredths, -rate(b), -b->served, average(b), b->sortKey);
    });
    QJsonArray out;
    for (int i = 0; i < int(list.size()) && i < criteria.places; ++i) {
        const Candidate &c = *list.at(i);
        QJsonObject row{
            {QStringLiteral("rank"), i + 1},
            {QStringLiteral("key"), c.key},
            {QStringLiteral("name"), c.name},
            {QStringLiteral("served"), c.served},
            {QStringLiteral("averageServiceMs"),
             c.served > 0 ? QJsonValue(std::llround(c.averageServiceMs())) : QJsonValue()},
            {QStringLiteral("daysPresent"), qint64(c.daysPresent.size())},
            {QStringLiteral("score"), double(c.scoreHundredths) / 100.0},
            {QStringLiteral("parts"),
             QJsonObject{{QStringLiteral("satisfaction"), c.satisfactionPart},
                         {QStringLiteral("served"), c.servedPart},
                         {QStringLiteral("serviceTime"), c.serviceTimePart},
                         {QStringLiteral("attendance"), c.attendancePart}}}};
        c.ratings.insertInto(row);
        out.append(row);
    }
    return out;
}

} // namespace

QJsonObject ServiceRanking::build(int year, int quarter, const RankingCriteria &criteria,
                                  int workingDays)
{
    const QDate from = quarterStart(year, quarter);
    const QDate to = quarterEnd(year, quarter);
    const int first = HallTime::dayKey(from);
    const int last = HallTime::dayKey(to);
    const QString fromText = from.toString(Qt::ISODate);
    const QString toText = to.toString(Qt::ISODate);

    QHash<int, QString> windowName;
    auto &w = m_sql.run(QStringLiteral("SELECT number, name FROM windows"), {});
    while (w.next())
        windowName.insert(w.value(0).toInt(), w.value(1).toString());
    w.finish();
    const StaffNames names(m_sql);

    Candidates windows;
    Candidates staff;
    const auto windowOf = [&](int number) -> Candidate & {
        return candidate(windows, number, windowKey(number), windowName.value(number));
    };
    const auto staffOf = [&](const QString &no) -> Candidate & {
        return candidate(staff, no, no, names.name.value(no));
    };

    auto &t = m_sql.run(QStringLiteral("SELECT window_number, served_by, COUNT(*), CAST(SUM("
                                       "finished_at_ms - called_at_ms) AS BIGINT) FROM tickets "
                                       "WHERE service_day >= ? AND service_day <= ? AND status = "
                                       "'finished' GROUP BY window_number, served_by"),
                        {first, last});
    {
        StatementFinisher done(t);
        while (t.next()) {
            const qint64 served = t.value(2).toLongLong();
            const qint64 sumMs = t.value(3).toLongLong();
            if (const int number = t.value(0).toInt(); number > 0) {
                Candidate &c = windowOf(number);
                c.served += served;
                c.serviceSumMs += sumMs;
            }
            if (!t.value(1).isNull()) {
                Candidate &c = staffOf(names.staffNo.value(t.value(1).toLongLong()));
                c.served += served;
                c.serviceSumMs += sumMs;
            }
        }
    }
    auto &r = m_sql.run(QStringLiteral("SELECT r.window_number, r.staff_no") +
                            RatingStatistics::levelCountColumns() +
                            QStringLiteral(" FROM service_ratings r WHERE r.service_day >= ? AND "
                                           "r.service_day <= ? AND r.state <> 'pending' GROUP BY "
                                           "r.window_number, r.staff_no"),
                        {fromText, toText});
    {
        StatementFinisher done(r);
        while (r.next()) {
            RatingTally tally;
            tally.addColumns(r, 2);
            windowOf(r.value(0).toInt()).ratings.add(tally);
            if (const QString no = r.value(1).toString(); !no.isEmpty())
                staffOf(no).ratings.add(tally);
        }
    }
    // 差评 of the quarter whose follow-up is not finished (as the follow-ups stand now).
    auto &f = m_sql.run(QStringLiteral("SELECT r.window_number, r.staff_no, COUNT(*) FROM "
                                       "rating_followups f JOIN service_ratings r ON r.id = "
                                       "f.rating_id WHERE f.state IN ('new', 'called_back', "
                                       "'rectifying') AND r.service_day >= ? AND r.service_day "
                                       "<= ? GROUP BY r.window_number, r.staff_no"),
                        {fromText, toText});
    {
        StatementFinisher done(f);
        while (f.next()) {
            const qint64 open = f.value(2).toLongLong();
            windowOf(f.value(0).toInt()).openFollowUps += open;
            if (const QString no = f.value(1).toString(); !no.isEmpty())
                staffOf(no).openFollowUps += open;
        }
    }
    // Attendance: the days with a sign-in, at the window and of the staff member.
    auto &a = m_sql.run(signInsSql(), {first, last});
    {
        StatementFinisher done(a);
        while (a.next()) {
            const int day = a.value(0).toInt();
            // Only who has served or been rated is a candidate at all.
            if (const auto it = windows.find(windowKey(a.value(2).toInt())); it != windows.end())
                it->second.daysPresent.insert(day);
            if (const auto it = staff.find(names.staffNo.value(a.value(1).toLongLong()));
                it != staff.end())
                it->second.daysPresent.insert(day);
        }
    }

    int eligibleWindows = 0;
    int eligibleStaff = 0;
    const QJsonArray windowList = ranked(windows, criteria, workingDays, &eligibleWindows);
    const QJsonArray staffList = ranked(staff, criteria, workingDays, &eligibleStaff);
    return {{QStringLiteral("year"), year},
            {QStringLiteral("quarter"), quarter},
            {QStringLiteral("from"), fromText},
            {QStringLiteral("to"), toText},
            {QStringLiteral("workingDays"), workingDays},
            {QStringLiteral("criteria"), criteria.toJson()},
            {QStringLiteral("considered"),
             QJsonObject{{QStringLiteral("windows"), qint64(windows.size())},
                         {QStringLiteral("staff"), qint64(staff.size())}}},
            {QStringLiteral("eligible"), QJsonObject{{QStringLiteral("windows"), eligibleWindows},
                                                     {QStringLiteral("staff"), eligibleStaff}}},
            {QStringLiteral("windows"), windowList},
            {QStringLiteral("staff"), staffList}};
}

} // namespace halldesk
