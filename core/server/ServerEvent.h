#pragma once

#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace halldesk {

// An event as the server publishes it: its kind and data (PROTOCOL.md, "Events"), and whom
// it concerns, so the hub can hand it to the terminals subscribed to any of those.
struct ServerEvent
{
    QString kind; // "ticket", "call", "window", "queue", "resync", "rating", "followUp"
    QJsonObject data;
    QStringList queues;
    QList<int> windows;
    bool isCall = false;
    bool everyone = false;
    // Also for the connections subscribed with ratings: true (PROTOCOL.md §12.5).
    bool ratings = false;
    // When set, what a window's subscribers get instead of `data` unless they subscribed to
    // ratings: a Rating without the citizen's reasons and comment.
    QJsonObject windowData;
};

} // namespace halldesk
