// HallServer: what each request does once it has passed the checks in HallServer.cpp.

#include "clock/Clock.h"
#include "logging/HallDeskLogging.h"
#include "protocol/ArgumentReader.h"
#include "protocol/ProtocolJson.h"
#include "queue/EngineExecutor.h"
#include "queue/QueueEngine.h"
#include "server/AdminOperations.h"
#include "server/AppointmentOperations.h"
#include "server/CaseOperations.h"
#include "server/ClientConnection.h"
#include "server/HallServer.h"
#include "server/OperationOutcome.h"
#include "server/QueueOperations.h"
#include "server/ServerMetrics.h"
#include "server/ServerStore.h"
#include "server/SnapshotBuilder.h"
#include "server/StaffAuthenticator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>

namespace halldesk {

namespace {

// Failures that say nothing about the request itself: a retry may succeed, so they are not
// remembered as the request's answer.
bool isTransient(ErrorCode code)
{
    return code == ErrorCode::StorageFailure || code == ErrorCode::Conflict ||
           code == ErrorCode::ServerBusy || code == ErrorCode::Internal;
}

QByteArray storedAnswer(const QString &op, const OperationOutcome &outcome)
{
    QJsonObject answer{{QStringLiteral("op"), op}, {QStringLiteral("ok"), outcome.ok}};
    if (outcome.ok) {
        answer.insert(QStringLiteral("result"), outcome.result);
    } else {
        answer.insert(
            QStringLiteral("error"),
            QJsonObject{{QStringLiteral("code"), OperationError::codeName(outcome.error.code())},
                        {QStringLiteral("detail"), outcome.error.detail()}});
    }
    return ProtocolJson::encode(answer);
}

OperationOutcome replayedAnswer(const QString &op, const QByteArray &stored)
{
    const QJsonObject answer = QJsonDocument::fromJson(stored).object();
    // A key used again for another operation is a client bug; answering with the first
    // operation's result would hide it.
    if (answer.value(QLatin1String("op")).toString() != op)
        return OperationOutcome::failure(
            OperationError(ErrorCode::BadRequest, QStringLiteral("key")));
    OperationOutcome outcome;
    outcome.replayed = true;
    outcome.ok = answer.value(QLatin1String("ok")).toBool();
    if (outcome.ok)
        outcome.result = answer.value(QLatin1String("result")).toObject();
    else
        outcome.error = ProtocolJson::errorFrom(answer.value(QLatin1String("error")).toObject());
    return outcome;
}

} // namespace

void HallServer::dispatch(ClientConnection *connection, const ProtocolRequest &request,
                          const OperationSpec &spec)
{
    if (spec.mutating) {
        runMutating(connection, request);
    } else if (request.op == QLatin1String("ping")) {
        m_metrics.request(request.op, ErrorCode::None);
        reply(connection, request.id,
              {{QStringLiteral("serverTimeMs"), double(m_clock.nowMs())},
               {QStringLiteral("protocol"), kProtocolVersion}});
    } else if (request.op == QLatin1String("login")) {
        login(connection, request);
    } else if (request.op == QLatin1String("resume")) {
        resume(connection, request);
    } else if (request.op == QLatin1String("logout")) {
        logout(connection, request);
    } else if (request.op == QLatin1String("subscribe")) {
        subscribe(connection, request);
    } else if (request.op == QLatin1String("snapshot")) {
        if (connection->subscription().isEmpty()) {
            replyError(connection, request.id,
                       OperationError(ErrorCode::BadRequest, QStringLiteral("subscribe")));
            return;
        }
        sendSnapshot(connection, request.id, connection->subscription());
    } else if (request.op == QLatin1String("uploadBegin")) {
        uploadBegin(connection, request);
    } else if (request.op == QLatin1String("uploadFinish")) {
        uploadFinish(connection, request);
    } else {
        readQuery(connection, request);
    }
}

void HallServer::runMutating(ClientConnection *connection, const ProtocolRequest &request)
{
    const TerminalIdentity &identity = connection->identity();
    ActingTerminal who;
    who.terminal = identity.name;
    who.role = identity.role;
    who.actor.window = identity.window;
    if (const auto &staff = connection->staff()) {
        who.actor.staffId = staff->staff.id;
        who.staffNo = staff->staff.staffNo;
        who.staffName = staff->staff.name;
    }
    // A counter acts only at its own window; saying otherwise is refused, not ignored.
    const QJsonValue claimed = request.args.value(QLatin1String("window"));
    if (identity.role == TerminalRole::Counter && request.op != QLatin1String("transfer") &&
        !claimed.isUndefined()) {
        const OperationError refusal =
            !claimed.isDouble() ? OperationError(ErrorCode::BadRequest, QStringLiteral("window"))
                                : OperationError(ErrorCode::WrongWindow);
        if (!claimed.isDouble() || claimed.toDouble() != double(identity.window)) {
            m_metrics.request(request.op, refusal.code());
            replyError(connection, request.id, refusal);
            return;
        }
    }
    if (request.op == QLatin1String("adminResetPassword")) {
        resetPassword(connection, request, who);
        return;
    }
    auto helpDesk = HelpDeskCredential::fromRequest(identity.role, request.op, request.args);
    if (auto *error = std::get_if<OperationError>(&helpDesk)) {
        m_metrics.request(request.op, error->code());
        replyError(connection, request.id, *error);
        return;
    }
    if (const auto &credential = std::get<std::optional<HelpDeskCredential>>(helpDesk)) {
        // The PIN is checked against its slow hash off the writer; the operation then runs
        // with the outcome, and the writer counts a wrong one.
        QPointer<ClientConnection> target(connection);
        m_auth->checkHelpDesk(*credential, [this, target, request, who](HelpDeskCheck check) {
            if (!target)
                return;
            ActingTerminal confirmed = who;
            confirmed.helpDesk = std::move(check);
            runPrepared(target, request, confirmed);
        });
        return;
    }
    runPrepared(connection, request, who);
}

void HallServer::runPrepared(ClientConnection *connection, const ProtocolRequest &request,
                             const ActingTerminal &who, const QString &passwordHash)
{
    const TerminalIdentity &identity = connection->identity();
    auto prepared = AdminOperations::handles(request.op)
                        ? AdminOperations::prepare(request.op, request.args, who, passwordHash)
                    : CaseOperations::handles(request.op)
                        ? CaseOperations::prepare(request.op, request.args, who, m_casework)
                    : RatingOperations::handles(request.op)
                        ? RatingOperations::prepare(request.op, request.args, who, m_ratingPolicy,
                                                    m_casework, connection->certificate())
                    : AppointmentOperations::handles(request.op)
                        ? AppointmentOperations::prepare(request.args, who, m_appointmentPolicy)
                        : QueueOperations::prepare(request.op, request.args, who);
    if (auto *error = std::get_if<OperationError>(&prepared)) {
        m_metrics.request(request.op, error->code());
        replyError(connection, request.id, *error);
        return;
    }
    PreparedOperation operation = std::get<PreparedOperation>(std::move(prepared));
    const QString requestKey = identity.name + QLatin1Char('/') + request.key;
    const QString op = request.op;
    const QString id = request.id;
    QElapsedTimer timer;
    timer.start();
    QPointer<ClientConnection> target(connection);
    onWriter(
        [operation = std::move(operation), requestKey, op](WriterContext &context) {
            ServerStore store(context.statements);
            if (const auto stored = store.loggedResponse(requestKey))
                return replayedAnswer(op, *stored);
            OperationOutcome outcome = operation(context);
            if (outcome.ok || !isTransient(outcome.error.code()))
                store.logResponse(requestKey, op, storedAnswer(op, outcome), context.clock.nowMs());
            return outcome;
        },
        [this, target, id, op, timer](OperationOutcome outcome) {
            if (target) {
                if (outcome.ok)
                    reply(target, id, outcome.result, outcome.replayed);
                else
                    replyError(target, id, outcome.error, outcome.replayed);
            }
            if (op == QLatin1String("callNext"))
                m_metrics.callNextLatency(double(timer.nsecsElapsed()) / 1e9);
            m_metrics.request(op, outcome.ok ? ErrorCode::None : outcome.error.code());
            if (outcome.replayed)
                m_metrics.replayed();
            completed(op, std::move(outcome));
        });
}

void HallServer::completed(const QString &op, OperationOutcome outcome)
{
    m_servedToday.count(outcome.events);
    decorate(outcome.events);
    if (!outcome.events.isEmpty())
        m_metrics.eventsDelivered(m_hub.publish(outcome.events));
    m_hub.markQueuesChanged(outcome.changedQueues);
    // After publishing: a counter whose session the change ended still hears its window
    // signed out before it hears that its session ended.
    if (outcome.ok && !outcome.replayed && AdminOperations::handles(op))
        applyAdminChange(op, outcome);
}

void HallServer::login(ClientConnection *connection, const ProtocolRequest &request)
{
    ArgumentReader args(request.args);
    const QString staffNo = args.string("staffNo", 32);
    const QString password = args.string("password", 256);
    if (!args.ok()) {
        replyError(connection, request.id, args.error());
        return;
    }
    const TerminalRole role = connection->identity().role;
    if (role != TerminalRole::Counter && role != TerminalRole::Supervisor) {
        replyError(connection, request.id, OperationError(ErrorCode::Forbidden));
        return;
    }
    QPointer<ClientConnection> target(connection);
    const QString id = request.id;
    m_auth->login(connection->identity(), staffNo, password,
                  [this, target, id, staffNo](Result<IssuedSession> result) {
                      m_metrics.request(QStringLiteral("login"), result.code());
                      if (!target)
                          return;
                      if (!result.ok()) {
                          qCInfo(lcServer).noquote()
                              << "sign-in refused for" << staffNo << "on" << target->identity().name
                              << ":" << OperationError::codeName(result.code());
                          replyError(target, id, result.error());
                          return;
                      }
                      target->setStaff(result->staff);
                      qCInfo(lcServer).noquote()
                          << "staff" << staffNo << "signed in on" << target->identity().name;
                      reply(target, id,
                            {{QStringLiteral("token"), result->token},
                             {QStringLiteral("expiresAtMs"), double(result->staff.expiresAtMs)},
                             {QStringLiteral("staff"), ProtocolJson::staff(result->staff.staff)}});
                  });
}

void HallServer::resume(ClientConnection *connection, const ProtocolRequest &request)
{
    ArgumentReader args(request.args);
    const QString token = args.string("token", 100);
    if (!args.ok()) {
        replyError(connection, request.id, args.error());
        return;
    }
    QPointer<ClientConnection> target(connection);
    const QString id = request.id;
    m_auth->resume(connection->identity(), token, [this, target, id](Result<SignedInStaff> result) {
        m_metrics.request(QStringLiteral("resume"), result.code());
        if (!target)
            return;
        if (!result.ok()) {
            replyError(target, id, result.error());
            return;
        }
        target->setStaff(result.value());
        reply(target, id,
              {{QStringLiteral("expiresAtMs"), double(result->expiresAtMs)},
               {QStringLiteral("staff"), ProtocolJson::staff(result->staff)}});
    });
}

void HallServer::logout(ClientConnection *connection, const ProtocolRequest &request)
{
    QPointer<ClientConnection> target(connection);
    const QString id = request.id;
    const QString tokenHash = connection->staff() ? connection->staff()->tokenHash : QString();
    connection->setStaff(std::nullopt);
    // Signed out, a counter or console hears nothing more until someone signs in again.
    connection->deactivate();
    m_auth->logout(tokenHash, [this, target, id] {
        m_metrics.request(QStringLiteral("logout"), ErrorCode::None);
        if (target)
            reply(target, id, {});
    });
}

void HallServer::subscribe(ClientConnection *connection, const ProtocolRequest &request)
{
    ArgumentReader args(request.args);
    Subscription subscription;
    const QStringList queues = args.stringList("queues", 200);
    bool allWindows = false;
    const QList<int> windows = args.intList("windows", 1, 99999, 400, &allWindows);
    subscription.calls = args.optionalBool("calls");
    subscription.ratings = args.optionalBool("ratings");
    if (!args.ok()) {
        replyError(connection, request.id, args.error());
        return;
    }
    for (const QString &queue : queues) {
        if (queue == QLatin1String("*"))
            subscription.allQueues = true;
        else
            subscription.queues.insert(queue);
    }
    subscription.allWindows = allWindows;
    subscription.windows = QSet<int>(windows.begin(), windows.end());
    // Counters and pads watch their own window only; the hall-wide view is the supervisors'.
    const TerminalIdentity &identity = connection->identity();
    if (roleHasWindow(identity.role) &&
        (subscription.allWindows ||
         !(subscription.windows - QSet<int>{identity.window}).isEmpty())) {
        replyError(connection, request.id, OperationError(ErrorCode::WrongWindow));
        return;
    }
    // Every rating of the hall, with the citizens' reasons and comments: supervisors only.
    if (subscription.ratings && identity.role != TerminalRole::Supervisor) {
        replyError(connection, request.id, OperationError(ErrorCode::Forbidden));
        return;
    }
    if (identity.role == TerminalRole::Pad && (subscription.allQueues || !queues.isEmpty())) {
        replyError(connection, request.id, OperationError(ErrorCode::Forbidden));
        return;
    }
    sendSnapshot(connection, request.id, subscription);
}

void HallServer::sendSnapshot(ClientConnection *connection, const QString &requestId,
                              const Subscription &subscription)
{
    QPointer<ClientConnection> target(connection);
    onWriter(
        [subscription, reasons = m_ratingPolicy.reasons](WriterContext &context) {
            return SnapshotBuilder::build(context, subscription, reasons);
        },
        [this, target, requestId, subscription](Result<QJsonObject> snapshot) {
            m_metrics.request(QStringLiteral("subscribe"), snapshot.code());
            if (!target)
                return;
            if (!snapshot.ok()) {
                replyError(target, requestId, snapshot.error());
                return;
            }
            QJsonObject result = snapshot.value();
            decorateSnapshot(result);
            result.insert(QStringLiteral("seq"), double(target->activate(subscription)));
            if (subscription.calls)
                result.insert(QStringLiteral("recentCalls"), m_hub.recentCalls());
            reply(target, requestId, result);
        });
}

void HallServer::readQuery(ClientConnection *connection, const ProtocolRequest &request)
{
    if (readCaseQuery(connection, request) || readRatingQuery(connection, request) ||
        readReport(connection, request) || readAdmin(connection, request))
        return;
    const QString id = request.id;
    const QString op = request.op;
    ArgumentReader args(request.args);
    std::function<Result<QJsonObject>(WriterContext &)> query;
    if (op == QLatin1String("hall")) {
        query = [](WriterContext &context) -> Result<QJsonObject> {
            return ServerStore(context.statements).hallOverview();
        };
    } else if (op == QLatin1String("queueStatus")) {
        const QString queue = args.string("queue", 40);
        query = [queue](WriterContext &context) -> Result<QJsonObject> {
            const auto status = context.engine.queueSnapshot(queue);
            if (!status.ok())
                return status.error();
            return ProtocolJson::queueStatus(status.value());
        };
    } else if (op == QLatin1String("ticket")) {
        const qint64 ticketId = args.optionalInteger("ticketId", 1, qint64(1) << 50);
        const QString number = args.optionalString("number", 12);
        query = [ticketId, number](WriterContext &context) -> Result<QJsonObject> {
            const auto ticket =
                ticketId ? context.engine.ticket(ticketId) : context.engine.ticketByNumber(number);
            if (!ticket)
                return OperationError(ErrorCode::UnknownTicket);
            return QJsonObject{{QStringLiteral("ticket"), ProtocolJson::ticket(*ticket)}};
        };
    } else {
        replyError(connection, id, OperationError(ErrorCode::UnknownOperation, op));
        return;
    }
    if (!args.ok()) {
        replyError(connection, id, args.error());
        return;
    }
    answerRead(connection, id, op, std::move(query));
}

void HallServer::answerRead(ClientConnection *connection, const QString &id, const QString &op,
                            std::function<Result<QJsonObject>(WriterContext &)> query)
{
    QPointer<ClientConnection> target(connection);
    onWriter(std::move(query), [this, target, id, op](Result<QJsonObject> result) {
        answerWith(target, id, op, result);
    });
}

void HallServer::answerWith(ClientConnection *connection, const QString &id, const QString &op,
                            const Result<QJsonObject> &result)
{
    m_metrics.request(op, result.code());
    if (!connection)
        return;
    if (result.ok())
        reply(connection, id, result.value());
    else
        replyError(connection, id, result.error());
}

void HallServer::publishQueueStatuses()
{
    const QStringList queues = m_hub.takeChangedQueues();
    if (queues.isEmpty())
        return;
    onWriter(
        [queues](WriterContext &context) {
            return SnapshotBuilder::queueStatuses(context, queues);
        },
        [this](QList<QJsonObject> statuses) {
            QList<ServerEvent> events;
            for (const QJsonObject &status : statuses) {
                ServerEvent event;
                event.kind = QStringLiteral("queue");
                event.data = status;
                m_servedToday.addTo(event.data);
                event.queues << status.value(QLatin1String("queue")).toString();
                events << event;
            }
            m_metrics.eventsDelivered(m_hub.publish(events));
        });
}

void HallServer::sweepNow()
{
    const qint64 retentionMs =
        qint64(std::chrono::duration_cast<std::chrono::milliseconds>(m_settings.requestLogRetention)
                   .count());
    onWriter(
        [retentionMs, policy = m_ratingPolicy](WriterContext &context) {
            OperationOutcome outcome;
            outcome.ok = true;
            // Ratings nobody gave in time are recorded as such (未评价), never as satisfied.
            outcome.events << RatingOperations::expire(context, policy);
            const auto expired = context.engine.expireHeldTickets();
            if (expired.ok()) {
                for (const ExpiredHold &hold : expired.value()) {
                    const Ticket &ticket = hold.ticket;
                    ServerEvent event;
                    event.kind = QStringLiteral("ticket");
                    event.data = {{QStringLiteral("action"), QStringLiteral("hold_expired")},
                                  {QStringLiteral("ticket"), ProtocolJson::ticket(ticket)},
                                  {QStringLiteral("previousWindow"), hold.window}};
                    event.queues << ticket.queueCode;
                    // The holding window's counter lists the ticket as held until it hears
                    // this, whichever queues it watches.
                    if (hold.window != 0)
                        event.windows << hold.window;
                    outcome.events << event;
                    outcome.changedQueues << ticket.queueCode;
                }
            }
            context.engine.closePastDays();
            outcome.result.insert(QStringLiteral("serviceDay"), context.engine.today());
            ServerStore store(context.statements);
            const qint64 now = context.clock.nowMs();
            store.pruneSessions(now);
            store.pruneRequestLog(now - retentionMs);
            return outcome;
        },
        [this](OperationOutcome outcome) {
            if (!outcome.ok)
                return; // not committed: the next run does it all again
            const int day = outcome.result.value(QLatin1String("serviceDay")).toInt();
            if (m_serviceDay != 0 && day != m_serviceDay) {
                // A new service day: yesterday's calls leave the boards, and every terminal
                // starts again from a snapshot.
                m_hub.clearRecentCalls();
                m_servedToday.reset(day);
                ServerEvent resync;
                resync.kind = QStringLiteral("resync");
                resync.everyone = true;
                outcome.events.prepend(resync);
            }
            m_serviceDay = day;
            completed(QStringLiteral("sweep"), std::move(outcome));
        });
}

} // namespace halldesk
