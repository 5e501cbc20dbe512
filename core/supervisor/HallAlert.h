#pragma once

#include <QMetaType>
#include <QString>

namespace halldesk {

// Something a hall supervisor should look at now (AlertMonitor).
struct HallAlert
{
    enum class Kind
    {
        LongWait,        // a queue's longest wait is over the limit
        IdleWithWaiting, // a window idle while its queues have citizens waiting
        LongService,     // a service running over the limit
        WindowOffline,   // a signed-in window whose counter is disconnected
        BadRating,       // a 差评
        OverdueFollowUp, // a 差评's follow-up past its deadline
    };

    int id = 0; // unique in the console's run; a condition that comes back gets a new one
    Kind kind = Kind::LongWait;
    int window = 0;        // 0 when not about a window
    QString queue;         // "" when not about a queue
    QString area;          // the area concerned (code)
    QString text;          // in the user's language
    qint64 raisedAtMs = 0; // the console's clock
    bool acknowledged = false;
};

} // namespace halldesk

Q_DECLARE_METATYPE(halldesk::HallAlert)
