#pragma once

#include "domain/OperationError.h"
#include "terminal/CaseSummary.h"

#include <QDate>
#include <QList>

namespace halldesk {

// The counter's case lists (PROTOCOL.md §5.27).
enum class CaseListView
{
    Today,   // this window, received today
    Mine,    // this clerk, any day
    DueSoon, // open, due within three working days
    Overdue  // open, past the due date
};

// One answer for a list: the server's summaries with this terminal's own cases to merge in
// (CaseListModel), or, when the server could not answer, this terminal's cases alone.
struct CaseList
{
    CaseListView view = CaseListView::Today;
    QDate serviceDay;
    QList<CaseSummary> server;
    QList<CaseSummary> local;
    OperationError error; // ErrorCode::None when the server answered

    bool fromServer() const { return error.code() == ErrorCode::None; }
    // No connection: the list is this terminal's only, not a failure of the server.
    bool unreachable() const
    {
        return error.code() == ErrorCode::Offline || error.code() == ErrorCode::Timeout;
    }

    static QString viewKey(CaseListView view);
};

} // namespace halldesk
