#include "supervisor/QueueTableModel.h"

#include "supervisor/HallMonitor.h"

namespace halldesk {

QueueTableModel::QueueTableModel(HallMonitor &hall, QObject *parent)
    : QAbstractTableModel(parent)
    , m_hall(hall)
{
    connect(&m_hall, &HallMonitor::hallReset, this, &QueueTableModel::refresh);
    connect(&m_hall, &HallMonitor::queuesChanged, this, &QueueTableModel::refresh);
    refresh();
}

int QueueTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int QueueTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QueueTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const QueueFigures &f = row.figures;
    if (role == IsAreaRole)
        return row.isArea;
    if (role == AreaCodeRole)
        return f.area;
    if (role == Qt::TextAlignmentRole && index.column() != NameColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        // Queues indented under their area.
        return row.isArea ? f.name : QStringLiteral("    ") + (f.name.isEmpty() ? f.code : f.name);
    case WaitingColumn:
        return f.waiting;
    case LongestWaitColumn:
        return f.waiting > 0 ? minutesText(f.longestWaitMs) : minutesText(0);
    case EstimatedWaitColumn:
        return f.waiting > 0 ? minutesText(qint64(f.estimatedWaitSeconds) * 1000) : minutesText(0);
    case ServedColumn:
        return f.servedToday;
    case OpenWindowsColumn:
        return f.openWindows;
    default:
        return {};
    }
}

QVariant QueueTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Area / queue");
    case WaitingColumn:
        return tr("Waiting");
    case LongestWaitColumn:
        return tr("Longest wait");
    case EstimatedWaitColumn:
        return tr("Estimated wait");
    case ServedColumn:
        return tr("Served today");
    case OpenWindowsColumn:
        return tr("Open windows");
    default:
        return {};
    }
}

int QueueTableModel::rowOf(const QString &code) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).figures.code == code)
            return i;
    }
    return -1;
}

void QueueTableModel::tick()
{
    if (m_rows.isEmpty())
        return;
    m_rows = currentRows();
    emit dataChanged(index(0, LongestWaitColumn), index(rowCount() - 1, LongestWaitColumn),
                     {Qt::DisplayRole});
}

QString QueueTableModel::minutesText(qint64 ms)
{
    if (ms <= 0)
        return QStringLiteral("—");
    if (ms < 60 * 1000)
        return tr("< 1 min");
    return tr("%n min", nullptr, int(ms / (60 * 1000)));
}

QList<QueueTableModel::Row> QueueTableModel::currentRows() const
{
    const QList<QueueFigures> queues = m_hall.queues();
    QList<Row> rows;
    for (const QueueFigures &area : m_hall.areas()) {
        rows.append({area, true});
        for (const QueueFigures &queue : queues) {
            if (queue.area == area.code)
                rows.append({queue, false});
        }
    }
    return rows;
}

void QueueTableModel::refresh()
{
    QList<Row> rows = currentRows();
    const bool sameRows =
        rows.size() == m_rows.size() &&
        std::equal(rows.cbegin(), rows.cend(), m_rows.cbegin(), [](const Row &a, const Row &b) {
            return a.figures.code == b.figures.code && a.isArea == b.isArea;
        });
    if (!sameRows) {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
        return;
    }
    m_rows = std::move(rows);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::DisplayRole});
}

} // namespace halldesk
