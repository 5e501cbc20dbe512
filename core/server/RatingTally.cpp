#include "server/RatingTally.h"

#include "rating/RatingLevel.h"

#include <QSqlQuery>
#include <QVariant>

namespace halldesk {

RatingTally::RatingTally()
    : levels(RatingLevels::all().size(), 0)
{}

void RatingTally::addColumns(const QSqlQuery &q, int column)
{
    for (qsizetype i = 0; i < levels.size(); ++i)
        levels[i] += q.value(column + int(i)).toLongLong();
    unrated += q.value(column + int(levels.size())).toLongLong();
}

void RatingTally::add(const RatingTally &other)
{
    for (qsizetype i = 0; i < levels.size(); ++i)
        levels[i] += other.levels.at(i);
    unrated += other.unrated;
}

qint64 RatingTally::rated() const
{
    qint64 sum = 0;
    for (qint64 n : levels)
        sum += n;
    return sum;
}

qint64 RatingTally::satisfied() const
{
    const QList<RatingLevel> all = RatingLevels::all();
    qint64 sum = 0;
    for (qsizetype i = 0; i < all.size(); ++i) {
        if (!RatingLevels::isBad(all.at(i)))
            sum += levels.at(i);
    }
    return sum;
}

double RatingTally::rate() const
{
    const qint64 n = rated();
    return n > 0 ? double(satisfied()) / double(n) : -1.0;
}

void RatingTally::insertInto(QJsonObject &json) const
{
    const QList<RatingLevel> all = RatingLevels::all();
    QJsonObject counts;
    for (qsizetype i = 0; i < all.size(); ++i)
        counts.insert(RatingLevels::storageName(all.at(i)), levels.at(i));
    counts.insert(QStringLiteral("unrated"), unrated);
    json.insert(QStringLiteral("counts"), counts);
    json.insert(QStringLiteral("rated"), rated());
    json.insert(QStringLiteral("unrated"), unrated);
    const double r = rate();
    json.insert(QStringLiteral("satisfactionRate"), r < 0 ? QJsonValue() : QJsonValue(r));
}

} // namespace halldesk
