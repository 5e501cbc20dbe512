#pragma once

#include "casework/CaseLifecycle.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

namespace halldesk {

// What the clerk decides at the window after checking the application.
enum class IntakeDecision
{
    Accept,          // 受理: due date in working days
    Immediate,       // 即办: finished on the spot
    Correction,      // 补正: 一次性告知 of every missing material
    Reject,          // 不予受理, with the reason
    CreditCommitment // 信用承诺: accepted on the applicant's signed commitment, verified later
};

class IntakeDecisionNames
{
    Q_DECLARE_TR_FUNCTIONS(IntakeDecisionNames)

public:
    static QString key(IntakeDecision decision);
    static std::optional<IntakeDecision> fromKey(const QString &key);
    static QString displayName(IntakeDecision decision);
    static QList<IntakeDecision> all();
};

} // namespace halldesk
