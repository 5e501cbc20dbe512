#include "domain/WindowState.h"

namespace halldesk {

QString toStorageName(WindowState state)
{
    switch (state) {
    case WindowState::SignedOut:
        return QStringLiteral("signed_out");
    case WindowState::Open:
        return QStringLiteral("open");
    case WindowState::Paused:
        return QStringLiteral("paused");
    }
    return {};
}

std::optional<WindowState> windowStateFromStorageName(const QString &name)
{
    for (auto s : {WindowState::SignedOut, WindowState::Open, WindowState::Paused}) {
        if (toStorageName(s) == name)
            return s;
    }
    return std::nullopt;
}

} // namespace halldesk
