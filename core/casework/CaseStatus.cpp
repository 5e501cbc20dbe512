#include "casework/CaseStatus.h"

#include <array>
#include <utility>

namespace halldesk {

namespace {

constexpr std::array<std::pair<CaseStatus, const char *>, 7> StatusKeys = {{
    {CaseStatus::Received, "received"},
    {CaseStatus::Accepted, "accepted"},
    {CaseStatus::Correction, "correction"},
    {CaseStatus::Rejected, "rejected"},
    {CaseStatus::Completed, "completed"},
    {CaseStatus::Withdrawn, "withdrawn"},
    {CaseStatus::Revoked, "revoked"},
}};

constexpr std::array<std::pair<CaseOutcome, const char *>, 4> OutcomeKeys = {{
    {CaseOutcome::None, ""},
    {CaseOutcome::Approved, "approved"},
    {CaseOutcome::ApprovedWithWaiver, "approved_with_waiver"},
    {CaseOutcome::Denied, "denied"},
}};

} // namespace

QString CaseStatusNames::key(CaseStatus status)
{
    for (const auto &[value, name] : StatusKeys) {
        if (value == status)
            return QLatin1String(name);
    }
    return {};
}

std::optional<CaseStatus> CaseStatusNames::fromKey(const QString &key)
{
    for (const auto &[value, name] : StatusKeys) {
        if (key == QLatin1String(name))
            return value;
    }
    return std::nullopt;
}

QString CaseStatusNames::key(CaseOutcome outcome)
{
    for (const auto &[value, name] : OutcomeKeys) {
        if (value == outcome)
            return QLatin1String(name);
    }
    return {};
}

std::optional<CaseOutcome> CaseStatusNames::outcomeFromKey(const QString &key)
{
    for (const auto &[value, name] : OutcomeKeys) {
        if (key == QLatin1String(name))
            return value;
    }
    return std::nullopt;
}

QString CaseStatusNames::displayName(CaseStatus status)
{
    switch (status) {
    case CaseStatus::Received:
        return tr("Received");
    case CaseStatus::Accepted:
        return tr("Accepted");
    case CaseStatus::Correction:
        return tr("Awaiting materials");
    case CaseStatus::Rejected:
        return tr("Not accepted");
    case CaseStatus::Completed:
        return tr("Completed");
    case CaseStatus::Withdrawn:
        return tr("Withdrawn");
    case CaseStatus::Revoked:
        return tr("Revoked");
    }
    return {};
}

QString CaseStatusNames::displayName(CaseOutcome outcome)
{
    switch (outcome) {
    case CaseOutcome::None:
        return {};
    case CaseOutcome::Approved:
        return tr("Approved");
    case CaseOutcome::ApprovedWithWaiver:
        return tr("Approved, materials to follow");
    case CaseOutcome::Denied:
        return tr("Denied");
    }
    return {};
}

QString CaseStatusNames::displayName(CaseStatus status, CaseOutcome outcome)
{
    if (status != CaseStatus::Completed || outcome == CaseOutcome::None)
        return displayName(status);
    //: Completed case with its outcome, e.g. 办结（通过）
    return tr("%1 (%2)").arg(displayName(status), displayName(outcome));
}

} // namespace halldesk
