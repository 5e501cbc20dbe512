#pragma once

#include <QJsonObject>

namespace halldesk {

// How serviceRanking (PROTOCOL.md §5.34, core/server/RANKING.md) scores windows and staff for
// the quarterly 十佳红旗窗口 and 十佳服务标兵: the weights of the four parts of the score, and
// what a window or staff member needs to be ranked at all. A 差评 whose follow-up is not
// finished disqualifies. Filled from the server's configuration file (ranking_*).
struct RankingCriteria
{
    int satisfactionWeight = 40;
    int servedWeight = 30;
    int serviceTimeWeight = 10;
    int attendanceWeight = 20;
    int minServed = 100;
    int minRatings = 30;
    // How many of each list are ranked.
    int places = 10;

    int weightSum() const
    {
        return satisfactionWeight + servedWeight + serviceTimeWeight + attendanceWeight;
    }
    QJsonObject toJson() const
    {
        return {{QStringLiteral("satisfactionWeight"), satisfactionWeight},
                {QStringLiteral("servedWeight"), servedWeight},
                {QStringLiteral("serviceTimeWeight"), serviceTimeWeight},
                {QStringLiteral("attendanceWeight"), attendanceWeight},
                {QStringLiteral("minServed"), minServed},
                {QStringLiteral("minRatings"), minRatings},
                {QStringLiteral("openFollowUps"), QStringLiteral("disqualify")},
                {QStringLiteral("places"), places}};
    }
};

} // namespace halldesk
