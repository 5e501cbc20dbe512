#include "supervisor/FollowUpWording.h"

namespace halldesk {

QString FollowUpWording::stateName(const QString &state)
{
    if (state == QLatin1String("new"))
        return tr("To call back");
    if (state == QLatin1String("called_back"))
        return tr("Called back");
    if (state == QLatin1String("rectifying"))
        return tr("Rectifying");
    if (state == QLatin1String("done"))
        return tr("Rectified");
    if (state == QLatin1String("unfounded"))
        return tr("Unfounded");
    return state;
}

QStringList FollowUpWording::actions()
{
    return {QStringLiteral("callBack"), QStringLiteral("startRectification"),
            QStringLiteral("complete"), QStringLiteral("judgeUnfounded")};
}

QString FollowUpWording::actionName(const QString &action)
{
    if (action == QLatin1String("callBack"))
        return tr("Called back");
    if (action == QLatin1String("startRectification"))
        return tr("Start rectification");
    if (action == QLatin1String("complete"))
        return tr("Rectification done");
    if (action == QLatin1String("judgeUnfounded"))
        return tr("Judged unfounded");
    return action;
}

} // namespace halldesk
