#include "supervisor/WindowGridModel.h"

#include "supervisor/HallMonitor.h"

namespace halldesk {

WindowGridModel::WindowGridModel(HallMonitor &hall, QObject *parent)
    : QAbstractListModel(parent)
    , m_hall(hall)
{
    connect(&m_hall, &HallMonitor::hallReset, this, &WindowGridModel::reset);
    connect(&m_hall, &HallMonitor::windowChanged, this, &WindowGridModel::onWindowChanged);
    reset();
}

int WindowGridModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_numbers.size());
}

QVariant WindowGridModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MonitoredWindow *window = m_hall.window(m_numbers.at(index.row()));
    if (!window)
        return {};
    switch (role) {
    case NumberRole:
        return window->number;
    case AreaRole:
        return window->area;
    case AreaTitleRole:
        return m_areaTitles.value(window->area, window->area);
    case ClerkRole:
        if (!window->isSignedIn())
            return QString();
        return window->staffName.isEmpty() ? window->staffNo : window->staffName;
    case TicketRole:
        return window->status() == WindowStatus::Serving ? window->currentTicket : QString();
    case StatusRole:
        return int(window->status());
    case Qt::DisplayRole:
    case StatusTextRole:
        return statusText(*window);
    case ServiceTimeRole:
        if (window->status() != WindowStatus::Serving || window->calledAtMs == 0)
            return QString();
        return duration(m_hall.serverNowMs() - window->calledAtMs);
    default:
        return {};
    }
}

QHash<int, QByteArray> WindowGridModel::roleNames() const
{
    return {{NumberRole, "number"},         {AreaRole, "area"},
            {AreaTitleRole, "areaTitle"},   {ClerkRole, "clerk"},
            {TicketRole, "ticket"},         {StatusRole, "status"},
            {StatusTextRole, "statusText"}, {ServiceTimeRole, "serviceTime"}};
}

void WindowGridModel::tick()
{
    // Only the serving windows' times move; rows in between are left alone so a view repaints
    // the tiles that changed.
    for (int row = 0; row < m_numbers.size(); ++row) {
        const MonitoredWindow *window = m_hall.window(m_numbers.at(row));
        if (window && window->status() == WindowStatus::Serving) {
            const QModelIndex at = index(row);
            emit dataChanged(at, at, {ServiceTimeRole});
        }
    }
}

QString WindowGridModel::statusText(const MonitoredWindow &window)
{
    switch (window.status()) {
    case WindowStatus::Serving:
        return tr("Serving");
    case WindowStatus::Idle:
        return tr("Idle");
    case WindowStatus::Paused:
        return window.pauseReason.isEmpty() ? tr("Paused")
                                            : tr("Paused: %1").arg(window.pauseReason);
    case WindowStatus::SignedOut:
        return tr("Signed out");
    case WindowStatus::Offline:
        return tr("Offline");
    }
    return {};
}

QString WindowGridModel::duration(qint64 ms)
{
    const qint64 seconds = std::max<qint64>(0, ms / 1000);
    return QStringLiteral("%1:%2")
        .arg(seconds / 60, 2, 10, QLatin1Char('0'))
        .arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

void WindowGridModel::reset()
{
    beginResetModel();
    m_numbers.clear();
    m_rows.clear();
    m_areaTitles.clear();
    for (const AreaWindows &area : m_hall.windowsByArea()) {
        m_areaTitles.insert(area.code, area.letter.isEmpty()
                                           ? area.name
                                           : area.letter + QLatin1Char(' ') + area.name);
        for (int number : area.windows) {
            m_rows.insert(number, int(m_numbers.size()));
            m_numbers.append(number);
        }
    }
    endResetModel();
}

void WindowGridModel::onWindowChanged(int number)
{
    const int row = rowOf(number);
    if (row < 0)
        return;
    const QModelIndex at = index(row);
    emit dataChanged(at, at);
}

} // namespace halldesk
