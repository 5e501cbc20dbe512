#pragma once

#include <QtGlobal>

namespace halldesk {

// Who does an operation and where. staffId 0 is the system (hold expiry, end of day) or an
// unattended device such as a kiosk.
struct Actor
{
    qint64 staffId = 0;
    int window = 0;
};

} // namespace halldesk
