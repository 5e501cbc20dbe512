#pragma once

#include "calendar/WorkingCalendar.h"
#include "terminal/CaseSummary.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>

namespace halldesk {

// A counter's case list for a table view: the server's summaries for the chosen list, with
// the cases this terminal took that the server does not have (yet) on top: refused ones first,
// since the clerk must take them again, then those still waiting to be sent. A case the server
// lists is shown once, as the server has it, even while this terminal still counts it pending.
class CaseListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NumberColumn,
        ItemsColumn,
        ApplicantColumn,
        StatusColumn,
        DatesColumn,
        ColumnCount
    };
    enum Role
    {
        CaseNumberRole = Qt::UserRole + 1,
        OriginRole,  // CaseSummary::Origin as int
        OverdueRole, // an open case past its due date
    };

    explicit CaseListModel(WorkingCalendar calendar, QObject *parent = nullptr);

    // `today` is the hall's service day: remaining working days count from it.
    void setCases(const QList<CaseSummary> &server, const QList<CaseSummary> &local, QDate today);
    const QList<CaseSummary> &cases() const { return m_rows; }
    // -1 when the number is not listed.
    int rowOf(const QString &number) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // 11-30 → 12-14 · 3 working days left; what the dates column shows for `summary`.
    QString datesText(const CaseSummary &summary) const;
    bool isOverdue(const CaseSummary &summary) const;

private:
    QString displayText(const CaseSummary &summary, int column) const;
    QString remainingText(const CaseSummary &summary) const;

    WorkingCalendar m_calendar;
    QDate m_today;
    QList<CaseSummary> m_rows;
};

} // namespace halldesk
