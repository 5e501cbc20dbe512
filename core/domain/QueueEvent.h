#pragma once

#include <QString>

namespace halldesk {

// One row of the append-only event log: every state change of a ticket or a window.
struct QueueEvent
{
    qint64 id = 0;
    qint64 atMs = 0;
    int serviceDay = 0;
    QString kind; // "issue", "call", "recall", "finish", "sign_in", ...
    qint64 ticketId = 0;
    int windowNumber = 0;
    qint64 staffId = 0;
    QString fromState;
    QString toState;
    QString detail; // JSON: comment, target queue, reason. Never personal data.
};

} // namespace halldesk
