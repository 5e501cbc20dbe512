#pragma once

#include <QString>

namespace halldesk {

// A service item of the case as a notice lists it.
struct NoticeItem
{
    QString code;
    QString name;
    QString department;
    int promisedDays = 0; // working days; 0 for an immediate item (即办件)
};

} // namespace halldesk
