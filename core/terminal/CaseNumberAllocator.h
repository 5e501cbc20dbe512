#pragma once

#include "casework/CaseNumber.h"

#include <QDate>

namespace halldesk {

class TerminalStore;

// Gives out the case numbers of one counter, per window and service day, from its terminal
// store: a number is recorded as used before it is handed out, so none is given twice, not
// even across a crash or a restart (a number lost to a crash is simply skipped). A counter
// whose store was lost is raised to the server's lastSequence (`cases`), so it goes on after
// the numbers it gave out before.
class CaseNumberAllocator
{
public:
    explicit CaseNumberAllocator(TerminalStore &store);

    // A null number if the store refused the write or the day's numbers are used up.
    CaseNumber next(int window, QDate day);
    // The highest sequence given out (or known to the server) for the window that day.
    int lastSequence(int window, QDate day) const;
    // Numbering continues after `sequence` unless it is there already; false if the write failed.
    bool raiseTo(int window, QDate day, int sequence);

private:
    TerminalStore &m_store;
};

} // namespace halldesk
