#pragma once

#include <QFrame>

class QLabel;
class QTableView;

namespace halldesk {

class CounterModel;
class WaitingTicketsModel;

// Who is waiting for this window: a line per queue it serves with its figures, and the tickets
// in call order with their waiting times. Double-click (or Enter) calls a ticket out of order.
class WaitingListPanel : public QFrame
{
    Q_OBJECT

public:
    explicit WaitingListPanel(const CounterModel &model, QWidget *parent = nullptr);

    void tick();
    QTableView *view() const { return m_view; }

signals:
    void callTicketRequested(const QString &number);

private:
    void refreshSummary();

    const CounterModel &m_model;
    WaitingTicketsModel *m_tickets;
    QLabel *m_caption;
    QLabel *m_summary;
    QTableView *m_view;
};

} // namespace halldesk
