#include "casework/CaseLifecycle.h"

#include <array>
#include <utility>

namespace halldesk {

namespace {

constexpr std::array<std::pair<CaseAction, const char *>, 7> ActionKeys = {{
    {CaseAction::Accept, "accept"},
    {CaseAction::StartCorrection, "start_correction"},
    {CaseAction::EndCorrection, "end_correction"},
    {CaseAction::Reject, "reject"},
    {CaseAction::Complete, "complete"},
    {CaseAction::Withdraw, "withdraw"},
    {CaseAction::Revoke, "revoke"},
}};

bool isGranted(const CaseState &s)
{
    return s.status == CaseStatus::Completed &&
           (s.outcome == CaseOutcome::Approved || s.outcome == CaseOutcome::ApprovedWithWaiver);
}

} // namespace

bool CaseLifecycle::allows(const CaseState &state, CaseAction action)
{
    const CaseStatus s = state.status;
    switch (action) {
    case CaseAction::Accept:
        return s == CaseStatus::Received;
    case CaseAction::StartCorrection:
        return s == CaseStatus::Received || s == CaseStatus::Accepted;
    case CaseAction::EndCorrection:
        return s == CaseStatus::Correction;
    case CaseAction::Reject:
        // Only before acceptance: an accepted case that fails ends as 办结（不通过）.
        return s == CaseStatus::Received ||
               (s == CaseStatus::Correction && state.beforeCorrection == CaseStatus::Received);
    case CaseAction::Complete:
        // From Received only for 即办: finished on the spot without a separate acceptance.
        return s == CaseStatus::Received || s == CaseStatus::Accepted;
    case CaseAction::Withdraw:
        return s == CaseStatus::Received || s == CaseStatus::Accepted ||
               s == CaseStatus::Correction;
    case CaseAction::Revoke:
        return s == CaseStatus::Accepted || isGranted(state);
    }
    return false;
}

bool CaseLifecycle::isFinal(const CaseState &state)
{
    for (const auto &[action, name] : ActionKeys) {
        Q_UNUSED(name);
        if (allows(state, action))
            return false;
    }
    return true;
}

std::variant<CaseState, QString> CaseLifecycle::apply(const CaseState &state, CaseAction action,
                                                      CaseOutcome outcome)
{
    if (action == CaseAction::Complete && outcome == CaseOutcome::None)
        return tr("A completed case needs its outcome.");
    if (action != CaseAction::Complete && outcome != CaseOutcome::None)
        return tr("Only a completion has an outcome.");
    if (!allows(state, action)) {
        return tr("This case is %1; that step is not possible now.")
            .arg(CaseStatusNames::displayName(state.status, state.outcome));
    }
    CaseState next = state;
    switch (action) {
    case CaseAction::Accept:
        next.status = CaseStatus::Accepted;
        break;
    case CaseAction::StartCorrection:
        next.beforeCorrection = state.status;
        next.status = CaseStatus::Correction;
        break;
    case CaseAction::EndCorrection:
        next.status = state.beforeCorrection;
        next.beforeCorrection = CaseStatus::Received;
        break;
    case CaseAction::Reject:
        next.status = CaseStatus::Rejected;
        break;
    case CaseAction::Complete:
        next.status = CaseStatus::Completed;
        next.outcome = outcome;
        break;
    case CaseAction::Withdraw:
        next.status = CaseStatus::Withdrawn;
        break;
    case CaseAction::Revoke:
        next.status = CaseStatus::Revoked;
        break;
    }
    return next;
}

QString CaseLifecycle::key(CaseAction action)
{
    for (const auto &[value, name] : ActionKeys) {
        if (value == action)
            return QLatin1String(name);
    }
    return {};
}

std::optional<CaseAction> CaseLifecycle::actionFromKey(const QString &key)
{
    for (const auto &[value, name] : ActionKeys) {
        if (key == QLatin1String(name))
            return value;
    }
    return std::nullopt;
}

} // namespace halldesk
