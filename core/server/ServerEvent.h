#pragma once

#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace halldesk {

// An event as the server publishes it: its kind and data (PROTOCOL.md, "Events"), and whom
// it concerns, so the hub can hand it to the terminals subscribed to any of those.
struct ServerEvent
{
    QString kind; // "ticket", "call", "window", "queue", "resync"
    QJsonObject data;
    QStringList queues;
    QList<int> windows;
    bool isCall = false;
    bool everyone = false;
};

} // namespace halldesk
