#include "counter/WaitingTicketsModel.h"

#include "counter/CounterModel.h"
#include "counter/TicketFormat.h"

namespace halldesk {

WaitingTicketsModel::WaitingTicketsModel(const CounterModel &counter, QObject *parent)
    : QAbstractTableModel(parent)
    , m_counter(counter)
{
    connect(&counter, &CounterModel::listsChanged, this, &WaitingTicketsModel::refresh);
    connect(&counter, &CounterModel::reset, this, &WaitingTicketsModel::refresh);
    connect(&counter, &CounterModel::queuesChanged, this, &WaitingTicketsModel::refresh);
    refresh();
}

void WaitingTicketsModel::refresh()
{
    beginResetModel();
    m_tickets = m_counter.waitingList();
    endResetModel();
}

void WaitingTicketsModel::tick()
{
    if (!m_tickets.isEmpty())
        emit dataChanged(index(0, WaitedColumn), index(int(m_tickets.size()) - 1, WaitedColumn),
                         {Qt::DisplayRole});
}

int WaitingTicketsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_tickets.size());
}

int WaitingTicketsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WaitingTicketsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_tickets.size())
        return {};
    const Ticket &t = m_tickets.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NumberColumn:
            return t.number;
        case QueueColumn:
            return m_counter.layout().queueName(t.queueCode);
        case WaitedColumn:
            return TicketFormat::duration(m_counter.serverNowMs() - t.issuedAtMs);
        case NotesColumn:
            return TicketFormat::notes(t, m_counter.windowNumber());
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == WaitedColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case TicketIdRole:
        return t.id;
    case TicketNumberRole:
        return t.number;
    default:
        break;
    }
    return {};
}

QVariant WaitingTicketsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NumberColumn:
        return tr("Ticket");
    case QueueColumn:
        return tr("Service");
    case WaitedColumn:
        return tr("Waited");
    case NotesColumn:
        return tr("Notes");
    }
    return {};
}

} // namespace halldesk
