#include "supervisor/FollowUpTableModel.h"

#include "rating/RatingLevel.h"
#include "server/FollowUpLifecycle.h"
#include "supervisor/FollowUpWording.h"

namespace halldesk {

FollowUpTableModel::FollowUpTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void FollowUpTableModel::setFollowUps(const QJsonArray &followUps)
{
    beginResetModel();
    m_rows.clear();
    for (const QJsonValue &value : followUps)
        if (value.isObject())
            m_rows << value.toObject();
    endResetModel();
}

int FollowUpTableModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows[row].value(QLatin1String("id")).toInteger() == id)
            return row;
    return -1;
}

void FollowUpTableModel::update(const QJsonObject &followUp)
{
    const int row = rowOf(followUp.value(QLatin1String("id")).toInteger());
    if (row < 0)
        return;
    QJsonObject merged = followUp;
    for (const char *kept : {"comment", "notes", "reasons"})
        if (!merged.contains(QLatin1String(kept)))
            merged.insert(QLatin1String(kept), m_rows[row].value(QLatin1String(kept)));
    m_rows[row] = merged;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

QStringList FollowUpTableModel::allowedActions(const QJsonObject &followUp)
{
    const QString state = followUp.value(QLatin1String("state")).toString();
    QStringList allowed;
    for (const QString &action : FollowUpWording::actions())
        if (FollowUpLifecycle::next(state, action))
            allowed << action;
    return allowed;
}

QString FollowUpTableModel::dueText(const QJsonObject &followUp)
{
    const QString state = followUp.value(QLatin1String("state")).toString();
    QString due;
    if (state == QLatin1String("new"))
        due = tr("Call back by %1").arg(followUp.value(QLatin1String("callbackDue")).toString());
    else if (state == QLatin1String("rectifying"))
        due = tr("Rectify by %1").arg(followUp.value(QLatin1String("rectifyDue")).toString());
    else if (FollowUpLifecycle::isClosed(state))
        return tr("Closed %1").arg(followUp.value(QLatin1String("closedOn")).toString());
    else
        return QStringLiteral("—");
    if (followUp.value(QLatin1String("overdue")).toBool())
        due = tr("%1 (overdue)").arg(due);
    return due;
}

int FollowUpTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FollowUpTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FollowUpTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const QJsonObject &f = m_rows[index.row()];
    if (role == OverdueRole)
        return f.value(QLatin1String("overdue")).toBool();
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Opened:
        return f.value(QLatin1String("openedOn")).toString();
    case Window:
        return tr("Window %1").arg(f.value(QLatin1String("window")).toInt());
    case Staff:
        return f.value(QLatin1String("staffNo")).toString();
    case Ticket:
        return f.value(QLatin1String("ticketNumber")).toString();
    case Level: {
        const auto level =
            RatingLevels::fromStorageName(f.value(QLatin1String("level")).toString());
        return level ? RatingLevels::displayName(*level) : QString();
    }
    case State:
        return FollowUpWording::stateName(f.value(QLatin1String("state")).toString());
    case Due:
        return dueText(f);
    default:
        return {};
    }
}

QVariant FollowUpTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Opened:
        return tr("Opened");
    case Window:
        return tr("Window");
    case Staff:
        return tr("Staff no.");
    case Ticket:
        return tr("Ticket");
    case Level:
        return tr("Rating");
    case State:
        return tr("State");
    case Due:
        return tr("Due");
    default:
        return {};
    }
}

} // namespace halldesk
