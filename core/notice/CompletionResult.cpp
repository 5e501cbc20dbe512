#include "notice/CompletionResult.h"

namespace halldesk {

QString CompletionResultNames::displayName(CompletionResult result)
{
    switch (result) {
    case CompletionResult::Approved:
        return tr("Approved");
    case CompletionResult::ApprovedWithWaiver:
        return tr("Approved, waived materials to follow");
    case CompletionResult::Refused:
        return tr("Not approved");
    }
    return {};
}

} // namespace halldesk
