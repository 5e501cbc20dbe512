#pragma once

#include <QCoreApplication>
#include <QString>

namespace halldesk {

// Why a database could not be opened. Every case leaves the data where it was: a newer schema
// is refused untouched, a corrupt SQLite file is moved aside (never deleted) for recovery.
struct DatabaseOpenError
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseOpenError)

public:
    enum class Kind
    {
        DriverMissing,
        ConnectFailed,
        SchemaTooNew,
        Corrupt,
        MigrationFailed
    };

    Kind kind = Kind::ConnectFailed;
    QString driverText;   // the driver's own words, for the log
    int foundVersion = 0; // SchemaTooNew
    int supportedVersion = 0;
    QString movedAsidePath; // Corrupt

    QString message() const;
    static DatabaseOpenError make(Kind kind, QString driverText = {});
};

} // namespace halldesk
