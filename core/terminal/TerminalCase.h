#pragma once

#include "casework/CaseRecord.h"
#include "domain/OperationError.h"

#include <QDate>
#include <QString>
#include <optional>

namespace halldesk {

// A case taken at this counter as its terminal store keeps it.
struct TerminalCase
{
    enum class State
    {
        Pending, // its submitCase is in the outbox
        Sent,    // the server stored it; status and dates are the server's
        Refused, // the server refused it: the clerk must see why and take it again
    };

    CaseRecord record;  // as the counter took it, personal data in clear
    QString requestKey; // the idempotency key of its submitCase
    State state = State::Pending;
    QString status; // the server's status name (§9.9), once sent
    std::optional<QDate> dueDate;
    std::optional<QDate> verificationDue;
    OperationError refusal; // once refused: the server's code and detail
};

} // namespace halldesk
