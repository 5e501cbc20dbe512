#pragma once

#include <QWidget>

class QLabel;
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

private:
    QueueTableModel &m_model;
    QLabel *m_title = nullptr;
    QTableView *m_table = nullptr;
};

} // namespace halldesk
