#pragma once

#include "server/CaseworkData.h"

#include <QCoreApplication>
#include <QStringList>
#include <optional>

namespace halldesk {

class Database;

// Sets up what cases are decided against when the server starts: the newest catalogue in the
// database, replaced by a newer one from a file (or, for the demo hall, the shipped demo
// catalogue), and the shipped holiday years with the ones an administrator added. New
// documents are validated before anything is stored; a bad file changes nothing.
class CaseworkLoader
{
    Q_DECLARE_TR_FUNCTIONS(CaseworkLoader)

public:
    struct Sources
    {
        QString catalogueFile;
        QStringList holidayYearFiles;
        bool demo = false;
    };

    // nullopt with a translated explanation in *error.
    static std::optional<CaseworkData> load(Database &database, const Sources &sources,
                                            qint64 nowMs, QString *error);
    static QString demoCataloguePath();
};

} // namespace halldesk
