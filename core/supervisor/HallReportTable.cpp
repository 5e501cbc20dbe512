#include "supervisor/HallReportTable.h"

#include "supervisor/ReportText.h"

#include <QJsonArray>

namespace halldesk {

HallReportTable::HallReportTable(QObject *parent)
    : QAbstractTableModel(parent)
{}

void HallReportTable::clear()
{
    beginResetModel();
    m_rows.clear();
    m_totals.clear();
    m_hasReport = false;
    endResetModel();
}

bool HallReportTable::setReport(const ReportRequest &request, const QJsonObject &result)
{
    const QJsonValue rows = result.value(QLatin1String("rows"));
    const QJsonValue totals = result.value(QLatin1String("totals"));
    if (!rows.isArray() || !totals.isObject()) {
        clear();
        return false;
    }
    beginResetModel();
    m_request = request;
    m_rows.clear();
    for (const QJsonValue &row : rows.toArray())
        m_rows << rowTexts(row.toObject(), keyText(row.toObject()));
    m_totals = rowTexts(totals.toObject(), tr("Total"));
    m_hasReport = true;
    endResetModel();
    return true;
}

QString HallReportTable::keyText(const QJsonObject &row) const
{
    const QJsonValue key = row.value(QLatin1String("key"));
    const QString name = row.value(QLatin1String("name")).toString();
    switch (m_request.groupBy) {
    case ReportRequest::Grouping::Day:
        return key.toString();
    case ReportRequest::Grouping::Window: {
        const int number = key.toInt();
        if (number == 0)
            return tr("Not called");
        const QString window = tr("Window %1").arg(number);
        // Halls often name a window by its number already (1号窗口).
        return name.isEmpty() || name == window ? window : tr("%1 (%2)").arg(window, name);
    }
    case ReportRequest::Grouping::Staff:
        if (key.toString().isEmpty())
            return tr("Not called");
        return name.isEmpty() ? key.toString() : tr("%1 (%2)").arg(name, key.toString());
    case ReportRequest::Grouping::Area:
    case ReportRequest::Grouping::Queue:
        return name.isEmpty() ? key.toString() : name;
    }
    return key.toString();
}

QStringList HallReportTable::rowTexts(const QJsonObject &row, const QString &key) const
{
    const QJsonObject counts = row.value(QLatin1String("counts")).toObject();
    const int bad = counts.value(QLatin1String("dissatisfied")).toInt() +
                    counts.value(QLatin1String("very_dissatisfied")).toInt();
    auto count = [&row](const char *name) {
        return QString::number(row.value(QLatin1String(name)).toInteger());
    };
    return {key,
            count("issued"),
            count("served"),
            count("noShows"),
            count("cancelled"),
            minutesText(row.value(QLatin1String("averageWaitMs"))),
            minutesText(row.value(QLatin1String("maxWaitMs"))),
            minutesText(row.value(QLatin1String("averageServiceMs"))),
            count("rated"),
            QString::number(bad),
            ReportText::rate(row.value(QLatin1String("satisfactionRate")))};
}

QString HallReportTable::minutesText(const QJsonValue &ms)
{
    if (!ms.isDouble())
        return QStringLiteral("—");
    return QString::number(ms.toDouble() / 60000.0, 'f', 1);
}

QString HallReportTable::title() const
{
    return tr("Hall statistics %1 to %2 (%3)")
        .arg(m_request.from.toString(Qt::ISODate), m_request.to.toString(Qt::ISODate),
             ReportRequest::groupingName(m_request.groupBy));
}

QStringList HallReportTable::headings() const
{
    QStringList headings;
    for (int column = 0; column < ColumnCount; ++column)
        headings << headerData(column, Qt::Horizontal).toString();
    return headings;
}

QList<QStringList> HallReportTable::texts() const
{
    QList<QStringList> all = m_rows;
    if (m_hasReport)
        all << m_totals;
    return all;
}

int HallReportTable::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_hasReport ? 0 : int(m_rows.size()) + 1;
}

int HallReportTable::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HallReportTable::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const bool totals = index.row() == m_rows.size();
    switch (role) {
    case Qt::DisplayRole:
        return (totals ? m_totals : m_rows[index.row()]).value(index.column());
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(isNumeric(index.column())
                                       ? Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter)
                                       : Qt::Alignment(Qt::AlignLeft | Qt::AlignVCenter));
    case TotalsRole:
        return totals;
    default:
        return {};
    }
}

QVariant HallReportTable::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Key:
        return ReportRequest::keyHeading(m_request.groupBy);
    case Issued:
        return tr("Issued");
    case Served:
        return tr("Served");
    case NoShows:
        return tr("No-shows");
    case Cancelled:
        return tr("Not served");
    case AverageWait:
        return tr("Avg. wait (min)");
    case MaxWait:
        return tr("Longest wait (min)");
    case AverageService:
        return tr("Avg. service (min)");
    case Rated:
        return tr("Ratings");
    case Bad:
        return tr("Bad ratings");
    case Satisfaction:
        return tr("Satisfaction");
    default:
        return {};
    }
}

} // namespace halldesk
