#include "domain/HallModel.h"

namespace halldesk {

QString toStorageName(StaffRole role)
{
    switch (role) {
    case StaffRole::Clerk:
        return QStringLiteral("clerk");
    case StaffRole::Supervisor:
        return QStringLiteral("supervisor");
    case StaffRole::Admin:
        return QStringLiteral("admin");
    }
    return QStringLiteral("clerk");
}

StaffRole staffRoleFromStorageName(const QString &name)
{
    if (name == QLatin1String("supervisor"))
        return StaffRole::Supervisor;
    if (name == QLatin1String("admin"))
        return StaffRole::Admin;
    return StaffRole::Clerk;
}

} // namespace halldesk
