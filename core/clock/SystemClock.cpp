#include "clock/SystemClock.h"

namespace halldesk {

QDateTime SystemClock::nowUtc() const
{
    return QDateTime::currentDateTimeUtc();
}

} // namespace halldesk
