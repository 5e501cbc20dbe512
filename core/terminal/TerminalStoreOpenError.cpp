#include "terminal/TerminalStoreOpenError.h"

namespace halldesk {

TerminalStoreOpenError TerminalStoreOpenError::make(Kind kind, QString path, QString detail)
{
    TerminalStoreOpenError error;
    error.kind = kind;
    error.path = std::move(path);
    error.detail = std::move(detail);
    return error;
}

QString TerminalStoreOpenError::message() const
{
    switch (kind) {
    case Kind::DriverMissing:
        return tr("The SQLite database driver is not installed, so this terminal cannot keep its "
                  "local data.");
    case Kind::CannotOpen:
        return tr("Cannot open the terminal's local data file %1: %2").arg(path, detail);
    case Kind::SchemaTooNew:
        return tr("The terminal's local data file %1 was written by a newer version of HallDesk "
                  "(schema %2; this version knows up to %3). It was left untouched; please update "
                  "HallDesk.")
            .arg(path)
            .arg(foundVersion)
            .arg(supportedVersion);
    case Kind::ForeignDatabase:
        return tr("%1 is a database of another program, not this terminal's local data file. It "
                  "was left untouched; please check the configured path.")
            .arg(path);
    case Kind::MigrationFailed:
        return tr("Updating the terminal's local data file %1 failed and was undone: %2")
            .arg(path, detail);
    case Kind::DamagedNotMoved:
        return tr("The terminal's local data file %1 is damaged and could not be moved aside: %2. "
                  "Nothing was deleted.")
            .arg(path, detail);
    case Kind::DamagedReplaced:
        return tr("The terminal's local data file was damaged. It has been moved to %1 and kept "
                  "for recovery; the terminal continues with empty local data. Changes not yet "
                  "sent to the hall server may be in the moved file.")
            .arg(movedAsidePath);
    case Kind::KeyMissing:
        return tr("The terminal's local data file %1 holds encrypted personal data, but its key "
                  "file %2 is missing. No new key was made; restore the key file from the backup "
                  "(see KEYS.md) or ask the hall administrator.")
            .arg(path, keyPath);
    case Kind::KeyUnusable:
        return tr("The terminal key file %1 cannot be used: %2").arg(keyPath, detail);
    case Kind::KeyMismatch:
        return tr("The terminal key file %1 is not the key the local data file %2 was encrypted "
                  "with. Nothing was changed; restore the right key file from the backup.")
            .arg(keyPath, path);
    }
    return {};
}

} // namespace halldesk
