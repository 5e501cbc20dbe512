#include "server/StaffAttendance.h"

#include "clock/HallTime.h"
#include "server/RatingStatistics.h"
#include "server/RatingTally.h"
#include "server/StaffNames.h"
#include "storage/PreparedStatements.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <algorithm>
#include <cmath>
#include <map>
#include <optional>
#include <set>
#include <tuple>

namespace halldesk {

QString StaffAttendance::eventsSql()
{
    // The kind IN (...) term is events_attendance's own (schema step 10), word for word.
    return QStringLiteral("SELECT staff_id, service_day, at_ms, kind, window_number, detail FROM "
                          "events WHERE service_day >= ? AND service_day <= ? AND kind IN "
                          "('sign_in', 'sign_out', 'pause', 'resume_window') AND staff_id IS NOT "
                          "NULL ORDER BY staff_id, service_day, at_ms, id");
}

namespace {

struct Break
{
    qint64 count = 0;
    qint64 totalMs = 0;
};

// One staff member's day.
struct Day
{
    std::set<int> windows;
    std::optional<qint64> firstSignInMs;
    std::optional<qint64> lastSignOutMs;
    qint64 signedInMs = 0;
    bool signedInNow = false;
    std::map<QString, Break> breaks; // by reason
    qint64 served = 0;
    qint64 serviceSumMs = 0;
    RatingTally ratings;

    // The walk through the day's events.
    std::optional<qint64> sessionSinceMs;
    std::optional<qint64> pauseSinceMs;
    QString pauseReason;

