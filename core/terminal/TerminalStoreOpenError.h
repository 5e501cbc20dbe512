#pragma once

#include <QCoreApplication>
#include <QString>

namespace halldesk {

// What open() of a TerminalStore has to tell. Every case leaves the data where it was: a file
// from a newer HallDesk is refused untouched, and a damaged file is moved aside (never deleted)
// so that the changes it may still hold can be recovered.
struct TerminalStoreOpenError
{
    Q_DECLARE_TR_FUNCTIONS(TerminalStoreOpenError)

public:
    enum class Kind
    {
        DriverMissing,
        CannotOpen,
        SchemaTooNew,
        ForeignDatabase, // an SQLite database, but another program's
        MigrationFailed,
        DamagedNotMoved,
        // Not an error for the program: the damaged file was moved aside and the store is open,
        // empty. The user must still be told, since unsent changes may be in the moved file.
        DamagedReplaced,
        // The store holds encrypted personal data but its key file is gone.
        KeyMissing,
        // The key file cannot be read or made (detail: HallKeyFile's own message).
        KeyUnusable,
        // The key file is not the one the store's data was encrypted with.
        KeyMismatch,
    };

    Kind kind = Kind::CannotOpen;
    QString path;         // the store's file
    QString detail;       // the driver's or the system's own words, for the log
    int foundVersion = 0; // SchemaTooNew
    int supportedVersion = 0;
    QString movedAsidePath; // where the damaged file went, if it was moved
    QString keyPath;        // the terminal key file (Key* kinds)

    // True when the store could not be opened.
    bool isFatal() const { return kind != Kind::DamagedReplaced; }
    // For the user, in their language.
    QString message() const;

    static TerminalStoreOpenError make(Kind kind, QString path, QString detail = {});
};

} // namespace halldesk
