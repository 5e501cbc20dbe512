#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace halldesk {

// A queue as the kiosk offers it: what it is, who serves it, and how long the line is now.
struct KioskQueue
{
    QString code;
    QString name;       // "个人综合受理"
    QString area;       // area code
    QString prefix;     // "A"
    QList<int> windows; // the windows that serve it, by number
    int waiting = 0;
    int estimatedWaitSeconds = 0;
    int openWindows = 0;

    // Nobody is signed in at any of its windows: a ticket may still be taken (a window may
    // open later), but the citizen is told.
    bool isClosed() const { return openWindows == 0; }
};

// A business area (综合受理, 不动产登记, …) with the citizens waiting in all its queues.
struct KioskArea
{
    QString code;
    QString name;
    QString letter;
    int waiting = 0;
    int queues = 0;
};

// The hall as the kiosk knows it: the layout from the `hall` operation and the live figures of
// every queue from the snapshot and its `queue` events (PROTOCOL.md §5.2, §6). Plain data, so
// the kiosk's pages and their tests need no server.
class KioskHall
{
public:
    void applyLayout(const QJsonObject &hall);
    // A queue status (§9.3): from a snapshot's queues or a `queue` event.
    void applyStatus(const QJsonObject &status);
    void clearFigures();

    bool isEmpty() const { return m_areas.isEmpty(); }
    // In the hall's order (by letter), each with its waiting total.
    QList<KioskArea> areas() const;
    // The area's queues in the hall's order.
    QList<KioskQueue> queuesOf(const QString &area) const;
    std::optional<KioskQueue> queue(const QString &code) const;

private:
    QList<KioskArea> m_areas;
    QList<KioskQueue> m_queues;
    QHash<QString, qsizetype> m_queueIndex;
};

} // namespace halldesk
