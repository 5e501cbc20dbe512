#pragma once

#include <QString>
#include <optional>

namespace halldesk {

// What a terminal is allowed to do in the hall. The name is what a terminal certificate carries
// in its subject OU (see TerminalIdentity), so the names are part of the PKI and must never
// change once certificates have been issued.
enum class TerminalRole
{
    Counter,
    Pad,
    Kiosk,
    Board,
    Supervisor
};

// "counter", "pad", "kiosk", "board", "supervisor".
QString toName(TerminalRole role);
// Exact, case-sensitive match of toName(): a certificate saying "Counter" is not a counter.
std::optional<TerminalRole> terminalRoleFromName(const QString &name);
// Counter terminals and the citizens' pads facing them belong to one service window.
bool roleHasWindow(TerminalRole role);

} // namespace halldesk
