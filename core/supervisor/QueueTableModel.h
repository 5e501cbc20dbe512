#pragma once

#include "supervisor/QueueFigures.h"

#include <QAbstractTableModel>

namespace halldesk {

class HallMonitor;

// The supervisor console's queues panel as a table over a HallMonitor: each business area in
// the hall's order (its figures summed) followed by its queues, with the waiting citizens,
// the longest wait, the estimate for someone taking a ticket now, today's served tickets and
// the open windows. Figures are refreshed in place; the rows change only with the layout.
class QueueTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        WaitingColumn,
        LongestWaitColumn,
        EstimatedWaitColumn,
        ServedColumn,
        OpenWindowsColumn,
        ColumnCount
    };
    // True for an area's row (a heading in the table).
    static constexpr int IsAreaRole = Qt::UserRole + 1;
    // The area's code on its row and on its queues' rows, to show one area.
    static constexpr int AreaCodeRole = Qt::UserRole + 2;

    explicit QueueTableModel(HallMonitor &hall, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // -1 if there is no such queue or area.
    int rowOf(const QString &code) const;
    // Longest waits move on with the clock.
    void tick();

    // "12 分钟", "< 1 分钟", "—" for none.
    static QString minutesText(qint64 ms);

private:
    struct Row
    {
        QueueFigures figures;
        bool isArea = false;
    };

    void refresh();
    QList<Row> currentRows() const;

    HallMonitor &m_hall;
    QList<Row> m_rows;
};

} // namespace halldesk
