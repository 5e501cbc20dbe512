#include "server/SnapshotBuilder.h"

#include "protocol/ProtocolJson.h"
#include "queue/EngineExecutor.h"
#include "queue/QueueEngine.h"
#include "server/RatingStore.h"
#include "server/ServerStore.h"
#include "storage/StorageError.h"

#include <QJsonArray>
#include <algorithm>

namespace halldesk {

Result<QJsonObject> SnapshotBuilder::build(WriterContext &context, const Subscription &subscription,
                                           const QList<RatingReason> &reasonChoices)
{
    ServerStore store(context.statements);
    QStringList codes;
    if (subscription.allQueues) {
        codes = store.queueCodes();
    } else {
        codes = QStringList(subscription.queues.begin(), subscription.queues.end());
        codes.sort();
    }
    QJsonArray queues;
    for (const QString &code : std::as_const(codes)) {
        const auto status = context.engine.queueSnapshot(code);
        if (!status.ok())
            return OperationError(status.error().code(), code);
        const auto waiting = context.engine.waitingTickets(code);
        if (!waiting.ok())
            return waiting.error();
        QJsonArray tickets;
        for (const Ticket &ticket : waiting.value())
            tickets.append(ProtocolJson::ticket(ticket));
        QJsonObject queue = ProtocolJson::queueStatus(status.value());
        queue.insert(QStringLiteral("tickets"), tickets);
        queues.append(queue);
    }

    QJsonArray windows;
    QJsonArray active;
    QJsonArray noShows;
    QJsonArray transferredIn;
    QJsonArray figures;
    QJsonArray ratings;
    if (subscription.allWindows || !subscription.windows.isEmpty()) {
        for (const QJsonValue &window : store.windowsOverview()) {
            const int number = window.toObject().value(QLatin1String("number")).toInt();
            if (subscription.wantsWindow(number))
                windows.append(window);
        }
        // What a counter shows for its own window, for the windows named one by one (a
        // counter, a pad): the tickets it serves or holds, its no-shows who may still come
        // back, the tickets transferred to it, and its clerk's figures. The whole hall's current
        // tickets are in the window list.
        QList<int> named(subscription.windows.begin(), subscription.windows.end());
        std::sort(named.begin(), named.end());
        for (int number : std::as_const(named)) {
            if (const auto current = context.engine.currentTicket(number))
                active.append(ProtocolJson::ticket(*current));
            for (const Ticket &held : context.engine.heldTickets(number))
                active.append(ProtocolJson::ticket(held));
            const auto returnable = context.engine.returnableNoShows(number);
            if (!returnable.ok())
                return returnable.error();
            for (const Ticket &noShow : returnable.value())
                noShows.append(ProtocolJson::ticket(noShow));
            const auto transfers = context.engine.transferredTo(number);
            if (!transfers.ok())
                return transfers.error();
            for (const Ticket &transferred : transfers.value())
                transferredIn.append(ProtocolJson::ticket(transferred));
            const auto clerk = context.engine.windowFigures(number);
            if (!clerk.ok())
                return clerk.error();
            figures.append(
                QJsonObject{{QStringLiteral("window"), clerk->window},
                            {QStringLiteral("staffNo"), clerk->staffNo},
                            {QStringLiteral("served"), clerk->served},
                            {QStringLiteral("averageServiceMs"), double(clerk->averageServiceMs)}});
            // The ratings still open at the window: a pad that reconnects shows its own.
            try {
                RatingStore store(context.statements, context.cipher);
                for (const StoredRating &rating : store.pending(number, context.clock.nowMs()))
                    ratings.append(
                        RatingStore::toJson(rating, reasonChoices, subscription.ratings));
            } catch (const StorageError &) {
                return OperationError(ErrorCode::StorageFailure);
            }
        }
    }
    return QJsonObject{{QStringLiteral("subscription"), subscription.toJson()},
                       {QStringLiteral("serverTimeMs"), double(context.clock.nowMs())},
                       {QStringLiteral("serviceDay"), context.engine.today()},
                       {QStringLiteral("queues"), queues},
                       {QStringLiteral("windows"), windows},
                       {QStringLiteral("tickets"), active},
                       {QStringLiteral("noShows"), noShows},
                       {QStringLiteral("transferredIn"), transferredIn},
                       {QStringLiteral("figures"), figures},
                       {QStringLiteral("ratings"), ratings}};
}

QList<QJsonObject> SnapshotBuilder::queueStatuses(WriterContext &context, const QStringList &queues)
{
    QList<QJsonObject> statuses;
    for (const QString &code : queues) {
        const auto status = context.engine.queueSnapshot(code);
        if (status.ok())
            statuses << ProtocolJson::queueStatus(status.value());
    }
    return statuses;
}

} // namespace halldesk
