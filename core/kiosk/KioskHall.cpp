#include "kiosk/KioskHall.h"

#include <QJsonArray>
#include <algorithm>

namespace halldesk {

void KioskHall::applyLayout(const QJsonObject &hall)
{
    // Figures already known survive a new layout: the snapshot may have come first.
    QHash<QString, KioskQueue> before;
    for (const KioskQueue &queue : std::as_const(m_queues))
        before.insert(queue.code, queue);

    m_areas.clear();
    m_queues.clear();
    m_queueIndex.clear();
    for (const QJsonValue &value : hall.value(QLatin1String("areas")).toArray()) {
        const QJsonObject area = value.toObject();
        KioskArea kioskArea;
        kioskArea.code = area.value(QLatin1String("code")).toString();
        kioskArea.name = area.value(QLatin1String("name")).toString();
        kioskArea.letter = area.value(QLatin1String("letter")).toString();
        m_areas.append(kioskArea);
    }
    std::stable_sort(m_areas.begin(), m_areas.end(),
                     [](const KioskArea &a, const KioskArea &b) { return a.letter < b.letter; });

    for (const QJsonValue &value : hall.value(QLatin1String("queues")).toArray()) {
        const QJsonObject object = value.toObject();
        KioskQueue queue;
        queue.code = object.value(QLatin1String("code")).toString();
        queue.name = object.value(QLatin1String("name")).toString();
        queue.area = object.value(QLatin1String("area")).toString();
        queue.prefix = object.value(QLatin1String("prefix")).toString();
        const KioskQueue old = before.value(queue.code);
        queue.waiting = old.waiting;
        queue.estimatedWaitSeconds = old.estimatedWaitSeconds;
        queue.openWindows = old.openWindows;
        m_queueIndex.insert(queue.code, m_queues.size());
        m_queues.append(queue);
    }

    for (const QJsonValue &value : hall.value(QLatin1String("windows")).toArray()) {
        const QJsonObject window = value.toObject();
        const int number = window.value(QLatin1String("number")).toInt();
        for (const QJsonValue &served : window.value(QLatin1String("queues")).toArray()) {
            const auto index =
                m_queueIndex.constFind(served.toObject().value(QLatin1String("queue")).toString());
            if (index == m_queueIndex.cend())
                continue;
            KioskQueue &queue = m_queues[*index];
            queue.windows.append(number);
        }
    }
}

void KioskHall::applyStatus(const QJsonObject &status)
{
    const auto index = m_queueIndex.constFind(status.value(QLatin1String("queue")).toString());
    if (index == m_queueIndex.cend())
        return;
    KioskQueue &queue = m_queues[*index];
    queue.waiting = status.value(QLatin1String("waiting")).toInt();
    queue.estimatedWaitSeconds = status.value(QLatin1String("estimatedWaitSeconds")).toInt();
    queue.openWindows = status.value(QLatin1String("openWindows")).toInt();
}

void KioskHall::clearFigures()
{
    for (KioskQueue &queue : m_queues) {
        queue.waiting = 0;
        queue.estimatedWaitSeconds = 0;
        queue.openWindows = 0;
    }
}

QList<KioskArea> KioskHall::areas() const
{
    QList<KioskArea> areas = m_areas;
    for (KioskArea &area : areas) {
        for (const KioskQueue &queue : m_queues) {
            if (queue.area != area.code)
                continue;
            area.waiting += queue.waiting;
            ++area.queues;
        }
    }
    return areas;
}

QList<KioskQueue> KioskHall::queuesOf(const QString &area) const
{
    QList<KioskQueue> queues;
    for (const KioskQueue &queue : m_queues) {
        if (queue.area == area)
            queues.append(queue);
    }
    return queues;
}

std::optional<KioskQueue> KioskHall::queue(const QString &code) const
{
    const auto index = m_queueIndex.constFind(code);
    if (index == m_queueIndex.cend())
        return std::nullopt;
    return m_queues.at(*index);
}

} // namespace halldesk
