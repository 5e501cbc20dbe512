#include "supervisor/AdminLogTableModel.h"

#include "supervisor/AdminLogWording.h"

#include <QDateTime>
#include <QJsonArray>
#include <QSet>

namespace halldesk {

AdminLogTableModel::AdminLogTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

QList<QJsonObject> AdminLogTableModel::entriesOf(const QJsonObject &page)
{
    m_more = page.value(QLatin1String("more")).toBool();
    QList<QJsonObject> entries;
    for (const QJsonValue &entry : page.value(QLatin1String("entries")).toArray())
        entries << entry.toObject();
    return entries;
}

void AdminLogTableModel::setNewest(const QJsonObject &page)
{
    beginResetModel();
    m_rows = entriesOf(page);
    endResetModel();
}

void AdminLogTableModel::appendOlder(const QJsonObject &page)
{
    // An answer that crossed a newer request may hold rows already shown: keep each id once.
    QSet<qint64> shown;
    for (const QJsonObject &row : std::as_const(m_rows))
        shown.insert(row.value(QLatin1String("id")).toInteger());
    QList<QJsonObject> older;
    for (const QJsonObject &entry : entriesOf(page)) {
        if (!shown.contains(entry.value(QLatin1String("id")).toInteger()))
            older << entry;
    }
    if (older.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + older.size() - 1));
    m_rows << older;
    endInsertRows();
}

void AdminLogTableModel::setAreaNames(const AdminLogWording::AreaNames &areas)
{
    if (areas == m_areas)
        return;
    m_areas = areas;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, Subject), index(rowCount() - 1, Detail));
}

qint64 AdminLogTableModel::oldestId() const
{
    return m_rows.isEmpty() ? 0 : m_rows.last().value(QLatin1String("id")).toInteger();
}

int AdminLogTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AdminLogTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AdminLogTableModel::text(const QJsonObject &entry, int column) const
{
    const QString operation = entry.value(QLatin1String("operation")).toString();
    const QJsonObject detail = entry.value(QLatin1String("detail")).toObject();
    switch (column) {
    case Time:
        return QDateTime::fromMSecsSinceEpoch(entry.value(QLatin1String("atMs")).toInteger())
            .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case Administrator: {
        const QString staffNo = entry.value(QLatin1String("staffNo")).toString();
        const QString name = entry.value(QLatin1String("staffName")).toString();
        return name.isEmpty() ? staffNo : tr("%1 (%2)").arg(name, staffNo);
    }
    case Change:
        return AdminLogWording::change(operation, detail);
    case Subject:
        return AdminLogWording::subject(operation, entry.value(QLatin1String("target")).toString(),
                                        m_areas);
    case Detail:
        return AdminLogWording::detail(operation, detail, m_areas);
    default:
        return {};
    }
}

QVariant AdminLogTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
        return text(m_rows.at(index.row()), index.column());
    return {};
}

QVariant AdminLogTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time:
        return tr("Time");
    case Administrator:
        return tr("Administrator");
    case Change:
        return tr("Change");
    case Subject:
        return tr("Subject");
    case Detail:
        return tr("Detail");
    default:
        return {};
    }
}

} // namespace halldesk
