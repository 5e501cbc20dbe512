#include "server/QueueOperations.h"

#include "protocol/Announcement.h"
#include "protocol/ArgumentReader.h"
#include "protocol/ProtocolJson.h"
#include "queue/EngineExecutor.h"
#include "queue/QueueEngine.h"
#include "server/AdminOperations.h"
#include "server/AdminStore.h"
#include "server/StaffAuthenticator.h"

#include <QHash>

namespace halldesk {

namespace {

ServerEvent ticketEvent(const Ticket &ticket, const QString &action,
                        const QString &previousQueue = {})
{
    ServerEvent event;
    event.kind = QStringLiteral("ticket");
    event.data = {{QStringLiteral("action"), action},
                  {QStringLiteral("ticket"), ProtocolJson::ticket(ticket)}};
    event.queues << ticket.queueCode;
    if (!previousQueue.isEmpty() && previousQueue != ticket.queueCode) {
        event.data.insert(QStringLiteral("previousQueue"), previousQueue);
        event.queues << previousQueue;
    }
    for (int window : {ticket.windowNumber, ticket.targetWindow}) {
        if (window != 0 && !event.windows.contains(window))
            event.windows << window;
    }
    return event;
}

ServerEvent callEvent(const Ticket &ticket, int window, qint64 atMs)
{
    ServerEvent event;
    event.kind = QStringLiteral("call");
    event.isCall = true;
    event.data = {{QStringLiteral("number"), ticket.number},
                  {QStringLiteral("ticketId"), double(ticket.id)},
                  {QStringLiteral("queue"), ticket.queueCode},
                  {QStringLiteral("window"), window},
                  {QStringLiteral("recall"), ticket.recallCount},
                  {QStringLiteral("atMs"), double(atMs)},
                  {QStringLiteral("announcement"), Announcement::forCall(ticket.number, window)}};
    event.queues << ticket.queueCode;
    event.windows << window;
    return event;
}

} // namespace

ServerEvent QueueOperations::windowEvent(const ServiceWindow &window, const ActingTerminal &who)
{
    const bool signedIn = window.state != WindowState::SignedOut;
    QJsonObject data{{QStringLiteral("number"), window.number},
                     {QStringLiteral("name"), window.name},
                     {QStringLiteral("state"), toStorageName(window.state)},
                     {QStringLiteral("staffNo"), signedIn ? who.staffNo : QString()},
                     {QStringLiteral("staffName"), signedIn ? who.staffName : QString()},
                     {QStringLiteral("stateSinceMs"), double(window.stateSinceMs)}};
    if (!window.pauseReason.isEmpty())
        data.insert(QStringLiteral("pauseReason"), window.pauseReason);
    ServerEvent event;
    event.kind = QStringLiteral("window");
    event.data = data;
    event.windows << window.number;
    for (const WindowQueue &queue : window.queues)
        event.queues << queue.queueCode;
    return event;
}

namespace {

QStringList queueCodesOf(const ServiceWindow &window)
{
    QStringList codes;
    for (const WindowQueue &queue : window.queues)
        codes << queue.queueCode;
    return codes;
}

// A ticket operation's answer and events: the ticket, its event, and for calls the
// announcement.
OperationOutcome ticketOutcome(const Result<Ticket> &result, const QString &action, bool announce,
                               qint64 nowMs, int actingWindow, const QString &previousQueue = {})
{
    if (!result.ok())
        return OperationOutcome::failure(result.error());
    const Ticket &ticket = result.value();
    OperationOutcome outcome;
    outcome.ok = true;
    outcome.result = {{QStringLiteral("ticket"), ProtocolJson::ticket(ticket)}};
    ServerEvent event = ticketEvent(ticket, action, previousQueue);
    // The window that acted hears of it even when the ticket has left it (a transfer, a
    // no-show): its own list of held and served tickets must not go stale.
    if (actingWindow != 0 && !event.windows.contains(actingWindow))
        event.windows << actingWindow;
    outcome.events << event;
    // A recall past the limit turns the ticket into a no-show: nothing to announce then.
    if (announce && ticket.status == TicketStatus::Called)
        outcome.events << callEvent(ticket, ticket.windowNumber, nowMs);
    outcome.changedQueues << ticket.queueCode;
    if (!previousQueue.isEmpty() && previousQueue != ticket.queueCode)
        outcome.changedQueues << previousQueue;
    return outcome;
}

OperationOutcome windowOutcome(const Result<ServiceWindow> &result, const ActingTerminal &who)
{
    if (!result.ok())
        return OperationOutcome::failure(result.error());
    OperationOutcome outcome;
    outcome.ok = true;
    const ServerEvent event = QueueOperations::windowEvent(result.value(), who);
    outcome.result = {{QStringLiteral("window"), event.data}};
    outcome.events << event;
    outcome.changedQueues = queueCodesOf(result.value());
    return outcome;
}

using SignOutCall = Result<ServiceWindow> (QueueEngine::*)(const Actor &);

// `who` leaves their window: held tickets go back to their queues, and their terminals must
// hear it.
OperationOutcome signedOut(WriterContext &context, const ActingTerminal &who, SignOutCall signOut)
{
    const Actor &actor = who.actor;
    const QList<Ticket> held = context.engine.heldTickets(actor.window);
    OperationOutcome outcome = windowOutcome((context.engine.*signOut)(actor), who);
    if (!outcome.ok)
        return outcome;
    for (const Ticket &before : held) {
        if (const auto after = context.engine.ticket(before.id)) {
            // Its window is 0 now: name the window that held it, and tell that window's own
            // subscribers too.
            ServerEvent event = ticketEvent(*after, QStringLiteral("returned"));
            event.data.insert(QStringLiteral("previousWindow"), actor.window);
            if (!event.windows.contains(actor.window))
                event.windows << actor.window;
            outcome.events << event;
            outcome.changedQueues << after->queueCode;
        }
    }
    return outcome;
}

using TicketCall = Result<Ticket> (QueueEngine::*)(const Actor &, qint64);

// recall, noShow, returnNoShow, hold, resumeHeld, finish: one ticket id, one engine call.
const QHash<QString, std::pair<TicketCall, bool>> &ticketIdOperations()
{
    static const QHash<QString, std::pair<TicketCall, bool>> operations = {
        {QStringLiteral("recall"), {&QueueEngine::recall, true}},
        {QStringLiteral("noShow"), {&QueueEngine::markNoShow, false}},
        {QStringLiteral("returnNoShow"), {&QueueEngine::returnNoShow, false}},
        {QStringLiteral("hold"), {&QueueEngine::hold, false}},
        {QStringLiteral("resumeHeld"), {&QueueEngine::resumeHeld, true}},
        {QStringLiteral("finish"), {&QueueEngine::finish, false}},
    };
    return operations;
}

std::variant<PreparedOperation, OperationError> prepareIssue(ArgumentReader &args,
                                                             const ActingTerminal &who)
{
    IssueRequest request;
    request.queueCode = args.string("queue", 40);
    request.residentId = args.optionalString("residentId", 18);
    request.phone = args.optionalString("phone", 20);
    const QString priority = args.optionalString("priority", 40);
    request.appointmentId = args.optionalString("appointmentId", 64);
    request.appointmentStartMs = args.optionalInteger("appointmentStartMs", 0, qint64(1) << 50);
    request.appointmentEndMs = args.optionalInteger("appointmentEndMs", 0, qint64(1) << 50);
    if (!args.ok())
        return args.error();
    if (!priority.isEmpty()) {
        const auto group = priorityGroupFromStorageName(priority);
        if (!group)
            return OperationError(ErrorCode::BadRequest, QStringLiteral("priority"));
        request.priority = *group;
    }
    // A priority group (绿色通道) is granted by staff: at a kiosk a help-desk clerk confirms
    // it with a PIN or card; at a counter or console the session's staff member is that clerk.
    const bool confirmedAtKiosk = who.role == TerminalRole::Kiosk;
    if (request.priority != PriorityGroup::None && confirmedAtKiosk && !who.helpDesk)
        return OperationError(ErrorCode::PriorityNeedsStaff);
    if (request.priority != PriorityGroup::None && !confirmedAtKiosk)
        request.priorityStaffId = who.actor.staffId;
    const auto helpDesk =
        request.priority != PriorityGroup::None && confirmedAtKiosk ? who.helpDesk : std::nullopt;
    const Actor actor = who.actor;
    return PreparedOperation([request, actor, helpDesk](WriterContext &context) mutable {
        // A group the hall does not offer (adminSetPriorityGroups) is refused before any PIN
        // is looked at.
        AdminStore settings(context.statements);
        if (const auto refusal = AdminOperations::checkPriorityGroup(settings, request.priority))
            return OperationOutcome::failure(*refusal);
        if (helpDesk) {
            // In this transaction: a wrong PIN is counted, and the count commits with the
            // refusal that is remembered under the request's key.
            const auto staff = StaffAuthenticator::authorise(context, *helpDesk);
            if (!staff.ok())
                return OperationOutcome::failure(staff.error());
            request.priorityStaffId = staff.value();
        }
        // The event log says who issued it: a kiosk (staff 0) or a clerk at a help desk.
        const auto issued = context.engine.issueTicket(request, actor);
        if (!issued.ok())
            return OperationOutcome::failure(issued.error());
        return QueueOperations::issuedOutcome(issued.value());
    });
}

} // namespace

OperationOutcome QueueOperations::issuedOutcome(const IssuedTicket &issued)
{
    OperationOutcome outcome;
    outcome.ok = true;
    outcome.result = ProtocolJson::issuedTicket(issued);
    outcome.events << ticketEvent(issued.ticket, QStringLiteral("issue"));
    outcome.changedQueues << issued.ticket.queueCode;
    return outcome;
}

std::variant<PreparedOperation, OperationError>
QueueOperations::prepare(const QString &op, const QJsonObject &rawArgs, const ActingTerminal &who)
{
    ArgumentReader args(rawArgs);
    const Actor actor = who.actor;

    if (op == QLatin1String("issueTicket"))
        return prepareIssue(args, who);

    if (const auto it = ticketIdOperations().constFind(op); it != ticketIdOperations().cend()) {
        const qint64 ticketId = args.integer("ticketId", 1, qint64(1) << 50);
        if (!args.ok())
            return args.error();
        const auto [call, announce] = it.value();
        const QString action = op;
        return PreparedOperation([=](WriterContext &context) {
            return ticketOutcome((context.engine.*call)(actor, ticketId), action, announce,
                                 context.clock.nowMs(), actor.window);
        });
    }
    if (op == QLatin1String("callNext")) {
        return PreparedOperation([=](WriterContext &context) {
            return ticketOutcome(context.engine.callNext(actor), QStringLiteral("call"), true,
                                 context.clock.nowMs(), actor.window);
        });
    }
    if (op == QLatin1String("callTicket")) {
        const QString number = args.string("number", 12);
        if (!args.ok())
            return args.error();
        return PreparedOperation([=](WriterContext &context) {
            return ticketOutcome(context.engine.callTicket(actor, number), QStringLiteral("call"),
                                 true, context.clock.nowMs(), actor.window);
        });
    }
    if (op == QLatin1String("transfer")) {
        const qint64 ticketId = args.integer("ticketId", 1, qint64(1) << 50);
        TransferTarget target;
        target.queueCode = args.optionalString("queue", 40);
        target.window = int(args.optionalInteger("window", 1, 99999));
        target.comment = args.optionalString("comment", 500);
        if (!args.ok())
            return args.error();
        if (target.queueCode.isEmpty() && target.window == 0)
            return OperationError(ErrorCode::BadRequest, QStringLiteral("queue"));
        return PreparedOperation([=](WriterContext &context) {
            const auto before = context.engine.ticket(ticketId);
            return ticketOutcome(context.engine.transfer(actor, ticketId, target),
                                 QStringLiteral("transfer"), false, context.clock.nowMs(),
                                 actor.window, before ? before->queueCode : QString());
        });
    }
    if (op == QLatin1String("signIn")) {
        return PreparedOperation([=](WriterContext &context) {
            return windowOutcome(context.engine.signIn(actor.staffId, actor.window), who);
        });
    }
    if (op == QLatin1String("signOut")) {
        return PreparedOperation(
            [=](WriterContext &context) { return signedOut(context, who, &QueueEngine::signOut); });
    }
    if (op == QLatin1String("pause")) {
        const QString reason = args.optionalString("reason", 100);
        if (!args.ok())
            return args.error();
        return PreparedOperation([=](WriterContext &context) {
            return windowOutcome(context.engine.pauseWindow(actor, reason), who);
        });
    }
    if (op == QLatin1String("resumeWindow")) {
        return PreparedOperation([=](WriterContext &context) {
            return windowOutcome(context.engine.resumeWindow(actor), who);
        });
    }
    return OperationError(ErrorCode::UnknownOperation, op);
}

OperationOutcome QueueOperations::signOutRevoked(WriterContext &context, qint64 staffId)
{
    const auto window = context.engine.windowOfStaffWithinTransaction(staffId);
    if (!window) {
        OperationOutcome nowhere;
        nowhere.ok = true;
        return nowhere;
    }
    ActingTerminal who;
    who.actor = Actor{staffId, window->number};
    return signedOut(context, who, &QueueEngine::signOutWithinTransaction);
}

} // namespace halldesk
