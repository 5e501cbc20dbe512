#pragma once

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace halldesk {

// Where a case stands, with the names the provincial platforms use.
enum class CaseStatus
{
    Received,   // 已接件
    Accepted,   // 已受理
    Correction, // 补正: waiting for the materials listed on the 一次性告知书
    Rejected,   // 不予受理
    Completed,  // 办结, with a CaseOutcome
    Withdrawn,  // 撤回, by the applicant
    Revoked     // 撤销, by the authority
};

enum class CaseOutcome
{
    None,
    Approved,           // 通过
    ApprovedWithWaiver, // 容缺通过: approved while a waivable material is still to come
    Denied              // 不通过
};

class CaseStatusNames
{
    Q_DECLARE_TR_FUNCTIONS(CaseStatusNames)

public:
    // Stable names for the protocol and the databases.
    static QString key(CaseStatus status);
    static std::optional<CaseStatus> fromKey(const QString &key);
    static QString key(CaseOutcome outcome);
    static std::optional<CaseOutcome> outcomeFromKey(const QString &key);

    static QString displayName(CaseStatus status);
    static QString displayName(CaseOutcome outcome);
    // 办结（通过） and the like for a completed case, the status name otherwise.
    static QString displayName(CaseStatus status, CaseOutcome outcome);
};

} // namespace halldesk
