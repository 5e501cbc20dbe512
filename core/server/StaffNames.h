#pragma once

#include <QHash>
#include <QString>

namespace halldesk {

class PreparedStatements;

// The staff table read whole for a report (a few hundred rows): staff numbers by id, names by
// staff number. Throws StorageError.
struct StaffNames
{
    QHash<qint64, QString> staffNo;
    QHash<QString, QString> name;

    explicit StaffNames(PreparedStatements &sql);
};

} // namespace halldesk
