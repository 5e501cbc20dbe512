#pragma once

#include <QWidget>

class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace halldesk {

class QueueTableModel;

// The supervisor console's queues: per area and per queue, the waiting citizens, the longest
// and the estimated wait, today's served tickets and the open windows.
class QueuesPanel : public QWidget
{
    Q_OBJECT

public:
    explicit QueuesPanel(QueueTableModel &model, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    // Only one area and its queues ("" for all), as the grid beside it shows.
    void setAreaFilter(const QString &area);

private:
    QueueTableModel &m_model;
    QLabel *m_title = nullptr;
    QTableView *m_table = nullptr;
    QSortFilterProxyModel *m_shown = nullptr;
};

} // namespace halldesk
