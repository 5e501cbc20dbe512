#include "counter/HallLayout.h"

#include <QJsonArray>

namespace halldesk {

namespace {

QString text(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

} // namespace

HallLayout HallLayout::fromJson(const QJsonObject &hall)
{
    HallLayout layout;
    for (const QJsonValue &v : hall.value(QLatin1String("areas")).toArray()) {
        const QJsonObject o = v.toObject();
        layout.m_areas.append({text(o, "code"), text(o, "name"), text(o, "letter")});
    }
    for (const QJsonValue &v : hall.value(QLatin1String("queues")).toArray()) {
        const QJsonObject o = v.toObject();
        layout.m_queues.append(
            {text(o, "code"), text(o, "name"), text(o, "area"), text(o, "prefix")});
    }
    for (const QJsonValue &v : hall.value(QLatin1String("windows")).toArray()) {
        const QJsonObject o = v.toObject();
        HallWindow window{
            o.value(QLatin1String("number")).toInt(), text(o, "name"), text(o, "area"), {}};
        for (const QJsonValue &q : o.value(QLatin1String("queues")).toArray()) {
            const QJsonObject qo = q.toObject();
            window.queues.append({text(qo, "queue"), qo.value(QLatin1String("weight")).toInt(1)});
        }
        if (window.number > 0)
            layout.m_windows.append(window);
    }
    return layout;
}

QJsonObject HallLayout::toJson() const
{
    QJsonArray areas;
    for (const HallArea &a : m_areas)
        areas.append(QJsonObject{{QStringLiteral("code"), a.code},
                                 {QStringLiteral("name"), a.name},
                                 {QStringLiteral("letter"), a.letter}});
    QJsonArray queues;
    for (const HallQueue &q : m_queues)
        queues.append(QJsonObject{{QStringLiteral("code"), q.code},
                                  {QStringLiteral("name"), q.name},
                                  {QStringLiteral("area"), q.area},
                                  {QStringLiteral("prefix"), q.prefix}});
    QJsonArray windows;
    for (const HallWindow &w : m_windows) {
        QJsonArray served;
        for (const HallWindowQueue &q : w.queues)
            served.append(QJsonObject{{QStringLiteral("queue"), q.queue},
                                      {QStringLiteral("weight"), q.weight}});
        windows.append(QJsonObject{{QStringLiteral("number"), w.number},
                                   {QStringLiteral("name"), w.name},
                                   {QStringLiteral("area"), w.area},
                                   {QStringLiteral("queues"), served}});
    }
    return {{QStringLiteral("areas"), areas},
            {QStringLiteral("queues"), queues},
            {QStringLiteral("windows"), windows}};
}

const HallQueue *HallLayout::queue(const QString &code) const
{
    for (const HallQueue &q : m_queues)
        if (q.code == code)
            return &q;
    return nullptr;
}

const HallWindow *HallLayout::window(int number) const
{
    for (const HallWindow &w : m_windows)
        if (w.number == number)
            return &w;
    return nullptr;
}

const HallArea *HallLayout::area(const QString &code) const
{
    for (const HallArea &a : m_areas)
        if (a.code == code)
            return &a;
    return nullptr;
}

QString HallLayout::queueName(const QString &code) const
{
    const HallQueue *q = queue(code);
    return q && !q->name.isEmpty() ? q->name : code;
}

QStringList HallLayout::queuesOfWindow(int number) const
{
    QStringList codes;
    if (const HallWindow *w = window(number))
        for (const HallWindowQueue &q : w->queues)
            codes << q.queue;
    return codes;
}

} // namespace halldesk
