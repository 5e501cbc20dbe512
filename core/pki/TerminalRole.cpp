#include "pki/TerminalRole.h"

namespace halldesk {

QString toName(TerminalRole role)
{
    switch (role) {
    case TerminalRole::Counter:
        return QStringLiteral("counter");
    case TerminalRole::Pad:
        return QStringLiteral("pad");
    case TerminalRole::Kiosk:
        return QStringLiteral("kiosk");
    case TerminalRole::Board:
        return QStringLiteral("board");
    case TerminalRole::Supervisor:
        return QStringLiteral("supervisor");
    }
    return {};
}

std::optional<TerminalRole> terminalRoleFromName(const QString &name)
{
    for (auto role : {TerminalRole::Counter, TerminalRole::Pad, TerminalRole::Kiosk,
                      TerminalRole::Board, TerminalRole::Supervisor}) {
        if (toName(role) == name)
            return role;
    }
    return std::nullopt;
}

bool roleHasWindow(TerminalRole role)
{
    return role == TerminalRole::Counter || role == TerminalRole::Pad;
}

} // namespace halldesk
