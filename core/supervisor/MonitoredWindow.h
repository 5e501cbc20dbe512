#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace halldesk {

// What the supervisor console shows of a window in its grid.
enum class WindowStatus
{
    Serving,   // open, with a ticket called
    Idle,      // open, nobody called
    Paused,    // a break (暂停)
    SignedOut, // nobody signed in
    Offline,   // signed in, but its counter terminal is not connected
};

// One window of the hall as the supervisor console sees it (PROTOCOL.md §9.4 and the snapshot's
// `tickets` and `figures`). Times are the server's (milliseconds since the epoch).
struct MonitoredWindow
{
    int number = 0;
    QString name; // "15号窗口"
    QString area; // area code
    QStringList queues;
    QString state;      // signed_out | open | paused, as the server says
    bool online = true; // a server without presence (§9.4 `online`) never says offline
    QString staffNo;
    QString staffName;
    qint64 stateSinceMs = 0;
    QString pauseReason;
    QString currentTicket; // "A023"; "" when nobody is being served
    qint64 currentTicketId = 0;
    qint64 calledAtMs = 0; // when the current ticket was first called; 0 if not known
    int served = 0;        // the clerk's finished tickets today, at any window
    qint64 averageServiceMs = 0;
    // When the window last became idle (open, nobody called), or 0 while it is not.
    qint64 idleSinceMs = 0;
    // When its counter was last seen leaving, while it is offline; 0 while online.
    qint64 offlineSinceMs = 0;

    bool isSignedIn() const { return state != QLatin1String("signed_out") && !state.isEmpty(); }

    // Signed out first: an empty window whose PC is off is nothing to worry about. Then offline:
    // a clerk signed in whose counter cannot reach the server can call nobody, whatever the
    // state says (the state and current ticket stay as the server last knew them). Then paused,
    // serving, idle.
    WindowStatus status() const
    {
        if (!isSignedIn())
            return WindowStatus::SignedOut;
        if (!online)
            return WindowStatus::Offline;
        if (state == QLatin1String("paused"))
            return WindowStatus::Paused;
        return currentTicketId != 0 ? WindowStatus::Serving : WindowStatus::Idle;
    }
};

// A business area with its windows, for the grid: the hall's order (areas by letter, windows
// by number).
struct AreaWindows
{
    QString code;
    QString name;
    QString letter;
    QList<int> windows;
};

} // namespace halldesk

Q_DECLARE_METATYPE(halldesk::MonitoredWindow)
