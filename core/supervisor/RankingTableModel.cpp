#include "supervisor/RankingTableModel.h"

#include "supervisor/ReportText.h"

namespace halldesk {

RankingTableModel::RankingTableModel(Kind kind, QObject *parent)
    : QAbstractTableModel(parent)
    , m_kind(kind)
{}

void RankingTableModel::setAnswer(const QJsonObject &result)
{
    beginResetModel();
    m_rows =
        result.value(m_kind == Kind::Windows ? QLatin1String("windows") : QLatin1String("staff"))
            .toArray();
    endResetModel();
}

void RankingTableModel::clear()
{
    beginResetModel();
    m_rows = {};
    endResetModel();
}

int RankingTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RankingTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RankingTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    if (role == Qt::TextAlignmentRole)
        return index.column() == NameColumn ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                            : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    const QJsonObject row = m_rows.at(index.row()).toObject();
    switch (index.column()) {
    case RankColumn:
        return row.value(QLatin1String("rank")).toInt();
    case KeyColumn: {
        const QJsonValue key = row.value(QLatin1String("key"));
        return key.isString() ? key.toString() : QString::number(key.toInt());
    }
    case NameColumn:
        return row.value(QLatin1String("name")).toString();
    case ScoreColumn:
        return QString::number(row.value(QLatin1String("score")).toDouble(), 'f', 2);
    case SatisfactionColumn:
        return ReportText::rate(row.value(QLatin1String("satisfactionRate")));
    case RatedColumn:
        return row.value(QLatin1String("rated")).toInt();
    case ServedColumn:
        return row.value(QLatin1String("served")).toInt();
    case AverageServiceColumn:
        return ReportText::serviceTime(row.value(QLatin1String("averageServiceMs")));
    case DaysColumn:
        return row.value(QLatin1String("daysPresent")).toInt();
    }
    return {};
}

QVariant RankingTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RankColumn:
        return tr("Rank");
    case KeyColumn:
        return m_kind == Kind::Windows ? tr("Window") : tr("Staff no.");
    case NameColumn:
        return tr("Name");
    case ScoreColumn:
        return tr("Score");
    case SatisfactionColumn:
        return tr("Satisfaction");
    case RatedColumn:
        return tr("Ratings");
    case ServedColumn:
        return tr("Served");
    case AverageServiceColumn:
        return tr("Average service");
    case DaysColumn:
        return tr("Days present");
    }
    return {};
}

QString RankingTableModel::criteriaSummary(const QJsonObject &result)
{
    const QJsonObject c = result.value(QLatin1String("criteria")).toObject();
    const auto n = [&c](const char *key) {
        return c.value(QLatin1String(key)).toInt();
    };
    const QString weights =
        tr("Score out of 100: satisfaction rate %1, tickets served %2, short service time %3, "
           "attendance %4 (weights).")
            .arg(n("satisfactionWeight"))
            .arg(n("servedWeight"))
            .arg(n("serviceTimeWeight"))
            .arg(n("attendanceWeight"));
    const QString rules =
        tr("Ranked: at least %1 tickets served and %2 ratings in the quarter; a bad rating whose "
           "follow-up is not closed disqualifies. Attendance counts against %3 working days. "
           "Ties: satisfaction rate, then served, then the shorter service time.")
            .arg(n("minServed"))
            .arg(n("minRatings"))
            .arg(result.value(QLatin1String("workingDays")).toInt());
    return weights + QLatin1Char('\n') + rules;
}

} // namespace halldesk
