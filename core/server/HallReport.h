#pragma once

#include <QDate>
#include <QJsonObject>
#include <optional>

namespace halldesk {

class PreparedStatements;

// The figures of hallReport (PROTOCOL.md §5.31): over a range of hall days, per day, area,
// queue, window or staff member, the tickets issued, served, missed and cancelled with their
// waits and service times, and the 好差评 of the services as ratingStats counts them. Two
// aggregate queries, one over tickets and one over service_ratings, each an index range
// (schema step 8); names come from the small reference tables afterwards, so the big queries
// never join. Throws StorageError.
class HallReport
{
public:
    enum class By
    {
        Day,
        Area,
        Queue,
        Window,
        Staff,
    };
    static std::optional<By> byFromKey(const QString &key);
    // The longest range one report covers: a year, leap day included.
    static constexpr int MaxDays = 366;

    explicit HallReport(PreparedStatements &statements)
        : m_sql(statements)
    {}

    // {"rows": [...], "totals": {...}}; rows in key order, one per key with any ticket or
    // rating in the range.
    QJsonObject build(QDate from, QDate to, By by);

private:
    PreparedStatements &m_sql;
};

} // namespace halldesk
