#pragma once

#include "supervisor/MonitoredWindow.h"

#include <QAbstractListModel>
#include <QHash>

namespace halldesk {

class HallMonitor;

// The supervisor console's grid of windows (大厅监控) as a list model over a HallMonitor: one
// row per window in the hall's order (areas by letter, windows by number), so a view can draw
// an area heading wherever AreaRole changes. A window's change updates its row alone; a
// snapshot or a new layout resets the model. The time in service ticks only when tick() is
// called (the screen's one-second timer; tests call it with a manual clock).
class WindowGridModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        NumberRole = Qt::UserRole + 1,
        AreaRole,       // the area's code
        AreaTitleRole,  // "A 综合受理"
        ClerkRole,      // the clerk's name, or their staff number if the server has no name
        TicketRole,     // the ticket being served, "" if none
        StatusRole,     // WindowStatus as int
        StatusTextRole, // the state in words: 服务中, 空闲, 暂停：午休, 未登录, 离线
        ServiceTimeRole // "mm:ss" since the current ticket was first called, "" if none
    };

    explicit WindowGridModel(HallMonitor &hall, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // -1 for a window the hall does not have.
    int rowOf(int number) const { return m_rows.value(number, -1); }
    // Serving windows' times move on with the clock.
    void tick();

    static QString statusText(const MonitoredWindow &window);
    // "mm:ss" (minutes go past 59: a service of 75 minutes is 75:00).
    static QString duration(qint64 ms);

private:
    void reset();
    void onWindowChanged(int number);

    HallMonitor &m_hall;
    QList<int> m_numbers;
    QHash<int, int> m_rows; // window number → row
    QHash<QString, QString> m_areaTitles;
};

} // namespace halldesk
