#pragma once

#include <QJsonObject>
#include <QSet>
#include <QString>

namespace halldesk {

// What a terminal asked to hear about (PROTOCOL.md, "subscribe").
struct Subscription
{
    bool allQueues = false;
    QSet<QString> queues;
    bool allWindows = false;
    QSet<int> windows;
    bool calls = false;
    bool ratings = false; // every rating and follow-up event (supervisors only)

    bool wantsQueue(const QString &code) const { return allQueues || queues.contains(code); }
    bool wantsWindow(int number) const
    {
        return number != 0 && (allWindows || windows.contains(number));
    }
    bool isEmpty() const
    {
        return !allQueues && queues.isEmpty() && !allWindows && windows.isEmpty() && !calls &&
               !ratings;
    }
    QJsonObject toJson() const;
};

} // namespace halldesk
