#pragma once

#include "casework/CaseStatus.h"

#include <QCoreApplication>
#include <QString>
#include <variant>

namespace halldesk {

// What can happen to a case once it is received at a window.
enum class CaseAction
{
    Accept,          // 受理
    StartCorrection, // 补正: 一次性告知 of everything missing; stops the clock
    EndCorrection,   // the missing materials arrived
    Reject,          // 不予受理
    Complete,        // 办结 with an outcome
    Withdraw,        // 撤回 by the applicant
    Revoke           // 撤销 by the authority
};

struct CaseState
{
    CaseStatus status = CaseStatus::Received;
    CaseOutcome outcome = CaseOutcome::None;
    // Where a correction returns to: a case can be sent for materials before or after it is
    // accepted, and must come back to the same place.
    CaseStatus beforeCorrection = CaseStatus::Received;

    friend bool operator==(const CaseState &, const CaseState &) = default;
};

// The one place that knows which step may follow which. The server applies it to every
// change; the counter asks it which buttons to offer.
class CaseLifecycle
{
    Q_DECLARE_TR_FUNCTIONS(CaseLifecycle)

public:
    // The new state, or a translated reason why the action is not possible now. `outcome`
    // is used by Complete only and must then not be None.
    static std::variant<CaseState, QString> apply(const CaseState &state, CaseAction action,
                                                  CaseOutcome outcome = CaseOutcome::None);
    static bool allows(const CaseState &state, CaseAction action);
    static bool isFinal(const CaseState &state);

    static QString key(CaseAction action);
    static std::optional<CaseAction> actionFromKey(const QString &key);
};

} // namespace halldesk
