#include "supervisor/AdminConfig.h"

#include "supervisor/AlertThresholdsJson.h"

namespace halldesk {

namespace {

QString text(const QJsonObject &json, const char *key)
{
    return json.value(QLatin1String(key)).toString();
}

} // namespace

AdminConfig AdminConfig::fromJson(const QJsonObject &json)
{
    AdminConfig config;
    for (const QJsonValue &value : json.value(QLatin1String("areas")).toArray()) {
        const QJsonObject a = value.toObject();
        config.areas << Area{text(a, "code"), text(a, "name"), text(a, "letter")};
    }
    for (const QJsonValue &value : json.value(QLatin1String("queues")).toArray()) {
        const QJsonObject q = value.toObject();
        config.queues << Queue{text(q, "code"), text(q, "name"), text(q, "area"), text(q, "prefix"),
                               q.value(QLatin1String("initialServiceSeconds")).toInt(300)};
    }
    for (const QJsonValue &value : json.value(QLatin1String("windows")).toArray()) {
        const QJsonObject w = value.toObject();
        Window window{
            w.value(QLatin1String("number")).toInt(), text(w, "name"), text(w, "area"), {}};
        for (const QJsonValue &served : w.value(QLatin1String("queues")).toArray()) {
            const QJsonObject s = served.toObject();
            window.queues << ServedQueue{text(s, "queue"),
                                         s.value(QLatin1String("weight")).toDouble(1.0)};
        }
        config.windows << window;
    }
    for (const QJsonValue &value : json.value(QLatin1String("staff")).toArray()) {
        const QJsonObject s = value.toObject();
        config.staff << Staff{text(s, "staffNo"),
                              text(s, "name"),
                              text(s, "role"),
                              s.value(QLatin1String("active")).toBool(true),
                              s.value(QLatin1String("hasPassword")).toBool(),
                              s.value(QLatin1String("locked")).toBool()};
    }
    for (const QJsonValue &value : json.value(QLatin1String("priorityGroups")).toArray()) {
        const QJsonObject g = value.toObject();
        config.priorityGroups << PriorityGroupSetting{
            text(g, "group"), g.value(QLatin1String("enabled")).toBool(true)};
    }
    config.thresholds =
        AlertThresholdsJson::fromJson(json.value(QLatin1String("thresholds")).toObject())
            .value_or(AlertThresholds());
    for (const QJsonValue &value : json.value(QLatin1String("holidayYears")).toArray()) {
        const QJsonObject y = value.toObject();
        config.holidayYears << HolidayYearInfo{y.value(QLatin1String("year")).toInt(),
                                               text(y, "notice"),
                                               y.value(QLatin1String("holidays")).toInt()};
    }
    return config;
}

QJsonArray AdminConfig::servedJson(const QList<ServedQueue> &queues)
{
    QJsonArray out;
    for (const ServedQueue &served : queues) {
        out.append(QJsonObject{{QStringLiteral("queue"), served.queue},
                               {QStringLiteral("weight"), served.weight}});
    }
    return out;
}

const AdminConfig::Window *AdminConfig::window(int number) const
{
    for (const Window &w : windows) {
        if (w.number == number)
            return &w;
    }
    return nullptr;
}

const AdminConfig::Staff *AdminConfig::staffMember(const QString &staffNo) const
{
    for (const Staff &s : staff) {
        if (s.staffNo == staffNo)
            return &s;
    }
    return nullptr;
}

const AdminConfig::Area *AdminConfig::area(const QString &code) const
{
    for (const Area &a : areas) {
        if (a.code == code)
            return &a;
    }
    return nullptr;
}

} // namespace halldesk
