#pragma once

#include "server/CaseworkData.h"
#include "server/QueueOperations.h"

#include <QJsonObject>
#include <variant>

namespace halldesk {

// The case operations of the protocol (submitCase, caseAction). Like QueueOperations,
// prepare() checks the request on the network thread against the catalogue and calendar in
// force; the returned function stores the case on the writer thread. The server never takes
// the counter's word for what the catalogue says: names, required flags and limits come
// from its own catalogue, and dates from its own calendar.
class CaseOperations
{
public:
    static std::variant<PreparedOperation, OperationError> prepare(const QString &op,
                                                                   const QJsonObject &args,
                                                                   const ActingTerminal &who,
                                                                   const CaseworkData &data);
    static bool handles(const QString &op);
};

} // namespace halldesk
