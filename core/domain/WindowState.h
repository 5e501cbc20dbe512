#pragma once

#include <QString>
#include <optional>

namespace halldesk {

// Whether a window is serving is not a state of its own: it is "Open with a called ticket".
enum class WindowState
{
    SignedOut,
    Open,
    Paused
};

QString toStorageName(WindowState state);
std::optional<WindowState> windowStateFromStorageName(const QString &name);

} // namespace halldesk
