#include "terminal/CaseEvent.h"

#include "casework/CaseLifecycle.h"
#include "casework/IntakeDecision.h"

namespace halldesk {

std::optional<CaseEvent> CaseEvent::fromJson(const QJsonObject &o)
{
    CaseEvent e;
    e.atMs = qint64(o.value(QLatin1String("atMs")).toDouble());
    e.kind = o.value(QLatin1String("kind")).toString();
    if (e.atMs <= 0 || e.kind.isEmpty())
        return std::nullopt;
    e.staffNo = o.value(QLatin1String("staffNo")).toString();
    e.window = o.value(QLatin1String("window")).toInt();
    e.from = o.value(QLatin1String("from")).toString();
    e.to = o.value(QLatin1String("to")).toString();
    e.detail = o.value(QLatin1String("detail")).toString();
    return e;
}

QString CaseEvent::stepName() const
{
    if (kind == QLatin1String("receive"))
        return tr("Received");
    // The intake's decision is recorded under the decision's key; two keys (accept, reject)
    // are also lifecycle steps and read the same either way.
    if (const auto action = CaseLifecycle::actionFromKey(kind)) {
        switch (*action) {
        case CaseAction::Accept:
            return tr("Accepted");
        case CaseAction::StartCorrection:
            return tr("Materials requested");
        case CaseAction::EndCorrection:
            return tr("Materials complete");
        case CaseAction::Reject:
            return tr("Not accepted");
        case CaseAction::Complete:
            return tr("Completed");
        case CaseAction::Withdraw:
            return tr("Withdrawn");
        case CaseAction::Revoke:
            return tr("Revoked");
        }
    }
    if (const auto decision = IntakeDecisionNames::fromKey(kind))
        return IntakeDecisionNames::displayName(*decision);
    return kind; // a step a newer server knows: its key is better than nothing
}

} // namespace halldesk
