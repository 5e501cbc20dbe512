#include "server/CaseOperations.h"

#include "casework/CaseJson.h"
#include "casework/DecisionRules.h"
#include "casework/IntakeCheck.h"
#include "clock/Clock.h"
#include "clock/HallTime.h"
#include "logging/HallDeskLogging.h"
#include "protocol/ArgumentReader.h"
#include "queue/EngineExecutor.h"
#include "queue/QueueEngine.h"
#include "server/CaseStore.h"

#include <algorithm>

namespace halldesk {

namespace {

constexpr int MaxReason = 500;

OperationOutcome succeeded(const CaseRecord &record)
{
    OperationOutcome outcome;
    outcome.ok = true;
    outcome.result = {{QStringLiteral("case"), CaseStore::summary(record)}};
    return outcome;
}

std::variant<PreparedOperation, OperationError>
prepareSubmit(const QJsonObject &args, const ActingTerminal &who, const CaseworkData &data)
{
    auto parsed = CaseJson::fromJson(args.value(QLatin1String("case")).toObject());
    if (auto *field = std::get_if<QString>(&parsed))
        return OperationError(ErrorCode::BadRequest, QStringLiteral("case.") + *field);
    CaseRecord record = std::get<CaseRecord>(std::move(parsed));
    // A window numbers its own cases only: the number's window part is what keeps offline
    // numbering unique across the hall.
    if (record.window != who.actor.window || record.number.window() != who.actor.window)
        return OperationError(ErrorCode::WrongWindow);
    if (record.staffNo.isEmpty())
        record.staffNo = who.staffNo;
    if (record.reason.size() > MaxReason)
        return OperationError(ErrorCode::BadRequest, QStringLiteral("case.reason"));
    if (auto error = IntakeCheck::complete(record, *data.catalogue, *data.calendar))
        return *error;

    return [record = std::move(record), who](WriterContext &context) -> OperationOutcome {
        CaseStore store(context.statements, context.cipher);
        if (store.find(record.number.toString()))
            return OperationOutcome::failure(
                OperationError(ErrorCode::CaseNumberTaken, record.number.toString()));
        const qint64 now = context.clock.nowMs();
        const qint64 id = store.insert(record, who.actor.staffId, now);
        const QString received = CaseStatusNames::key(CaseStatus::Received);
        store.appendEvent(id, now, QStringLiteral("receive"), who.actor.staffId, record.staffNo,
                          record.window, QString(), received, QString());
        store.appendEvent(id, now, IntakeDecisionNames::key(record.decision), who.actor.staffId,
                          record.staffNo, record.window, received,
                          CaseStatusNames::key(record.state.status), record.reason);
        qCInfo(lcCase).noquote() << "case" << record.number.toString() << "recorded at window"
                                 << record.window << "as"
                                 << CaseStatusNames::key(record.state.status);
        return succeeded(record);
    };
}

// Applies the step's own rules to the stored record; an error leaves the case untouched.
std::optional<OperationError> applyStep(CaseRecord &r, CaseAction action, CaseOutcome outcome,
                                        const QString &reason,
                                        const QList<MaterialCheck> &materials, QDate today)
{
    const auto next = CaseLifecycle::apply(r.state, action, outcome);
    if (!std::holds_alternative<CaseState>(next))
        return OperationError(ErrorCode::CaseStepNotAllowed, CaseStatusNames::key(r.state.status));
    for (const MaterialCheck &seen : materials) {
        auto it = std::find_if(r.materials.begin(), r.materials.end(),
                               [&](const MaterialCheck &m) { return m.code == seen.code; });
        if (it == r.materials.end())
            return OperationError(ErrorCode::InvalidCase, QStringLiteral("materials.") + seen.code);
        if (seen.state == MaterialCheck::State::Waived && !it->waivable)
            return OperationError(ErrorCode::InvalidCase, QStringLiteral("materials.") + seen.code);
        it->state = seen.state;
        it->pages = seen.pages;
        // A step that brings a material (补正 ended) may bring its scan; one without keeps the
        // scan taken before.
        if (!seen.scanDigest.isEmpty()) {
            it->scanDigest = seen.scanDigest;
            it->scanBytes = seen.scanBytes;
        }
    }
    switch (action) {
    case CaseAction::StartCorrection:
        r.pauses.append(CasePause{today, std::nullopt});
        break;
    case CaseAction::EndCorrection:
        if (!DecisionRules::missing(r.materials).isEmpty())
            return OperationError(ErrorCode::InvalidCase, QStringLiteral("materials"));
        if (!r.pauses.isEmpty() && !r.pauses.last().end)
            r.pauses.last().end = std::max(today, r.pauses.last().start);
        break;
    case CaseAction::Accept:
        if (!DecisionRules::missing(r.materials).isEmpty() &&
            r.decision != IntakeDecision::CreditCommitment)
            return OperationError(ErrorCode::InvalidCase, QStringLiteral("materials"));
        break;
    case CaseAction::Reject:
        if (reason.trimmed().isEmpty())
            return OperationError(ErrorCode::InvalidCase, QStringLiteral("reason"));
        break;
    case CaseAction::Complete:
    case CaseAction::Withdraw:
    case CaseAction::Revoke:
        break;
    }
    if (!reason.isEmpty())
        r.reason = reason;
    r.state = std::get<CaseState>(next);
    return std::nullopt;
}

std::variant<PreparedOperation, OperationError>
prepareAction(const QJsonObject &args, const ActingTerminal &who, const CaseworkData &data)
{
    ArgumentReader reader(args);
    const QString number = reader.string("number", 20);
    const QString actionKey = reader.string("action", 30);
    const QString outcomeKey = reader.optionalString("outcome", 30);
    const QString reason = reader.optionalString("reason", MaxReason);
    if (!reader.ok())
        return reader.error();
    const auto action = CaseLifecycle::actionFromKey(actionKey);
    const auto outcome = CaseStatusNames::outcomeFromKey(outcomeKey);
    if (!action)
        return OperationError(ErrorCode::BadRequest, QStringLiteral("action"));
    if (!outcome)
        return OperationError(ErrorCode::BadRequest, QStringLiteral("outcome"));
    QList<MaterialCheck> materials;
    if (args.contains(QLatin1String("materials"))) {
        const auto read = CaseJson::materialsFromJson(args.value(QLatin1String("materials")));
        if (!read)
            return OperationError(ErrorCode::BadRequest, QStringLiteral("materials"));
        materials = *read;
    }
    return [number, action = *action, outcome = *outcome, reason, materials, who,
            data](WriterContext &context) -> OperationOutcome {
        CaseStore store(context.statements, context.cipher);
        auto stored = store.find(number);
        if (!stored)
            return OperationOutcome::failure(OperationError(ErrorCode::UnknownCase, number));
        const QDate today = HallTime::dayFromKey(context.engine.today());
        const QString from = CaseStatusNames::key(stored->record.state.status);
        if (auto error = applyStep(stored->record, action, outcome, reason, materials, today))
            return OperationOutcome::failure(*error);
        IntakeCheck::schedule(stored->record, *data.catalogue, *data.calendar);
        const qint64 now = context.clock.nowMs();
        store.update(*stored, now);
        store.appendEvent(stored->id, now, CaseLifecycle::key(action), who.actor.staffId,
                          who.staffNo, who.actor.window, from,
                          CaseStatusNames::key(stored->record.state.status), reason);
        return succeeded(stored->record);
    };
}

} // namespace

bool CaseOperations::handles(const QString &op)
{
    return op == QLatin1String("submitCase") || op == QLatin1String("caseAction");
}

std::variant<PreparedOperation, OperationError> CaseOperations::prepare(const QString &op,
                                                                        const QJsonObject &args,
                                                                        const ActingTerminal &who,
                                                                        const CaseworkData &data)
{
    if (op == QLatin1String("submitCase"))
        return prepareSubmit(args, who, data);
    if (op == QLatin1String("caseAction"))
        return prepareAction(args, who, data);
    return OperationError(ErrorCode::UnknownOperation, op);
}

} // namespace halldesk
