#include "supervisor/AttendanceTableModel.h"

#include "supervisor/ReportText.h"

#include <QJsonArray>

namespace halldesk {

AttendanceTableModel::AttendanceTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void AttendanceTableModel::setAnswer(const QJsonObject &result)
{
    beginResetModel();
    m_rows.clear();
    for (const QJsonValue &row : result.value(QLatin1String("rows")).toArray())
        m_rows.append(row.toObject());
    endResetModel();
}

void AttendanceTableModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

int AttendanceTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AttendanceTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AttendanceTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    if (role == Qt::TextAlignmentRole)
        return index.column() >= ServedColumn || index.column() == SignedInColumn
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    return text(m_rows.at(index.row()), index.column());
}

QString AttendanceTableModel::text(const QJsonObject &row, int column) const
{
    const QJsonObject pauses = row.value(QLatin1String("pauses")).toObject();
    switch (column) {
    case DayColumn:
        return row.value(QLatin1String("day")).toString();
    case StaffColumn:
        return row.value(QLatin1String("staffNo")).toString();
    case NameColumn:
        return row.value(QLatin1String("name")).toString();
    case WindowsColumn: {
        QStringList windows;
        for (const QJsonValue &w : row.value(QLatin1String("windows")).toArray())
            windows << QString::number(w.toInt());
        return windows.isEmpty() ? QStringLiteral("—") : windows.join(QLatin1String(", "));
    }
    case SignInColumn:
        return ReportText::clockTime(row.value(QLatin1String("firstSignInMs")));
    case SignOutColumn:
        if (row.value(QLatin1String("signedInNow")).toBool())
            return tr("on duty");
        return ReportText::clockTime(row.value(QLatin1String("lastSignOutMs")));
    case SignedInColumn:
        return ReportText::duration(row.value(QLatin1String("signedInMs")));
    case PausesColumn: {
        const int count = pauses.value(QLatin1String("count")).toInt();
        if (count == 0)
            return QStringLiteral("—");
        return tr("%n time(s), %1", nullptr, count)
            .arg(ReportText::duration(pauses.value(QLatin1String("totalMs"))));
    }
    case ReasonsColumn: {
        QStringList reasons;
        for (const QJsonValue &v : pauses.value(QLatin1String("reasons")).toArray()) {
            const QJsonObject r = v.toObject();
            const QString reason = r.value(QLatin1String("reason")).toString();
            reasons << tr("%1 %2").arg(reason.isEmpty() ? tr("(no reason)") : reason,
                                       ReportText::duration(r.value(QLatin1String("totalMs"))));
        }
        return reasons.isEmpty() ? QStringLiteral("—") : reasons.join(QLatin1String("; "));
    }
    case ServedColumn:
        return QString::number(row.value(QLatin1String("served")).toInt());
    case AverageServiceColumn:
        return ReportText::serviceTime(row.value(QLatin1String("averageServiceMs")));
    case SatisfactionColumn:
        return ReportText::rate(row.value(QLatin1String("satisfactionRate")));
    }
    return {};
}

QVariant AttendanceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DayColumn:
        return tr("Day");
    case StaffColumn:
        return tr("Staff no.");
    case NameColumn:
        return tr("Name");
    case WindowsColumn:
        return tr("Window");
    case SignInColumn:
        return tr("Signed in");
    case SignOutColumn:
        return tr("Signed out");
    case SignedInColumn:
        return tr("Time on duty");
    case PausesColumn:
        return tr("Breaks");
    case ReasonsColumn:
        return tr("Break reasons");
    case ServedColumn:
        return tr("Served");
    case AverageServiceColumn:
        return tr("Average service");
    case SatisfactionColumn:
        return tr("Satisfaction");
    }
    return {};
}

int AttendanceTableModel::rowOf(const QString &staffNo, const QString &day) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        const QJsonObject &row = m_rows.at(i);
        if (row.value(QLatin1String("staffNo")).toString() == staffNo &&
            row.value(QLatin1String("day")).toString() == day)
            return int(i);
    }
    return -1;
}

} // namespace halldesk
