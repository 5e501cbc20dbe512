#pragma once

#include "storage/DatabaseUrl.h"

#include <QStringList>

namespace halldesk {

// The schema as an ordered list of steps. A database records every step it has taken in
// schema_migrations; opening applies the missing ones in one transaction each, and refuses a
// database that has steps this build does not know.
class SchemaMigrations
{
public:
    struct Step
    {
        int version;
        QStringList statements;
    };

    static QList<Step> steps(Backend backend);
    static int latestVersion();
};

} // namespace halldesk
