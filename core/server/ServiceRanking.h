#pragma once

#include "server/RankingCriteria.h"

#include <QDate>
#include <QJsonObject>

namespace halldesk {

class PreparedStatements;

// The quarterly ranking of serviceRanking (PROTOCOL.md §5.34; the rules in RANKING.md): the
// top windows (十佳红旗窗口) and staff members (十佳服务标兵) of a quarter by a weighted score of
// satisfaction rate, tickets served, average service time and attendance. Reads the quarter's
// tickets (tickets_report), ratings (service_ratings_report), open follow-ups and sign-ins.
// Throws StorageError.
class ServiceRanking
{
public:
    explicit ServiceRanking(PreparedStatements &statements)
        : m_sql(statements)
    {}

    // The sign-ins of a range of days (two day keys bound), for its attendance part.
    static QString signInsSql();
    static QDate quarterStart(int year, int quarter) { return QDate(year, quarter * 3 - 2, 1); }
    static QDate quarterEnd(int year, int quarter)
    {
        return quarterStart(year, quarter).addMonths(3).addDays(-1);
    }

    // `workingDays`: the hall's working days of the quarter up to today, what attendance is
    // measured against.
    QJsonObject build(int year, int quarter, const RankingCriteria &criteria, int workingDays);

private:
    PreparedStatements &m_sql;
};

} // namespace halldesk
