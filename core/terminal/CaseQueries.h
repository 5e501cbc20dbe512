#pragma once

#include "calendar/WorkingCalendar.h"
#include "terminal/CaseDetail.h"
#include "terminal/CaseList.h"

#include <QObject>

namespace halldesk {

class HallClient;
class TerminalCaseStore;

// The counter's case reads (PROTOCOL.md §5.27 `cases`, §5.28 `case`). Reads are not queued:
// without a connection they fail at once with `offline`, and a list then comes from this
// terminal's store alone, so the clerk still sees the cases taken here. `client` and `cases`
// must outlive this.
class CaseQueries : public QObject
{
    Q_OBJECT

public:
    CaseQueries(HallClient &client, TerminalCaseStore &cases, WorkingCalendar calendar,
                QObject *parent = nullptr);

    // Answers with listed(), from the server or, failing that, from this terminal.
    void list(CaseListView view, QDate serviceDay);
    // Answers with fetched() or fetchFailed().
    void fetch(const QString &number);
    // This terminal's cases for `view`: those the server does not have (pending, refused) and,
    // with `withSent`, the sent ones it keeps a summary of.
    QList<CaseSummary> localCases(CaseListView view, QDate serviceDay, bool withSent) const;

signals:
    void listed(const halldesk::CaseList &list);
    void fetched(const halldesk::CaseDetail &detail);
    void fetchFailed(const QString &number, const halldesk::OperationError &error);

private:
    bool matches(CaseListView view, const CaseSummary &summary, QDate serviceDay) const;

    HallClient &m_client;
    TerminalCaseStore &m_cases;
    WorkingCalendar m_calendar;
};

} // namespace halldesk
