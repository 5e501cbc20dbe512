#pragma once

#include <QDate>
#include <QDateTime>
#include <QTimeZone>

namespace halldesk {

// The hall's local time. Ticket numbering and "today" follow the hall's wall clock:
// the service day rolls over at local midnight, never at UTC midnight (which is 08:00 in China).
class HallTime
{
public:
    explicit HallTime(QTimeZone zone = QTimeZone(QByteArrayLiteral("Asia/Shanghai")));

    QDate serviceDay(const QDateTime &utc) const;
    QDate serviceDay(qint64 utcMs) const;
    QDateTime localTime(const QDateTime &utc) const;
    // Service days are stored as yyyymmdd integers: compact, ordered, identical in both databases.
    static int dayKey(QDate day);
    static QDate dayFromKey(int key);
    const QTimeZone &zone() const { return m_zone; }

private:
    QTimeZone m_zone;
};

} // namespace halldesk
