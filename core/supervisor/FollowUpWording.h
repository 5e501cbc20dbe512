#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace halldesk {

// The words for a 差评's follow-up (整改, PROTOCOL.md §12.7) on the supervisor console: its
// states, and the steps a supervisor takes with it in the order they come.
class FollowUpWording
{
    Q_DECLARE_TR_FUNCTIONS(FollowUpWording)

public:
    static QString stateName(const QString &state);
    // callBack, startRectification, complete, judgeUnfounded.
    static QStringList actions();
    static QString actionName(const QString &action);
};

} // namespace halldesk
