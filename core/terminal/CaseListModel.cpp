#include "terminal/CaseListModel.h"

#include <QSet>
#include <algorithm>

namespace halldesk {

namespace {

QString shortDate(QDate date)
{
    return date.toString(QStringLiteral("MM-dd"));
}

int originRank(CaseSummary::Origin origin)
{
    switch (origin) {
    case CaseSummary::Origin::Refused:
        return 0;
    case CaseSummary::Origin::Pending:
        return 1;
    case CaseSummary::Origin::Server:
        break;
    }
    return 2;
}

} // namespace

CaseListModel::CaseListModel(WorkingCalendar calendar, QObject *parent)
    : QAbstractTableModel(parent)
    , m_calendar(std::move(calendar))
{}

void CaseListModel::setCases(const QList<CaseSummary> &server, const QList<CaseSummary> &local,
                             QDate today)
{
    QSet<QString> listed;
    for (const CaseSummary &s : server)
        listed.insert(s.number);
    QList<CaseSummary> own;
    for (const CaseSummary &s : local) {
        if (listed.contains(s.number))
            continue; // sent meanwhile: the server's line is the current one
        listed.insert(s.number);
        own << s;
    }
    // Newest first within each kind; the case number sorts by day and sequence.
    std::stable_sort(own.begin(), own.end(), [](const CaseSummary &a, const CaseSummary &b) {
        if (originRank(a.origin) != originRank(b.origin))
            return originRank(a.origin) < originRank(b.origin);
        return a.number > b.number;
    });
    beginResetModel();
    m_today = today;
    // The server's order is the list's own: newest first, or by due date for the due lists.
    m_rows = own + server;
    endResetModel();
}

int CaseListModel::rowOf(const QString &number) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).number == number)
            return int(i);
    }
    return -1;
}

int CaseListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CaseListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CaseListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const CaseSummary &s = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(s, index.column());
    case Qt::ToolTipRole:
        if (index.column() == ApplicantColumn)
            return s.applicantId;
        if (index.column() == StatusColumn && s.origin == CaseSummary::Origin::Refused)
            return s.refusal.message();
        return {};
    case CaseNumberRole:
        return s.number;
    case OriginRole:
        return int(s.origin);
    case OverdueRole:
        return isOverdue(s);
    default:
        return {};
    }
}

QString CaseListModel::displayText(const CaseSummary &s, int column) const
{
    switch (column) {
    case NumberColumn:
        return s.number;
    case ItemsColumn:
        return s.itemsText();
    case ApplicantColumn:
        return s.applicantName;
    case StatusColumn:
        return s.statusText();
    case DatesColumn:
        return datesText(s);
    default:
        return {};
    }
}

QVariant CaseListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NumberColumn:
        return tr("Case number");
    case ItemsColumn:
        return tr("Service item");
    case ApplicantColumn:
        return tr("Applicant");
    case StatusColumn:
        return tr("Status");
    case DatesColumn:
        return tr("Received / due");
    default:
        return {};
    }
}

bool CaseListModel::isOverdue(const CaseSummary &s) const
{
    return s.isOpen() && s.state.status != CaseStatus::Correction && s.dueDate &&
           m_today.isValid() && *s.dueDate < m_today;
}

QString CaseListModel::datesText(const CaseSummary &s) const
{
    QString text = shortDate(s.receivedOn);
    if (!s.dueDate)
        return text;
    //: Received date → due date, e.g. 11-30 → 12-14
    text = tr("%1 → %2").arg(text, shortDate(*s.dueDate));
    const QString remaining = remainingText(s);
    return remaining.isEmpty() ? text : text + QStringLiteral(" · ") + remaining;
}

QString CaseListModel::remainingText(const CaseSummary &s) const
{
    if (!s.isOpen() || !s.dueDate || !m_today.isValid())
        return {};
    if (s.state.status == CaseStatus::Correction)
        return tr("clock stopped");
    if (isOverdue(s))
        return tr("overdue");
    if (*s.dueDate == m_today)
        return tr("due today");
    // Outside the years the calendar knows a count would be a guess; the date alone is not.
    if (!m_calendar.covers(m_today.year()) || !m_calendar.covers(s.dueDate->year()))
        return {};
    const int left = m_calendar.workingDaysBetween(m_today, *s.dueDate);
    return tr("%n working day(s) left", nullptr, left);
}

} // namespace halldesk
