#include "server/HallCharts.h"

#include "clock/HallTime.h"
#include "server/RatingStatistics.h"
#include "server/RatingTally.h"
#include "storage/PreparedStatements.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <algorithm>
#include <map>

namespace halldesk {

namespace {

constexpr qint64 HourMs = 3'600'000;
constexpr qint64 MinuteMs = 60'000;
constexpr int Hours = 24;

// The hour of the day `atMs` falls in, counted from the day's local midnight; a ticket finished
// after midnight counts in the day's last hour.
int hourOf(qint64 atMs, qint64 midnightMs)
{
    return int(std::clamp<qint64>((atMs - midnightMs) / HourMs, 0, Hours - 1));
}

} // namespace

QList<int> HallCharts::waitBoundsMinutes()
{
    return {0, 5, 10, 15, 20, 30, 45, 60};
}

QJsonObject HallCharts::build(QDate day, const HallTime &time)
{
    const qint64 midnightMs = QDateTime(day, QTime(0, 0), time.zone()).toMSecsSinceEpoch();
    const QList<int> bounds = waitBoundsMinutes();
    QList<qint64> issued(Hours, 0);
    QList<qint64> served(Hours, 0);
    QList<qint64> waits(bounds.size(), 0);
    auto &t = m_sql.run(QStringLiteral("SELECT issued_at_ms, called_at_ms, finished_at_ms, status "
                                       "FROM tickets WHERE service_day = ?"),
                        {HallTime::dayKey(day)});
    {
        StatementFinisher done(t);
        const QString finished = QStringLiteral("finished");
        while (t.next()) {
            const qint64 issuedMs = t.value(0).toLongLong();
            const qint64 calledMs = t.value(1).toLongLong();
            ++issued[hourOf(issuedMs, midnightMs)];
            if (t.value(3).toString() == finished)
                ++served[hourOf(t.value(2).toLongLong(), midnightMs)];
            if (calledMs > 0) {
                const qint64 waitMs = calledMs - issuedMs;
                qsizetype bucket = bounds.size() - 1;
                while (bucket > 0 && waitMs < bounds.at(bucket) * MinuteMs)
                    --bucket;
                ++waits[bucket];
            }
        }
    }
    QJsonArray hours;
    for (int h = 0; h < Hours; ++h)
        hours.append(QJsonObject{{QStringLiteral("hour"), h},
                                 {QStringLiteral("issued"), issued.at(h)},
                                 {QStringLiteral("served"), served.at(h)}});
    QJsonArray buckets;
    for (qsizetype i = 0; i < bounds.size(); ++i)
        buckets.append(
            QJsonObject{{QStringLiteral("fromMinutes"), bounds.at(i)},
                        {QStringLiteral("toMinutes"),
                         i + 1 < bounds.size() ? QJsonValue(bounds.at(i + 1)) : QJsonValue()},
                        {QStringLiteral("count"), waits.at(i)}});

    // Every area of the hall, in code order, with the ratings of the day recorded there.
    std::map<QString, std::pair<QString, RatingTally>> areas;
    auto &a = m_sql.run(QStringLiteral("SELECT code, name FROM areas"), {});
    while (a.next())
        areas[a.value(0).toString()].first = a.value(1).toString();
    a.finish();
    auto &r = m_sql.run(QStringLiteral("SELECT r.area") + RatingStatistics::levelCountColumns() +
                            QStringLiteral(" FROM service_ratings r WHERE r.service_day = ? AND "
                                           "r.state <> 'pending' GROUP BY r.area"),
                        {day.toString(Qt::ISODate)});
    {
        StatementFinisher done(r);
        while (r.next())
            areas[r.value(0).toString()].second.addColumns(r, 1);
    }
    QJsonArray areaRows;
    for (const auto &[code, entry] : areas) {
        QJsonObject row{{QStringLiteral("key"), code}, {QStringLiteral("name"), entry.first}};
        entry.second.insertInto(row);
        areaRows.append(row);
    }
    return {{QStringLiteral("day"), day.toString(Qt::ISODate)},
            {QStringLiteral("hours"), hours},
            {QStringLiteral("waits"), buckets},
            {QStringLiteral("areas"), areaRows}};
}

} // namespace halldesk
