#include "server/StaffNames.h"

#include "storage/PreparedStatements.h"

#include <QSqlQuery>

namespace halldesk {

StaffNames::StaffNames(PreparedStatements &sql)
{
    auto &s = sql.run(QStringLiteral("SELECT id, staff_no, name FROM staff"), {});
    StatementFinisher done(s);
    while (s.next()) {
        staffNo.insert(s.value(0).toLongLong(), s.value(1).toString());
        name.insert(s.value(1).toString(), s.value(2).toString());
    }
}

} // namespace halldesk
