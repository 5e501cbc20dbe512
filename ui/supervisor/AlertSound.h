#pragma once

namespace halldesk {

// What the supervisor console plays when an alert is raised: an interface so the console's
// tests count the plays instead of needing a sound card.
class AlertSound
{
public:
    virtual ~AlertSound() = default;
    virtual void play() = 0;
};

} // namespace halldesk
