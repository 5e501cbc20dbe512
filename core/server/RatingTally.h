#pragma once

#include <QJsonObject>
#include <QList>

class QSqlQuery;

namespace halldesk {

// The 好差评 of a set of services as hallReport and ratingStats count them (PROTOCOL.md §12.7):
// rated ones per level, the unrated ones, and the satisfaction rate (非常满意 + 满意 + 基本满意)
// ÷ rated. Filled from the columns of RatingStatistics::levelCountColumns().
struct RatingTally
{
    QList<qint64> levels;
    qint64 unrated = 0;

    RatingTally();
    // Adds the level columns of `q` starting at `column` (one per level, then the unrated).
    void addColumns(const QSqlQuery &q, int column);
    void add(const RatingTally &other);
    qint64 rated() const;
    qint64 satisfied() const;
    // Of the rated ones; negative with nothing rated.
    double rate() const;
    // Inserts counts, rated, unrated and satisfactionRate (null with nothing rated) into `json`.
    void insertInto(QJsonObject &json) const;
};

} // namespace halldesk
