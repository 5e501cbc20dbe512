#pragma once

#include "notice/TicketSlip.h"

#include <QString>

namespace halldesk {

// Where the kiosk's slips go: the thermal printer in the kiosk. The edge of the outside world
// for the kiosk's tests, which print to PDF files through the same QPrinter path.
class SlipPrinter
{
public:
    virtual ~SlipPrinter() = default;
    // Empty when a slip can be printed now; otherwise why not (out of paper, printer off), in
    // the citizen's language. Asked before a ticket is taken, so none is issued unprinted.
    virtual QString problem() const = 0;
    // False with `error` in the citizen's language if the slip did not come out.
    virtual bool print(const TicketSlip &slip, QString *error) = 0;
};

} // namespace halldesk
