#include "terminal/TerminalSchema.h"

#include <algorithm>

namespace halldesk {

QList<TerminalSchema::Step> TerminalSchema::steps()
{
    return {
        {1,
         {
             // Small named values (the last snapshot, the session token, the last sync time).
             QStringLiteral("CREATE TABLE store_state (name TEXT PRIMARY KEY, value BLOB NOT NULL, "
                            "updated_at_ms INTEGER NOT NULL)"),
             // Changes the server has not confirmed. AUTOINCREMENT: a sequence number is never
             // used twice, so "oldest first" holds even after the newest entry was removed.
             QStringLiteral("CREATE TABLE outbox (seq INTEGER PRIMARY KEY AUTOINCREMENT, "
                            "request_key TEXT NOT NULL UNIQUE, op TEXT NOT NULL, args TEXT NOT "
                            "NULL, created_at_ms INTEGER NOT NULL)"),
         }},
    };
}

int TerminalSchema::latestVersion(const QList<Step> &steps)
{
    int latest = 0;
    for (const Step &step : steps)
        latest = std::max(latest, step.version);
    return latest;
}

} // namespace halldesk
