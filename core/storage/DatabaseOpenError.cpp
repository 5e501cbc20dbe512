#include "storage/DatabaseOpenError.h"

namespace halldesk {

DatabaseOpenError DatabaseOpenError::make(Kind kind, QString driverText)
{
    DatabaseOpenError error;
    error.kind = kind;
    error.driverText = std::move(driverText);
    return error;
}

QString DatabaseOpenError::message() const
{
    switch (kind) {
    case Kind::DriverMissing:
        return tr("The database driver is not installed: %1").arg(driverText);
    case Kind::ConnectFailed:
        return tr("Cannot open the hall database: %1").arg(driverText);
    case Kind::SchemaTooNew:
        return tr("The hall database was written by a newer version of HallDesk (schema %1; this "
                  "version knows up to %2). It was left untouched; please update HallDesk.")
            .arg(foundVersion)
            .arg(supportedVersion);
    case Kind::Corrupt:
        return tr("The hall database was damaged. It has been moved to %1 for recovery and was "
                  "not deleted.")
            .arg(movedAsidePath);
    case Kind::MigrationFailed:
        return tr("Updating the hall database failed; nothing was changed: %1").arg(driverText);
    }
    return {};
}

} // namespace halldesk
