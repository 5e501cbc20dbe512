#pragma once

#include <QMetaType>
#include <QString>

namespace halldesk {

// What a clerk can do at the counter; each has a button and a function key.
enum class CounterAction
{
    CallNext,
    Recall,
    NoShow,
    Hold,
    ResumeHeld,
    Transfer,
    Finish,
    Pause, // also resumes a paused window
    ReturnNoShow,
    CallTicket,
    SignOut,
    RequestRating, // asks the citizen to rate the service on the pad before finishing
};

// Whether an action can be taken now, and if not, why not in the user's language (shown on
// the disabled button and in the status bar).
struct ActionAvailability
{
    bool enabled = false;
    QString reason;
};

} // namespace halldesk
