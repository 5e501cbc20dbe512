#pragma once

#include <QWidget>

class QLabel;

namespace halldesk {

class Clock;
class HallMonitor;

// The bottom line of the supervisor console: connected or not, in words; the windows by what
// they are doing and the citizens waiting; the time now.
class SupervisorStatusLine : public QWidget
{
    Q_OBJECT

public:
    SupervisorStatusLine(const HallMonitor &hall, const Clock &clock, QWidget *parent = nullptr);

    QString onlineText() const;
    QString countsText() const;
    QString timeText() const;
    // Reads the hall and the clock again.
    void refresh();

private:
    const HallMonitor &m_hall;
    const Clock &m_clock;
    QLabel *m_online = nullptr;
    QLabel *m_counts = nullptr;
    QLabel *m_time = nullptr;
};

} // namespace halldesk
