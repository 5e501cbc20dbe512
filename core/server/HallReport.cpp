#include "server/HallReport.h"

#include "rating/RatingLevel.h"
#include "server/RatingStatistics.h"
#include "storage/PreparedStatements.h"

#include <QHash>
#include <QJsonArray>
#include <QSqlQuery>
#include <algorithm>
#include <cmath>
#include <map>
#include <tuple>

namespace halldesk {

namespace {

// One row's counts, kept as sums so that rows add up into the totals exactly.
struct Figures
{
    qint64 issued = 0;
    qint64 served = 0;
    qint64 noShows = 0;
    qint64 cancelled = 0;
    qint64 called = 0;
    qint64 waitSumMs = 0;
    qint64 maxWaitMs = 0;
    qint64 serviceSumMs = 0;
    QList<qint64> levels = QList<qint64>(RatingLevels::all().size(), 0);
    qint64 unrated = 0;

    void add(const Figures &other)
    {
        issued += other.issued;
        served += other.served;
        noShows += other.noShows;
        cancelled += other.cancelled;
        called += other.called;
        waitSumMs += other.waitSumMs;
        maxWaitMs = std::max(maxWaitMs, other.maxWaitMs);
        serviceSumMs += other.serviceSumMs;
        for (qsizetype i = 0; i < levels.size(); ++i)
            levels[i] += other.levels.at(i);
        unrated += other.unrated;
    }

    QJsonObject toJson() const
    {
        const auto average = [](qint64 sum, qint64 count) {
            return count > 0 ? QJsonValue(std::llround(double(sum) / double(count))) : QJsonValue();
        };
        const QList<RatingLevel> all = RatingLevels::all();
        QJsonObject counts;
        qint64 rated = 0;
        qint64 satisfied = 0;
        for (qsizetype i = 0; i < all.size(); ++i) {
            counts.insert(RatingLevels::storageName(all.at(i)), levels.at(i));
            rated += levels.at(i);
            if (!RatingLevels::isBad(all.at(i)))
                satisfied += levels.at(i);
        }
        counts.insert(QStringLiteral("unrated"), unrated);
        return {{QStringLiteral("issued"), issued},
                {QStringLiteral("served"), served},
                {QStringLiteral("noShows"), noShows},
                {QStringLiteral("cancelled"), cancelled},
                {QStringLiteral("averageWaitMs"), average(waitSumMs, called)},
                {QStringLiteral("averageServiceMs"), average(serviceSumMs, served)},
                {QStringLiteral("maxWaitMs"), called > 0 ? QJsonValue(maxWaitMs) : QJsonValue()},
                {QStringLiteral("counts"), counts},
                {QStringLiteral("rated"), rated},
                {QStringLiteral("unrated"), unrated},
                {QStringLiteral("satisfactionRate"),
                 rated > 0 ? QJsonValue(double(satisfied) / double(rated)) : QJsonValue()}};
    }
};

// What a row is filed under: windows sort by number, everything else by its text.
struct RowKey
{
    qint64 number = 0;
    QString text;
    bool operator<(const RowKey &other) const
    {
        return std::tie(number, text) < std::tie(other.number, other.text);
    }
};

struct Row
{
    QJsonValue key;
    QString name;
    Figures figures;
};

struct QueueName
{
    QString code;
    QString name;
    QString areaCode;
};

// The reference tables, small enough to read whole: they turn the aggregates' ids into keys.
struct Names
{
    QHash<qint64, QueueName> queues;
    QHash<QString, QString> areas;
    QHash<int, QString> windows;
    QHash<qint64, QString> staffNo;
    QHash<QString, QString> staffName;

