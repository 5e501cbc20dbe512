#pragma once

#include "server/ServerEvent.h"

#include <QHash>
#include <QJsonObject>

namespace halldesk {

// The tickets of each queue finished today (PROTOCOL.md §9.3 `servedToday`), counted on the
// network thread from the `finish` events as they are published. Counting the finished rows of
// the day for every queue event (four times a second) would read the whole day's tickets, since
// no index covers finished tickets; the count instead is read once when the server starts and
// then kept up by the events, which leave only after their batch is durable, in commit order, so
// it never counts a finish that was rolled back and agrees with every snapshot. A new service
// day starts again from zero.
class ServedToday
{
public:
    void reset(int serviceDay, QHash<QString, int> finished = {});
    int serviceDay() const { return m_day; }
    void count(const QList<ServerEvent> &events);
    int served(const QString &queue) const { return m_finished.value(queue); }
    // Adds "servedToday" to a queue status that has a "queue".
    void addTo(QJsonObject &status) const;

private:
    int m_day = 0;
    QHash<QString, int> m_finished; // queue code → finished today
};

} // namespace halldesk
