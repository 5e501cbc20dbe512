#pragma once

#include <QDate>
#include <QJsonObject>
#include <QList>

namespace halldesk {

class HallTime;
class PreparedStatements;

// The figures of hallCharts (PROTOCOL.md §5.32) for one hall day: tickets issued and served per
// hour of the hall's local day, how long the called ones waited (in buckets of minutes), and the
// 好差评 per area as hallReport counts them. Two reads, each one index range of the day
// (tickets_report, service_ratings_report); the hall's areas come from their small table.
// Throws StorageError.
class HallCharts
{
public:
    // The lower bounds of the waiting-time buckets in minutes; the last bucket has no upper one.
    static QList<int> waitBoundsMinutes();

    explicit HallCharts(PreparedStatements &statements)
        : m_sql(statements)
    {}

    QJsonObject build(QDate day, const HallTime &time);

private:
    PreparedStatements &m_sql;
};

} // namespace halldesk
