#pragma once

#include <QDate>
#include <QJsonArray>
#include <optional>

namespace halldesk {

class Catalogue;
class PreparedStatements;

// The figures of ratingStats (PROTOCOL.md §12.7): per window, staff member, area or service
// item, over a range of service days, the ratings per level and the unrated ones, with the
// satisfaction rate and the rectification rate of the 差评. Pending ratings do not count yet.
// Reads service_ratings, rating_items and rating_followups on the writer thread; throws
// StorageError.
class RatingStatistics
{
public:
    enum class By
    {
        Window,
        Staff,
        Area,
        Item,
    };
    static std::optional<By> byFromKey(const QString &key);

    // ", SUM(...)" per level of RatingLevels::all(), then the unrated ones, over
    // service_ratings as `r`: the counts hallReport shares with these statistics.
    static QString levelCountColumns();

    explicit RatingStatistics(PreparedStatements &statements)
        : m_sql(statements)
    {}

    // One row per key, in key order. Item names come from `catalogue` ("" for codes it does
    // not know).
    QJsonArray rows(QDate from, QDate to, By by, const Catalogue &catalogue);

private:
    PreparedStatements &m_sql;
};

} // namespace halldesk
