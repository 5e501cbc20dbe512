#pragma once

#include <QList>
#include <QStringList>

namespace halldesk {

// The terminal store's tables as an ordered list of steps, by the same rules as the hall's
// SchemaMigrations: a file records every step it has taken in store_migrations, opening applies
// the missing ones (each in its own transaction), and a file with a step this build does not
// know is refused. Later features add steps at the end; a step once released never changes.
class TerminalSchema
{
public:
    struct Step
    {
        int version;
        QStringList statements;
    };

    static QList<Step> steps();
    // The highest version among `steps`.
    static int latestVersion(const QList<Step> &steps);
};

} // namespace halldesk
