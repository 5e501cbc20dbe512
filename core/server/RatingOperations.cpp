#include "server/RatingOperations.h"

#include "clock/Clock.h"
#include "clock/HallTime.h"
#include "logging/HallDeskLogging.h"
#include "protocol/ArgumentReader.h"
#include "queue/EngineExecutor.h"
#include "queue/QueueEngine.h"
#include "rating/RatingRecord.h"
#include "rating/RatingSigner.h"
#include "server/FollowUpOperations.h"
#include "server/FollowUpStore.h"
#include "server/RatingEvents.h"
#include "server/RatingStore.h"
#include "server/ServerSettings.h"

#include <QJsonArray>
#include <QSet>
#include <QSslCertificate>

namespace halldesk {

namespace {

constexpr int MaxListed = 20;
constexpr qint64 MaxId = qint64(1) << 50;

// What a counter says it handled in the service: item codes and case numbers.
struct Handled
{
    QList<RatedItem> items;
    QStringList cases;
};

std::variant<Handled, OperationError> handledFrom(const QJsonObject &args,
                                                  const Catalogue &catalogue)
{
    Handled handled;
    auto strings = [&args](const char *name, int maxLength,
                           QStringList *out) -> std::optional<OperationError> {
        const QJsonValue value = args.value(QLatin1String(name));
        if (value.isUndefined() || value.isNull())
            return std::nullopt;
        if (!value.isArray() || value.toArray().size() > MaxListed)
            return OperationError(ErrorCode::BadRequest, QLatin1String(name));
        for (const QJsonValue &entry : value.toArray()) {
            const QString text = entry.toString();
            if (!entry.isString() || text.isEmpty() || text.size() > maxLength)
                return OperationError(ErrorCode::BadRequest, QLatin1String(name));
            if (!out->contains(text))
                *out << text;
        }
        return std::nullopt;
    };
    QStringList codes;
    if (auto error = strings("items", 64, &codes))
        return *error;
    if (auto error = strings("cases", 20, &handled.cases))
        return *error;
    for (const QString &code : std::as_const(codes)) {
        const ServiceItem *item = catalogue.item(code);
        handled.items.append({code, item ? item->name : QString()});
    }
    return handled;
}

// Opens the rating of a ticket served at the acting window, in the operation's transaction.
StoredRating openRating(WriterContext &context, const Ticket &ticket, const ActingTerminal &who,
                        const Handled &handled, const RatingPolicy &policy)
{
    RatingStore store(context.statements, context.cipher);
    StoredRating r;
    r.ticketId = ticket.id;
    r.window = who.actor.window;
    r.area = store.areaOfWindow(who.actor.window);
    r.staffId = who.actor.staffId;
    r.staffNo = who.staffNo;
    r.staffName = who.staffName;
    r.ticketNumber = ticket.number;
    r.serviceDay = HallTime::dayFromKey(ticket.serviceDay);
    r.requestedAtMs = context.clock.nowMs();
    r.expiresAtMs = r.requestedAtMs + policy.timeoutMs;
    r.items = handled.items;
    r.cases = handled.cases;
    r.id = store.insert(r);
    qCInfo(lcRating).noquote() << "rating" << r.id << "asked at window" << r.window << "for"
                               << r.ticketNumber;
    return r;
}

OperationOutcome ratingAnswer(const StoredRating &rating, const RatingPolicy &policy)
{
    OperationOutcome outcome;
    outcome.ok = true;
    outcome.result = {{QStringLiteral("rating"), RatingStore::toJson(rating, policy.reasons)}};
    return outcome;
}

std::variant<PreparedOperation, OperationError> prepareFinish(const QJsonObject &args,
                                                              const ActingTerminal &who,
                                                              const RatingPolicy &policy,
                                                              const CaseworkData &data)
{
    auto handled = handledFrom(args, *data.catalogue);
    if (auto *error = std::get_if<OperationError>(&handled))
        return *error;
    auto inner = QueueOperations::prepare(QStringLiteral("finish"), args, who);
    if (auto *error = std::get_if<OperationError>(&inner))
        return *error;
    const qint64 ticketId = args.value(QLatin1String("ticketId")).toInteger();
    return PreparedOperation([finish = std::get<PreparedOperation>(std::move(inner)), ticketId, who,
                              policy, handled = std::get<Handled>(std::move(handled))](
                                 WriterContext &context) -> OperationOutcome {
        OperationOutcome outcome = finish(context);
        if (!outcome.ok)
            return outcome;
        // Asked for before the finish (requestRating): one rating per service.
        if (RatingStore(context.statements, context.cipher).findByTicket(ticketId))
            return outcome;
        const auto ticket = context.engine.ticket(ticketId);
        if (!ticket)
            return OperationOutcome::failure(OperationError(ErrorCode::StorageFailure));
        const StoredRating rating = openRating(context, *ticket, who, handled, policy);
        outcome.result.insert(QStringLiteral("rating"),
                              RatingStore::toJson(rating, policy.reasons));
        outcome.events << RatingEvents::rating(rating, QStringLiteral("request"), policy.reasons);
        return outcome;
    });
}

std::variant<PreparedOperation, OperationError> prepareRequest(const QJsonObject &args,
                                                               const ActingTerminal &who,
                                                               const RatingPolicy &policy,
                                                               const CaseworkData &data)
{
    ArgumentReader reader(args);
    const qint64 ticketId = reader.integer("ticketId", 1, MaxId);
    if (!reader.ok())
        return reader.error();
    auto handled = handledFrom(args, *data.catalogue);
    if (auto *error = std::get_if<OperationError>(&handled))
        return *error;
    return PreparedOperation([ticketId, who, policy,
                              handled = std::get<Handled>(std::move(handled))](
                                 WriterContext &context) -> OperationOutcome {
        const auto ticket = context.engine.ticket(ticketId);
        if (!ticket)
            return OperationOutcome::failure(OperationError(ErrorCode::UnknownTicket));
        RatingStore store(context.statements, context.cipher);
        if (const auto existing = store.findByTicket(ticketId)) {
            if (existing->window != who.actor.window)
                return OperationOutcome::failure(
                    OperationError(ErrorCode::TicketAtOtherWindow, ticket->number));
            if (existing->state != QLatin1String("pending"))
                return OperationOutcome::failure(OperationError(ErrorCode::AlreadyRated));
            return ratingAnswer(*existing, policy);
        }
        if (ticket->status == TicketStatus::Called && ticket->windowNumber != who.actor.window)
            return OperationOutcome::failure(
                OperationError(ErrorCode::TicketAtOtherWindow, ticket->number));
        if (ticket->status != TicketStatus::Called)
            return OperationOutcome::failure(
                OperationError(ErrorCode::TicketNotCalled, ticket->number));
        const auto window = context.engine.window(who.actor.window);
        if (!window || window->staffId != who.actor.staffId)
            return OperationOutcome::failure(OperationError(ErrorCode::WindowSignedInByOther));
        const StoredRating rating = openRating(context, *ticket, who, handled, policy);
        OperationOutcome outcome = ratingAnswer(rating, policy);
        outcome.events << RatingEvents::rating(rating, QStringLiteral("request"), policy.reasons);
        return outcome;
    });
}

// The writer's half of `rate`: the checks that need the stored rating, in the order of
// PROTOCOL.md §12.3, and the rating stored.
OperationOutcome storeRating(WriterContext &context, const RatingRecord &record,
                             const QByteArray &signature, const RatingPolicy &policy,
                             const std::shared_ptr<const WorkingCalendar> &calendar)
{
    RatingStore store(context.statements, context.cipher);
    auto found = store.find(record.ratingId);
    if (!found)
        return OperationOutcome::failure(OperationError(ErrorCode::UnknownRating));
    StoredRating r = *found;
    if (r.window != record.window)
        return OperationOutcome::failure(OperationError(ErrorCode::WrongWindow));
    if (r.ticketId != record.ticketId)
        return OperationOutcome::failure(
            OperationError(ErrorCode::RatingMismatch, QStringLiteral("ticketId")));
    if (r.staffNo != record.staffNo)
        return OperationOutcome::failure(
            OperationError(ErrorCode::RatingMismatch, QStringLiteral("staffNo")));
    QSet<QString> checklist;
    for (const RatingReason &reason : policy.reasons)
        checklist.insert(reason.code);
    const bool bad = RatingLevels::isBad(record.level);
    for (const QString &reason : record.reasons) {
        if (!checklist.contains(reason))
            return OperationOutcome::failure(
                OperationError(ErrorCode::InvalidRating, QStringLiteral("reasons")));
    }
    if (bad == record.reasons.isEmpty())
        return OperationOutcome::failure(
            OperationError(ErrorCode::InvalidRating, QStringLiteral("reasons")));
    bool late = false;
    if (r.state == QLatin1String("rated"))
        return OperationOutcome::failure(OperationError(ErrorCode::AlreadyRated));
    if (r.state == QLatin1String("unrated")) {
        if (record.ratedAtMs > r.expiresAtMs + RatingPolicy::LateGraceMs)
            return OperationOutcome::failure(OperationError(ErrorCode::RatingClosed));
        late = true;
    }
    const qint64 now = context.clock.nowMs();
    r.state = QStringLiteral("rated");
    r.level = record.level;
    r.reasons = record.reasons;
    r.comment = record.comment;
    r.ratedAtMs = record.ratedAtMs;
    r.receivedAtMs = now;
    r.terminal = record.terminal;
    r.signature = signature;
    r.late = late;
    store.recordRating(r);
    qCInfo(lcRating).noquote() << "rating" << r.id << "at window" << r.window << "rated"
                               << RatingLevels::storageName(record.level) << (late ? "late" : "");

    OperationOutcome outcome = ratingAnswer(r, policy);
    // Answers are kept in the request log in clear: the comment stays out of them.
    QJsonObject answered = outcome.result.value(QLatin1String("rating")).toObject();
    answered.remove(QStringLiteral("comment"));
    outcome.result.insert(QStringLiteral("rating"), answered);
    outcome.events << RatingEvents::rating(r, QStringLiteral("rated"), policy.reasons);
    if (r.isBad()) {
        const QDate today = HallTime::dayFromKey(context.engine.today());
        StoredFollowUp followUp = StoredFollowUp::openFor(r);
        followUp.openedOn = today;
        followUp.callbackDue = calendar->addWorkingDays(r.serviceDay, policy.callbackDays);
        followUp.openedAtMs = now;
        followUp.updatedAtMs = now;
        followUp.id = FollowUpStore(context.statements, context.cipher).insert(followUp);
        outcome.events << RatingEvents::followUp(followUp, QStringLiteral("open"), today);
    }
    return outcome;
}

std::variant<PreparedOperation, OperationError>
prepareRate(const QJsonObject &args, const ActingTerminal &who, const RatingPolicy &policy,
            const CaseworkData &data, const QSslCertificate &peer)
{
    const QJsonValue recordValue = args.value(QLatin1String("record"));
    if (!recordValue.isObject())
        return OperationError(ErrorCode::BadRequest, QStringLiteral("record"));
    QString badField;
    const auto record = RatingRecord::fromJson(recordValue.toObject(), &badField);
    if (!record)
        return OperationError(ErrorCode::BadRequest, QStringLiteral("record.") + badField);
    ArgumentReader reader(args);
    const QString encoded = reader.string("signature", 2048);
    if (!reader.ok())
        return reader.error();
    const auto decoded =
        QByteArray::fromBase64Encoding(encoded.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return OperationError(ErrorCode::BadRequest, QStringLiteral("signature"));
    const QByteArray signature = *decoded;
    if (!RatingSigner::verify(peer, record->signedBytes(), signature))
        return OperationError(ErrorCode::BadSignature);
    if (record->terminal != who.terminal || record->window != who.actor.window)
        return OperationError(ErrorCode::WrongWindow);
    return PreparedOperation(
        [record = *record, signature, policy, calendar = data.calendar](WriterContext &context) {
            return storeRating(context, record, signature, policy, calendar);
        });
}

} // namespace

RatingPolicy RatingPolicy::from(const ServerSettings &settings)
{
    RatingPolicy policy;
    policy.timeoutMs = qint64(
        std::chrono::duration_cast<std::chrono::milliseconds>(settings.ratingTimeout).count());
    policy.reasons = settings.ratingReasons;
    policy.callbackDays = settings.followUpCallbackDays;
    policy.rectifyDays = settings.followUpRectifyDays;
    return policy;
}

bool RatingOperations::handles(const QString &op)
{
    return op == QLatin1String("finish") || op == QLatin1String("requestRating") ||
           op == QLatin1String("rate") || op == QLatin1String("followUpAction");
}

std::variant<PreparedOperation, OperationError>
RatingOperations::prepare(const QString &op, const QJsonObject &args, const ActingTerminal &who,
                          const RatingPolicy &policy, const CaseworkData &data,
                          const QSslCertificate &peer)
{
    if (op == QLatin1String("finish"))
        return prepareFinish(args, who, policy, data);
    if (op == QLatin1String("requestRating"))
        return prepareRequest(args, who, policy, data);
    if (op == QLatin1String("rate"))
        return prepareRate(args, who, policy, data, peer);
    if (op == QLatin1String("followUpAction"))
        return FollowUpOperations::prepareAction(args, who, policy, data);
    return OperationError(ErrorCode::UnknownOperation, op);
}

QList<ServerEvent> RatingOperations::expire(WriterContext &context, const RatingPolicy &policy)
{
    QList<ServerEvent> events;
    for (const StoredRating &rating :
         RatingStore(context.statements, context.cipher).expire(context.clock.nowMs())) {
        qCInfo(lcRating).noquote()
            << "rating" << rating.id << "at window" << rating.window << "not given in time";
        events << RatingEvents::rating(rating, QStringLiteral("unrated"), policy.reasons);
    }
    return events;
}

} // namespace halldesk
