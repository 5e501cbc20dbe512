#pragma once

#include <QString>
#include <optional>

namespace halldesk {

// Waiting -> Called (at a window) -> Finished; Called -> Held -> Called (resume) or Waiting
// (hold expired); Called -> NoShow -> Waiting (came back in time); Called -> Waiting (transfer);
// anything still open when the day ends -> Cancelled.
enum class TicketStatus
{
    Waiting,
    Called,
    Held,
    NoShow,
    Finished,
    Cancelled
};

QString toStorageName(TicketStatus status);
std::optional<TicketStatus> ticketStatusFromStorageName(const QString &name);
bool isClosed(TicketStatus status);

} // namespace halldesk
