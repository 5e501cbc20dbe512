#pragma once

#include <QString>
#include <optional>

namespace halldesk {

// The follow-up of a 差评 (整改), PROTOCOL.md §12.7: new → called_back → rectifying → done,
// with unfounded as the way out of new or called_back; called_back may also go straight to
// done. Pure rules, no storage.
class FollowUpLifecycle
{
public:
    static bool isState(const QString &state);
    static bool isAction(const QString &action);
    // The state `action` leads to from `state`; nullopt if the step is not allowed there.
    static std::optional<QString> next(const QString &state, const QString &action);
    static bool isClosed(const QString &state);
};

} // namespace halldesk
