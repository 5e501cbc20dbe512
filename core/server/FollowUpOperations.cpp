#include "server/FollowUpOperations.h"

#include "clock/Clock.h"
#include "clock/HallTime.h"
#include "logging/HallDeskLogging.h"
#include "protocol/ArgumentReader.h"
#include "queue/EngineExecutor.h"
#include "queue/QueueEngine.h"
#include "server/FollowUpLifecycle.h"
#include "server/FollowUpStore.h"
#include "server/RatingEvents.h"
#include "server/RatingOperations.h"

namespace halldesk {

std::variant<PreparedOperation, OperationError>
FollowUpOperations::prepareAction(const QJsonObject &args, const ActingTerminal &who,
                                  const RatingPolicy &policy, const CaseworkData &data)
{
    ArgumentReader reader(args);
    const qint64 id = reader.integer("id", 1, qint64(1) << 50);
    const QString action = reader.string("action", 30);
    const QString note = reader.string("note", 500);
    if (!reader.ok())
        return reader.error();
    if (!FollowUpLifecycle::isAction(action))
        return OperationError(ErrorCode::BadRequest, QStringLiteral("action"));
    if (note.trimmed().isEmpty())
        return OperationError(ErrorCode::BadRequest, QStringLiteral("note"));
    const int rectifyDays = policy.rectifyDays;
    return PreparedOperation(
        [id, action, note, who, rectifyDays, calendar = data.calendar](WriterContext &context) {
            FollowUpStore store(context.statements, context.cipher);
            auto found = store.find(id);
            if (!found)
                return OperationOutcome::failure(OperationError(ErrorCode::UnknownFollowUp));
            StoredFollowUp f = *found;
            const auto next = FollowUpLifecycle::next(f.state, action);
            if (!next)
                return OperationOutcome::failure(
                    OperationError(ErrorCode::FollowUpStepNotAllowed, f.state));
            const QDate today = HallTime::dayFromKey(context.engine.today());
            const qint64 now = context.clock.nowMs();
            if (action == QLatin1String("callBack"))
                f.calledBackOn = today;
            else if (action == QLatin1String("startRectification"))
                f.rectifyDue = calendar->addWorkingDays(today, rectifyDays);
            if (FollowUpLifecycle::isClosed(*next))
                f.closedOn = today;
            f.state = *next;
            f.notes.append({now, who.staffNo, *next, note});
            f.updatedAtMs = now;
            store.update(f);
            qCInfo(lcRating).noquote() << "follow-up" << f.id << "of rating" << f.ratingId << "now"
                                       << f.state << "by" << who.staffNo;
            OperationOutcome outcome;
            outcome.ok = true;
            // Answers are kept in the request log in clear: no comment, no notes in them.
            outcome.result = {{QStringLiteral("followUp"), FollowUpStore::toJson(f, today, false)}};
            outcome.events << RatingEvents::followUp(f, QStringLiteral("update"), today);
            return outcome;
        });
}

} // namespace halldesk
