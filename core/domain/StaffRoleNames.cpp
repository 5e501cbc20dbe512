#include "domain/StaffRoleNames.h"

namespace halldesk {

QString StaffRoleNames::displayName(const QString &role)
{
    if (role == QLatin1String("admin"))
        return tr("Administrator");
    if (role == QLatin1String("supervisor"))
        return tr("Supervisor");
    if (role == QLatin1String("clerk"))
        return tr("Clerk");
    return role;
}

} // namespace halldesk
