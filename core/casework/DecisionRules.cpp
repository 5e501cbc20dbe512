#include "casework/DecisionRules.h"

#include <algorithm>

namespace halldesk {

namespace {

bool anyWaived(const QList<MaterialCheck> &materials)
{
    return std::any_of(materials.cbegin(), materials.cend(), [](const MaterialCheck &m) {
        return m.state == MaterialCheck::State::Waived;
    });
}

} // namespace

QList<MaterialCheck> DecisionRules::missing(const QList<MaterialCheck> &materials)
{
    QList<MaterialCheck> out;
    for (const MaterialCheck &m : materials) {
        if (m.required && m.state == MaterialCheck::State::Missing)
            out.append(m);
    }
    return out;
}

int DecisionRules::promisedDays(const QList<const ServiceItem *> &items)
{
    int days = 0;
    for (const ServiceItem *item : items)
        days = std::max(days, item->promisedDays);
    return days;
}

int DecisionRules::promisedDays(const QList<CaseItem> &taken, const Catalogue &catalogue)
{
    int days = 0;
    for (const CaseItem &chosen : taken) {
        const ServiceItem *item = catalogue.item(chosen.code);
        if (!item)
            continue;
        const SubItem *sub = item->subItem(chosen.subItemCode);
        days =
            std::max(days, sub && sub->promisedDays > 0 ? sub->promisedDays : item->promisedDays);
    }
    return days;
}

int DecisionRules::verificationDays(const QList<const ServiceItem *> &items)
{
    int days = 0;
    for (const ServiceItem *item : items)
        days = std::max(days, item->verificationDays);
    return days;
}

QString DecisionRules::check(IntakeDecision decision, const QList<const ServiceItem *> &items,
                             const QList<MaterialCheck> &materials, const QString &reason)
{
    if (items.isEmpty())
        return tr("Choose at least one service item.");
    for (const MaterialCheck &m : materials) {
        if (m.state == MaterialCheck::State::Waived && !m.waivable)
            return tr("%1 cannot be handed in later for this item.").arg(m.name);
        if (m.state == MaterialCheck::State::Received && m.pages < 0)
            return tr("The page count of %1 is wrong.").arg(m.name);
    }
    const qsizetype missingCount = missing(materials).size();

    switch (decision) {
    case IntakeDecision::Accept:
        if (missingCount > 0)
            return tr("%n required material(s) missing: ask for them instead.", nullptr,
                      int(missingCount));
        return {};
    case IntakeDecision::Immediate:
        for (const ServiceItem *item : items) {
            if (item->type != ItemType::Immediate)
                return tr("%1 is a %2, not an immediate item.")
                    .arg(item->name, ItemTypeNames::displayName(item->type));
        }
        if (missingCount > 0)
            return tr("%n required material(s) missing: ask for them instead.", nullptr,
                      int(missingCount));
        return {};
    case IntakeDecision::Correction:
        if (missingCount == 0)
            return tr("Nothing required is missing.");
        return {};
    case IntakeDecision::Reject:
        if (reason.trimmed().isEmpty())
            return tr("Give the reason for not accepting.");
        return {};
    case IntakeDecision::CreditCommitment:
        for (const ServiceItem *item : items) {
            if (!item->creditCommitment)
                return tr("%1 cannot be accepted on a credit commitment.").arg(item->name);
        }
        return {};
    }
    return {};
}

CaseAction DecisionRules::action(IntakeDecision decision)
{
    switch (decision) {
    case IntakeDecision::Accept:
    case IntakeDecision::CreditCommitment:
        return CaseAction::Accept;
    case IntakeDecision::Immediate:
        return CaseAction::Complete;
    case IntakeDecision::Correction:
        return CaseAction::StartCorrection;
    case IntakeDecision::Reject:
        return CaseAction::Reject;
    }
    return CaseAction::Accept;
}

CaseOutcome DecisionRules::outcome(IntakeDecision decision, const QList<MaterialCheck> &materials)
{
    if (decision != IntakeDecision::Immediate)
        return CaseOutcome::None;
    return anyWaived(materials) ? CaseOutcome::ApprovedWithWaiver : CaseOutcome::Approved;
}

} // namespace halldesk
