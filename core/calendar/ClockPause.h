#pragma once

#include <QDate>
#include <optional>

namespace halldesk {

// A stop of a case's clock for 补正: from the day the applicant is told what is missing to the
// day the missing materials arrive. Working days from start to end, both included, do not count.
struct ClockPause
{
    QDate start;
    std::optional<QDate> end; // nullopt while the hall still waits for the materials

    friend bool operator==(const ClockPause &, const ClockPause &) = default;
};

} // namespace halldesk
