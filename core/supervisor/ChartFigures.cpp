#include "supervisor/ChartFigures.h"

#include <QJsonArray>
#include <algorithm>

namespace halldesk {

namespace {

constexpr int OpeningHour = 8;
constexpr int ClosingHour = 18; // the last hour shown is 17:00–18:00

} // namespace

std::optional<ChartFigures> ChartFigures::fromJson(const QJsonObject &result)
{
    const QJsonValue hours = result.value(QLatin1String("hours"));
    const QJsonValue waits = result.value(QLatin1String("waits"));
    const QJsonValue areas = result.value(QLatin1String("areas"));
    if (!hours.isArray() || !waits.isArray() || !areas.isArray())
        return std::nullopt;
    ChartFigures figures;
    figures.day = QDate::fromString(result.value(QLatin1String("day")).toString(), Qt::ISODate);
    if (!figures.day.isValid())
        return std::nullopt;
    for (const QJsonValue &v : hours.toArray()) {
        const QJsonObject h = v.toObject();
        figures.hours.append({h.value(QLatin1String("hour")).toInt(),
                              h.value(QLatin1String("issued")).toInt(),
                              h.value(QLatin1String("served")).toInt()});
    }
    for (const QJsonValue &v : waits.toArray()) {
        const QJsonObject w = v.toObject();
        figures.waits.append({w.value(QLatin1String("fromMinutes")).toInt(),
                              w.value(QLatin1String("toMinutes")).toInt(-1),
                              w.value(QLatin1String("count")).toInt()});
    }
    for (const QJsonValue &v : areas.toArray()) {
        const QJsonObject a = v.toObject();
        const QJsonValue rate = a.value(QLatin1String("satisfactionRate"));
        figures.areas.append(
            {a.value(QLatin1String("key")).toString(), a.value(QLatin1String("name")).toString(),
             a.value(QLatin1String("rated")).toInt(), a.value(QLatin1String("unrated")).toInt(),
             rate.isDouble() ? std::optional<double>(rate.toDouble()) : std::nullopt});
    }
    return figures;
}

QList<ChartFigures::Hour> ChartFigures::shownHours() const
{
    int first = OpeningHour;
    int last = ClosingHour - 1;
    for (const Hour &h : hours) {
        if (h.issued == 0 && h.served == 0)
            continue;
        first = std::min(first, h.hour);
        last = std::max(last, h.hour);
    }
    QList<Hour> shown;
    for (int hour = first; hour <= last; ++hour) {
        const auto it = std::find_if(hours.cbegin(), hours.cend(),
                                     [hour](const Hour &h) { return h.hour == hour; });
        shown.append(it == hours.cend() ? Hour{hour, 0, 0} : *it);
    }
    return shown;
}

int ChartFigures::issuedTotal() const
{
    int sum = 0;
    for (const Hour &h : hours)
        sum += h.issued;
    return sum;
}

int ChartFigures::servedTotal() const
{
    int sum = 0;
    for (const Hour &h : hours)
        sum += h.served;
    return sum;
}

bool ChartFigures::isEmpty() const
{
    if (issuedTotal() > 0)
        return false;
    return std::none_of(areas.cbegin(), areas.cend(),
                        [](const Area &a) { return a.rated > 0 || a.unrated > 0; });
}

QString ChartFigures::waitLabel(const WaitBucket &bucket)
{
    if (bucket.toMinutes < 0)
        return tr("≥ %1").arg(bucket.fromMinutes);
    return tr("%1–%2").arg(bucket.fromMinutes).arg(bucket.toMinutes);
}

} // namespace halldesk
