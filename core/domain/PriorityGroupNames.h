#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace halldesk {

// The priority groups (绿色通道) as every screen names them: the kiosk, the slip, the counter
// and the administration page, one wording for citizens and staff alike.
class PriorityGroupNames
{
    Q_DECLARE_TR_FUNCTIONS(PriorityGroupNames)

public:
    // The storage names of every group (PROTOCOL.md §5.10), in the order the kiosk offers them.
    static QStringList groups();
    // "老年人" for "elderly"; empty for an unknown or empty name.
    static QString displayName(const QString &group);
};

} // namespace halldesk
