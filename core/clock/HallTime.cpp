#include "clock/HallTime.h"

namespace halldesk {

HallTime::HallTime(QTimeZone zone)
    : m_zone(zone.isValid() ? std::move(zone) : QTimeZone(8 * 3600))
{}

QDate HallTime::serviceDay(const QDateTime &utc) const
{
    return utc.toTimeZone(m_zone).date();
}

QDate HallTime::serviceDay(qint64 utcMs) const
{
    return serviceDay(QDateTime::fromMSecsSinceEpoch(utcMs, Qt::UTC));
}

QDateTime HallTime::localTime(const QDateTime &utc) const
{
    return utc.toTimeZone(m_zone);
}

int HallTime::dayKey(QDate day)
{
    return day.year() * 10000 + day.month() * 100 + day.day();
}

QDate HallTime::dayFromKey(int key)
{
    return QDate(key / 10000, (key / 100) % 100, key % 100);
}

} // namespace halldesk
