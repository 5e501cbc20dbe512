#pragma once

#include <QCoreApplication>
#include <QString>

namespace halldesk {

// The outcome of a finished case as the completion receipt (办结回执) states it.
enum class CompletionResult
{
    Approved,           // 通过
    ApprovedWithWaiver, // 容缺通过: approved while waived materials are still to be handed in
    Refused             // 不通过
};

class CompletionResultNames
{
    Q_DECLARE_TR_FUNCTIONS(CompletionResultNames)

public:
    static QString displayName(CompletionResult result);
};

} // namespace halldesk
