#include "server/ServedToday.h"

namespace halldesk {

void ServedToday::reset(int serviceDay, QHash<QString, int> finished)
{
    m_day = serviceDay;
    m_finished = std::move(finished);
}

void ServedToday::count(const QList<ServerEvent> &events)
{
    for (const ServerEvent &event : events) {
        if (event.kind != QLatin1String("ticket") ||
            event.data.value(QLatin1String("action")).toString() != QLatin1String("finish"))
            continue;
        const QJsonObject ticket = event.data.value(QLatin1String("ticket")).toObject();
        const int day = ticket.value(QLatin1String("serviceDay")).toInt();
        // A finish of a later day means the day turned before the housekeeping noticed it.
        if (day > m_day)
            reset(day);
        if (day == m_day)
            ++m_finished[ticket.value(QLatin1String("queue")).toString()];
    }
}

void ServedToday::addTo(QJsonObject &status) const
{
    status.insert(QStringLiteral("servedToday"),
                  served(status.value(QLatin1String("queue")).toString()));
}

} // namespace halldesk
