#pragma once

#include <QObject>
#include <QTimer>

namespace halldesk {

class QueueEngine;

// Runs the engine's housekeeping on a timer: expired holds back to their queue, and the
// previous days' open tickets closed once the hall's day has rolled over.
class QueueSweeper : public QObject
{
    Q_OBJECT

public:
    explicit QueueSweeper(QueueEngine &engine, QObject *parent = nullptr);
    void start(std::chrono::milliseconds interval);
    void sweepNow();

signals:
    void holdsExpired(int count);
    void ticketsClosed(int count);

private:
    QueueEngine &m_engine;
    QTimer m_timer;
};

} // namespace halldesk