    // A session or break that began before the day (it spans midnight) counts from its start.
    void ensureSession(qint64 dayStartMs)
    {
        if (!sessionSinceMs)
            sessionSinceMs = dayStartMs;
    }
    void endBreak(qint64 atMs)
    {
        if (!pauseSinceMs)
            return;
        Break &b = breaks[pauseReason];
        ++b.count;
        b.totalMs += std::max<qint64>(0, atMs - *pauseSinceMs);
        pauseSinceMs.reset();
        pauseReason.clear();
    }
    void endSession(qint64 atMs)
    {
        endBreak(atMs);
        if (sessionSinceMs)
            signedInMs += std::max<qint64>(0, atMs - *sessionSinceMs);
        sessionSinceMs.reset();
    }
};

struct DayKey
{
    QString staffNo;
    int day = 0;
    bool operator<(const DayKey &other) const
    {
        return std::tie(staffNo, day) < std::tie(other.staffNo, other.day);
    }
};

qint64 midnightMs(int dayKey, const HallTime &time)
{
    return QDateTime(HallTime::dayFromKey(dayKey), QTime(0, 0), time.zone()).toMSecsSinceEpoch();
}

QJsonValue orNull(const std::optional<qint64> &v)
{
    return v ? QJsonValue(*v) : QJsonValue();
}

} // namespace

QJsonObject StaffAttendance::build(QDate from, QDate to, qint64 nowMs, const HallTime &time)
{
    const StaffNames names(m_sql);

    const int first = HallTime::dayKey(from);
    const int last = HallTime::dayKey(to);
    const int today = HallTime::dayKey(time.serviceDay(nowMs));
    std::map<DayKey, Day> days;
    auto &e = m_sql.run(eventsSql(), {first, last});
    {
        StatementFinisher done(e);
        while (e.next()) {
            const int dayKey = e.value(1).toInt();
            Day &day = days[{names.staffNo.value(e.value(0).toLongLong()), dayKey}];
            const qint64 atMs = e.value(2).toLongLong();
            const QString kind = e.value(3).toString();
            const qint64 dayStartMs = midnightMs(dayKey, time);
            if (kind == QLatin1String("sign_in")) {
                if (!day.sessionSinceMs)
                    day.sessionSinceMs = atMs;
                if (!day.firstSignInMs)
                    day.firstSignInMs = atMs;
                day.windows.insert(e.value(4).toInt());
            } else if (kind == QLatin1String("sign_out")) {
                day.ensureSession(dayStartMs);
                day.endSession(atMs);
                day.lastSignOutMs = atMs;
            } else if (kind == QLatin1String("pause")) {
                day.ensureSession(dayStartMs);
                if (!day.pauseSinceMs) {
                    day.pauseSinceMs = atMs;
                    day.pauseReason = QJsonDocument::fromJson(e.value(5).toString().toUtf8())
                                          .object()
                                          .value(QLatin1String("reason"))
                                          .toString();
                }
            } else { // resume_window
                day.ensureSession(dayStartMs);
                if (!day.pauseSinceMs)
                    day.pauseSinceMs = dayStartMs;
                day.endBreak(atMs);
            }
        }
    }
    // What is still open at the end of its day: today's up to now, an earlier day's up to its
    // midnight.
    for (auto &[key, day] : days) {
        if (!day.sessionSinceMs)
            continue;
        const qint64 endMs =
            key.day >= today
                ? nowMs
                : midnightMs(HallTime::dayKey(HallTime::dayFromKey(key.day).addDays(1)), time);
        day.signedInNow = key.day >= today;
        day.endSession(std::max(endMs, *day.sessionSinceMs));
    }

    auto &t = m_sql.run(QStringLiteral("SELECT service_day, served_by, COUNT(*), CAST(SUM("
                                       "finished_at_ms - called_at_ms) AS BIGINT) FROM tickets "
                                       "WHERE service_day >= ? AND service_day <= ? AND status = "
                                       "'finished' AND served_by IS NOT NULL GROUP BY "
                                       "service_day, served_by"),
                        {first, last});
    {
        StatementFinisher done(t);
        while (t.next()) {
            Day &day = days[{names.staffNo.value(t.value(1).toLongLong()), t.value(0).toInt()}];
            day.served += t.value(2).toLongLong();
            day.serviceSumMs += t.value(3).toLongLong();
        }
    }
    auto &r = m_sql.run(QStringLiteral("SELECT r.service_day, r.staff_no") +
                            RatingStatistics::levelCountColumns() +
                            QStringLiteral(" FROM service_ratings r WHERE r.service_day >= ? AND "
                                           "r.service_day <= ? AND r.state <> 'pending' AND "
                                           "r.staff_no <> '' GROUP BY r.service_day, r.staff_no"),
                        {from.toString(Qt::ISODate), to.toString(Qt::ISODate)});
    {
        StatementFinisher done(r);
        while (r.next()) {
            const QDate day = QDate::fromString(r.value(0).toString(), Qt::ISODate);
            days[{r.value(1).toString(), HallTime::dayKey(day)}].ratings.addColumns(r, 2);
        }
    }

    QJsonArray rows;
    for (const auto &[key, day] : days) {
        QJsonArray windows;
        for (int w : day.windows)
            windows.append(w);
        QJsonArray reasons;
        qint64 pauseCount = 0;
        qint64 pauseMs = 0;
        for (const auto &[reason, b] : day.breaks) {
            reasons.append(QJsonObject{{QStringLiteral("reason"), reason},
                                       {QStringLiteral("count"), b.count},
                                       {QStringLiteral("totalMs"), b.totalMs}});
            pauseCount += b.count;
            pauseMs += b.totalMs;
        }
        QJsonObject row{
            {QStringLiteral("staffNo"), key.staffNo},
            {QStringLiteral("name"), names.name.value(key.staffNo)},
            {QStringLiteral("day"), HallTime::dayFromKey(key.day).toString(Qt::ISODate)},
            {QStringLiteral("windows"), windows},
            {QStringLiteral("firstSignInMs"), orNull(day.firstSignInMs)},
            {QStringLiteral("lastSignOutMs"), orNull(day.lastSignOutMs)},
            {QStringLiteral("signedInMs"), day.signedInMs},
            {QStringLiteral("signedInNow"), day.signedInNow},
            {QStringLiteral("pauses"), QJsonObject{{QStringLiteral("count"), pauseCount},
                                                   {QStringLiteral("totalMs"), pauseMs},
                                                   {QStringLiteral("reasons"), reasons}}},
            {QStringLiteral("served"), day.served},
            {QStringLiteral("averageServiceMs"),
             day.served > 0
                 ? QJsonValue(std::llround(double(day.serviceSumMs) / double(day.served)))
                 : QJsonValue()}};
        day.ratings.insertInto(row);
        rows.append(row);
    }
    return {{QStringLiteral("from"), from.toString(Qt::ISODate)},
            {QStringLiteral("to"), to.toString(Qt::ISODate)},
            {QStringLiteral("rows"), rows}};
}

} // namespace halldesk
