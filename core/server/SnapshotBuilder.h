#pragma once

#include "domain/Result.h"
#include "rating/RatingReason.h"
#include "server/Subscription.h"

#include <QJsonObject>

namespace halldesk {

struct WriterContext;

// The full state a subscription covers (PROTOCOL.md, "Snapshots"), read on the writer thread
// between batches so it lines up exactly with the events that follow it.
class SnapshotBuilder
{
public:
    // `reasonChoices`: the rating checklist in force, which every Rating carries.
    static Result<QJsonObject> build(WriterContext &context, const Subscription &subscription,
                                     const QList<RatingReason> &reasonChoices = {});
    // Figures of these queues, for "queue" events.
    static QList<QJsonObject> queueStatuses(WriterContext &context, const QStringList &queues);
};

} // namespace halldesk
