#pragma once

#include "clock/Clock.h"

namespace halldesk {

class SystemClock final : public Clock
{
public:
    QDateTime nowUtc() const override;
};

} // namespace halldesk
