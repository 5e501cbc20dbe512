#pragma once

#include "domain/Ticket.h"

#include <QAbstractTableModel>
#include <QList>

namespace halldesk {

class CounterModel;

// The window's waiting list for a table view: every ticket this window may call, in call
// order, with how long each has waited. The waited column moves with tick(), which the view
// calls once a second; nothing is asked of the server for it.
class WaitingTicketsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NumberColumn,
        QueueColumn,
        WaitedColumn,
        NotesColumn,
        ColumnCount
    };
    enum Role
    {
        TicketIdRole = Qt::UserRole + 1,
        TicketNumberRole,
    };

    explicit WaitingTicketsModel(const CounterModel &counter, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    void tick();

private:
    void refresh();

    const CounterModel &m_counter;
    QList<Ticket> m_tickets;
};

} // namespace halldesk
