#pragma once

#include <QString>
#include <optional>

namespace halldesk {

// Who may call an operation. The terminal certificate gives the role; counter and supervisor
// terminals also need a signed-in staff member for anything beyond the Open operations.
enum class OperationAccess
{
    Open,       // any terminal, no staff session (ping, hall, login, resume)
    Terminal,   // any terminal; counters and supervisor consoles with a session
    Issue,      // kiosks; counters and supervisor consoles with a session
    Staff,      // counters and supervisor consoles with a session
    Window,     // counters with a session, acting at the certificate's window
    Pad,        // pads only, for the certificate's window (no session)
    Supervisor, // supervisor consoles with a session
    Admin,      // supervisor consoles with a session of staff role admin
};

struct OperationSpec
{
    const char *name;
    OperationAccess access;
    bool mutating; // needs an idempotency key; answered once, replayed after
};

class OperationTable
{
public:
    static std::optional<OperationSpec> find(const QString &name);
    static QList<OperationSpec> all();
};

} // namespace halldesk
