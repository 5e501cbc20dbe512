#pragma once

#include "server/CaseworkData.h"
#include "server/QueueOperations.h"

#include <QJsonObject>
#include <variant>

namespace halldesk {

struct RatingPolicy;

// followUpAction (PROTOCOL.md §12.7): a supervisor's step in the follow-up of a 差评, with its
// note. The deadlines come from the server's working-day calendar.
class FollowUpOperations
{
public:
    static std::variant<PreparedOperation, OperationError> prepareAction(const QJsonObject &args,
                                                                         const ActingTerminal &who,
                                                                         const RatingPolicy &policy,
                                                                         const CaseworkData &data);
};

} // namespace halldesk
