#include "casework/IntakeDecision.h"

namespace halldesk {

QList<IntakeDecision> IntakeDecisionNames::all()
{
    return {IntakeDecision::Accept, IntakeDecision::Immediate, IntakeDecision::Correction,
            IntakeDecision::Reject, IntakeDecision::CreditCommitment};
}

QString IntakeDecisionNames::key(IntakeDecision decision)
{
    switch (decision) {
    case IntakeDecision::Accept:
        return QStringLiteral("accept");
    case IntakeDecision::Immediate:
        return QStringLiteral("immediate");
    case IntakeDecision::Correction:
        return QStringLiteral("correction");
    case IntakeDecision::Reject:
        return QStringLiteral("reject");
    case IntakeDecision::CreditCommitment:
        return QStringLiteral("credit_commitment");
    }
    return {};
}

std::optional<IntakeDecision> IntakeDecisionNames::fromKey(const QString &key)
{
    for (IntakeDecision d : all()) {
        if (IntakeDecisionNames::key(d) == key)
            return d;
    }
    return std::nullopt;
}

QString IntakeDecisionNames::displayName(IntakeDecision decision)
{
    switch (decision) {
    case IntakeDecision::Accept:
        return tr("Accept");
    case IntakeDecision::Immediate:
        return tr("Finish on the spot");
    case IntakeDecision::Correction:
        return tr("Ask for missing materials");
    case IntakeDecision::Reject:
        return tr("Do not accept");
    case IntakeDecision::CreditCommitment:
        return tr("Accept on credit commitment");
    }
    return {};
}

} // namespace halldesk