    explicit Names(PreparedStatements &sql)
    {
        auto &q = sql.run(QStringLiteral("SELECT q.id, q.code, q.name, a.code FROM queues q JOIN "
                                         "areas a ON a.id = q.area_id"),
                          {});
        while (q.next())
            queues.insert(q.value(0).toLongLong(),
                          {q.value(1).toString(), q.value(2).toString(), q.value(3).toString()});
        q.finish();
        auto &a = sql.run(QStringLiteral("SELECT code, name FROM areas"), {});
        while (a.next())
            areas.insert(a.value(0).toString(), a.value(1).toString());
        a.finish();
        auto &w = sql.run(QStringLiteral("SELECT number, name FROM windows"), {});
        while (w.next())
            windows.insert(w.value(0).toInt(), w.value(1).toString());
        w.finish();
        auto &s = sql.run(QStringLiteral("SELECT id, staff_no, name FROM staff"), {});
        while (s.next()) {
            staffNo.insert(s.value(0).toLongLong(), s.value(1).toString());
            staffName.insert(s.value(1).toString(), s.value(2).toString());
        }
        s.finish();
    }
};

// Which of the aggregates' leading columns (day, queue, window, staff for tickets; day, area,
// window, staff for ratings) a grouping files its rows under.
int keyColumn(HallReport::By by)
{
    switch (by) {
    case HallReport::By::Day:
        return 0;
    case HallReport::By::Area:
    case HallReport::By::Queue:
        return 1;
    case HallReport::By::Window:
        return 2;
    case HallReport::By::Staff:
        return 3;
    }
    return 0;
}

// The row a ticket aggregate (fromTickets) or a rating aggregate belongs to.
Row &rowFor(std::map<RowKey, Row> &rows, HallReport::By by, const QVariant &raw, bool fromTickets,
            const Names &names)
{
    QString text;
    QString name;
    qint64 number = 0;
    switch (by) {
    case HallReport::By::Day:
        if (fromTickets) {
            const int day = raw.toInt();
            text = QDate(day / 10000, day / 100 % 100, day % 100).toString(Qt::ISODate);
        } else {
            text = raw.toString();
        }
        break;
    case HallReport::By::Area:
        text = fromTickets ? names.queues.value(raw.toLongLong()).areaCode : raw.toString();
        name = names.areas.value(text);
        break;
    case HallReport::By::Queue: {
        const QueueName queue = names.queues.value(raw.toLongLong());
        text = queue.code;
        name = queue.name;
        break;
    }
    case HallReport::By::Window:
        number = raw.toLongLong();
        name = names.windows.value(int(number));
        break;
    case HallReport::By::Staff:
        // Tickets nobody called have no staff member: the row with an empty key.
        text = fromTickets ? names.staffNo.value(raw.toLongLong()) : raw.toString();
        name = names.staffName.value(text);
        break;
    }
    auto [it, added] = rows.try_emplace(RowKey{number, text});
    if (added) {
        it->second.key = by == HallReport::By::Window ? QJsonValue(number) : QJsonValue(text);
        it->second.name = name;
    }
    return it->second;
}

int dayNumber(QDate day)
{
    return day.year() * 10000 + day.month() * 100 + day.day();
}

} // namespace

std::optional<HallReport::By> HallReport::byFromKey(const QString &key)
{
    static const QHash<QString, By> keys = {{QStringLiteral("day"), By::Day},
                                            {QStringLiteral("area"), By::Area},
                                            {QStringLiteral("queue"), By::Queue},
                                            {QStringLiteral("window"), By::Window},
                                            {QStringLiteral("staff"), By::Staff}};
    const auto it = keys.constFind(key);
    return it == keys.cend() ? std::nullopt : std::optional<By>(*it);
}

QJsonObject HallReport::build(QDate from, QDate to, By by)
{
    const Names names(m_sql);
    std::map<RowKey, Row> rows;

    // Grouped in the order of the index (tickets_report), whatever the report's grouping: SQLite
    // then aggregates as it scans, with no sort of a quarter's rows, and the few thousand
    // groups are folded into the report's rows here.
    auto &t = m_sql.run(
        QStringLiteral(
            "SELECT service_day, queue_id, window_number, served_by, COUNT(*), SUM(CASE WHEN "
            "status = 'finished' THEN 1 ELSE 0 END), SUM(CASE WHEN status = 'no_show' THEN 1 "
            "ELSE 0 END), SUM(CASE WHEN status = 'cancelled' THEN 1 ELSE 0 END), SUM(CASE WHEN "
            "called_at_ms > 0 THEN 1 ELSE 0 END), CAST(SUM(CASE WHEN called_at_ms > 0 THEN "
            "called_at_ms - issued_at_ms ELSE 0 END) AS BIGINT), MAX(CASE WHEN called_at_ms > 0 "
            "THEN called_at_ms - issued_at_ms ELSE 0 END), CAST(SUM(CASE WHEN status = "
            "'finished' THEN finished_at_ms - called_at_ms ELSE 0 END) AS BIGINT) FROM tickets "
            "WHERE service_day >= ? AND service_day <= ? GROUP BY service_day, queue_id, "
            "window_number, served_by"),
        {dayNumber(from), dayNumber(to)});
    {
        StatementFinisher done(t);
        while (t.next()) {
            Figures f;
            f.issued = t.value(4).toLongLong();
            f.served = t.value(5).toLongLong();
            f.noShows = t.value(6).toLongLong();
            f.cancelled = t.value(7).toLongLong();
            f.called = t.value(8).toLongLong();
            f.waitSumMs = t.value(9).toLongLong();
            f.maxWaitMs = t.value(10).toLongLong();
            f.serviceSumMs = t.value(11).toLongLong();
            rowFor(rows, by, t.value(keyColumn(by)), true, names).figures.add(f);
        }
    }

    // As ratingStats counts them: on their service day, pending ones not yet.
    const QList<RatingLevel> levels = RatingLevels::all();
    const QString sums = RatingStatistics::levelCountColumns();
    // In index order (service_ratings_report) like the tickets; only the queue needs the ticket.
    const QString sql =
        by == By::Queue
            ? QStringLiteral("SELECT NULL, t.queue_id, NULL, NULL") + sums +
                  QStringLiteral(" FROM service_ratings r JOIN tickets t ON t.id = r.ticket_id "
                                 "WHERE r.service_day >= ? AND r.service_day <= ? AND r.state "
                                 "<> 'pending' GROUP BY t.queue_id")
            : QStringLiteral("SELECT r.service_day, r.area, r.window_number, r.staff_no") + sums +
                  QStringLiteral(" FROM service_ratings r WHERE r.service_day >= ? AND "
                                 "r.service_day <= ? AND r.state <> 'pending' GROUP BY "
                                 "r.service_day, r.window_number, r.area, r.staff_no");
    auto &r = m_sql.run(sql, {from.toString(Qt::ISODate), to.toString(Qt::ISODate)});
    {
        StatementFinisher done(r);
        while (r.next()) {
            Figures f;
            for (qsizetype i = 0; i < levels.size(); ++i)
                f.levels[i] = r.value(4 + int(i)).toLongLong();
            f.unrated = r.value(4 + int(levels.size())).toLongLong();
            rowFor(rows, by, r.value(keyColumn(by)), false, names).figures.add(f);
        }
    }

    QJsonArray list;
    Figures totals;
    for (const auto &[sortKey, row] : rows) {
        QJsonObject json = row.figures.toJson();
        json.insert(QStringLiteral("key"), row.key);
        if (by != By::Day)
            json.insert(QStringLiteral("name"), row.name);
        list.append(json);
        totals.add(row.figures);
    }
    return {{QStringLiteral("rows"), list}, {QStringLiteral("totals"), totals.toJson()}};
}

} // namespace halldesk
