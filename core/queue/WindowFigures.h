#pragma once

#include <QString>

namespace halldesk {

// The clerk signed in at a window now and what they finished today, at any window: the
// figures a counter shows its clerk.
struct WindowFigures
{
    int window = 0;
    QString staffNo; // "" when nobody is signed in
    int served = 0;
    qint64 averageServiceMs = 0; // finish - call, rounded; 0 when none
};

} // namespace halldesk
