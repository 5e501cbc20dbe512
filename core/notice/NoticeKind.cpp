#include "notice/NoticeKind.h"

namespace halldesk {

QString NoticeKindNames::title(NoticeKind kind)
{
    switch (kind) {
    case NoticeKind::Acceptance:
        return tr("Notice of Acceptance");
    case NoticeKind::Correction:
        return tr("One-Time Notice of Missing Materials");
    case NoticeKind::Rejection:
        return tr("Notice of Non-Acceptance");
    case NoticeKind::Completion:
        return tr("Completion Receipt");
    }
    return {};
}

QString NoticeKindNames::key(NoticeKind kind)
{
    switch (kind) {
    case NoticeKind::Acceptance:
        return QStringLiteral("acceptance");
    case NoticeKind::Correction:
        return QStringLiteral("correction");
    case NoticeKind::Rejection:
        return QStringLiteral("rejection");
    case NoticeKind::Completion:
        return QStringLiteral("completion");
    }
    return {};
}

} // namespace halldesk
