#include "server/FollowUpLifecycle.h"

#include <QStringList>

namespace halldesk {

bool FollowUpLifecycle::isState(const QString &state)
{
    static const QStringList states = {QStringLiteral("new"), QStringLiteral("called_back"),
                                       QStringLiteral("rectifying"), QStringLiteral("done"),
                                       QStringLiteral("unfounded")};
    return states.contains(state);
}

bool FollowUpLifecycle::isAction(const QString &action)
{
    return action == QLatin1String("callBack") || action == QLatin1String("startRectification") ||
           action == QLatin1String("complete") || action == QLatin1String("judgeUnfounded");
}

std::optional<QString> FollowUpLifecycle::next(const QString &state, const QString &action)
{
    const bool isNew = state == QLatin1String("new");
    const bool calledBack = state == QLatin1String("called_back");
    const bool rectifying = state == QLatin1String("rectifying");
    if (action == QLatin1String("callBack") && isNew)
        return QStringLiteral("called_back");
    if (action == QLatin1String("startRectification") && calledBack)
        return QStringLiteral("rectifying");
    if (action == QLatin1String("complete") && (calledBack || rectifying))
        return QStringLiteral("done");
    if (action == QLatin1String("judgeUnfounded") && (isNew || calledBack))
        return QStringLiteral("unfounded");
    return std::nullopt;
}

bool FollowUpLifecycle::isClosed(const QString &state)
{
    return state == QLatin1String("done") || state == QLatin1String("unfounded");
}

} // namespace halldesk
