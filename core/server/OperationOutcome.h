#pragma once

#include "domain/OperationError.h"
#include "server/ServerEvent.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace halldesk {

// What an operation on the writer thread hands back to the network thread: the answer, the
// events to publish once its batch is durable, and the queues whose figures changed.
struct OperationOutcome
{
    bool ok = false;
    QJsonObject result;
    OperationError error;
    QList<ServerEvent> events;
    QStringList changedQueues;
    bool replayed = false;

    static OperationOutcome failure(OperationError e)
    {
        OperationOutcome outcome;
        outcome.error = std::move(e);
        return outcome;
    }
};

} // namespace halldesk
