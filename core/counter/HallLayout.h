#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace halldesk {

// The hall as the `hall` operation describes it (PROTOCOL.md §5.2): what a terminal needs to
// name queues and windows to people, and to offer transfer targets.
struct HallArea
{
    QString code;
    QString name;
    QString letter;
};

struct HallQueue
{
    QString code;
    QString name;
    QString area;
    QString prefix;
};

struct HallWindowQueue
{
    QString queue;
    int weight = 1;
};

struct HallWindow
{
    int number = 0;
    QString name;
    QString area;
    QList<HallWindowQueue> queues;
};

class HallLayout
{
public:
    static HallLayout fromJson(const QJsonObject &hall);
    QJsonObject toJson() const;

    bool isEmpty() const { return m_queues.isEmpty() && m_windows.isEmpty(); }
    const QList<HallArea> &areas() const { return m_areas; }
    const QList<HallQueue> &queues() const { return m_queues; }
    const QList<HallWindow> &windows() const { return m_windows; }

    const HallQueue *queue(const QString &code) const;
    const HallWindow *window(int number) const;
    const HallArea *area(const QString &code) const;
    // The queue's name for people, or its code when the layout does not know it.
    QString queueName(const QString &code) const;
    // The codes of the queues this window serves, in the hall's order.
    QStringList queuesOfWindow(int number) const;

private:
    QList<HallArea> m_areas;
    QList<HallQueue> m_queues;
    QList<HallWindow> m_windows;
};

} // namespace halldesk
