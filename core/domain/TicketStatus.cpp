#include "domain/TicketStatus.h"

namespace halldesk {

QString toStorageName(TicketStatus status)
{
    switch (status) {
    case TicketStatus::Waiting:
        return QStringLiteral("waiting");
    case TicketStatus::Called:
        return QStringLiteral("called");
    case TicketStatus::Held:
        return QStringLiteral("held");
    case TicketStatus::NoShow:
        return QStringLiteral("no_show");
    case TicketStatus::Finished:
        return QStringLiteral("finished");
    case TicketStatus::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

std::optional<TicketStatus> ticketStatusFromStorageName(const QString &name)
{
    for (auto s : {TicketStatus::Waiting, TicketStatus::Called, TicketStatus::Held,
                   TicketStatus::NoShow, TicketStatus::Finished, TicketStatus::Cancelled}) {
        if (toStorageName(s) == name)
            return s;
    }
    return std::nullopt;
}

bool isClosed(TicketStatus status)
{
    return status == TicketStatus::Finished || status == TicketStatus::Cancelled;
}

} // namespace halldesk
