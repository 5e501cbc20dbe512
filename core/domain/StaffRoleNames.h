#pragma once

#include <QCoreApplication>
#include <QString>

namespace halldesk {

// The staff roles as the console names them (the administration page, its change log): one
// wording wherever a role is shown.
class StaffRoleNames
{
    Q_DECLARE_TR_FUNCTIONS(StaffRoleNames)

public:
    // "系统管理员" for "admin", "值班长" for "supervisor", "办事员" for "clerk"; an unknown
    // storage name as it is.
    static QString displayName(const QString &role);
};

} // namespace halldesk
