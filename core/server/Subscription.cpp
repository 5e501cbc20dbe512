#include "server/Subscription.h"

#include <QJsonArray>
#include <algorithm>

namespace halldesk {

QJsonObject Subscription::toJson() const
{
    QJsonArray queueList;
    if (allQueues) {
        queueList.append(QStringLiteral("*"));
    } else {
        QStringList sorted(queues.begin(), queues.end());
        sorted.sort();
        for (const QString &code : sorted)
            queueList.append(code);
    }
    QJsonArray windowList;
    if (allWindows) {
        windowList.append(QStringLiteral("*"));
    } else {
        QList<int> sorted(windows.begin(), windows.end());
        std::sort(sorted.begin(), sorted.end());
        for (int number : sorted)
            windowList.append(number);
    }
    QJsonObject json{{QStringLiteral("queues"), queueList},
                     {QStringLiteral("windows"), windowList},
                     {QStringLiteral("calls"), calls}};
    if (ratings)
        json.insert(QStringLiteral("ratings"), true);
    return json;
}

} // namespace halldesk
