#pragma once

#include <QCoreApplication>
#include <QString>

namespace halldesk {

// The notices a window hands out at case intake and completion.
enum class NoticeKind
{
    Acceptance, // 受理通知书
    Correction, // 一次性告知书: every missing material at once
    Rejection,  // 不予受理通知书
    Completion  // 办结回执
};

class NoticeKindNames
{
    Q_DECLARE_TR_FUNCTIONS(NoticeKindNames)

public:
    // The printed title (受理通知书 ... in zh_CN).
    static QString title(NoticeKind kind);
    // The name a kept copy is stored under: acceptance, correction, rejection, completion.
    static QString key(NoticeKind kind);
};

} // namespace halldesk
