#include "domain/OperationError.h"

namespace halldesk {

QString OperationError::message() const
{
    QString text;
    switch (m_code) {
    case ErrorCode::None:
        return {};
    case ErrorCode::UnknownQueue:
        text = tr("This queue does not exist.");
        break;
    case ErrorCode::UnknownWindow:
        text = tr("This window does not exist.");
        break;
    case ErrorCode::UnknownTicket:
        text = tr("No such ticket today.");
        break;
    case ErrorCode::UnknownStaff:
        text = tr("No such staff member.");
        break;
    case ErrorCode::WindowSignedOut:
        text = tr("Nobody is signed in at this window.");
        break;
    case ErrorCode::WindowSignedInByOther:
        text = tr("Another staff member is signed in at this window.");
        break;
    case ErrorCode::StaffSignedInElsewhere:
        text = tr("This staff member is already signed in at another window.");
        break;
    case ErrorCode::WindowPaused:
        text = tr("The window is paused. Resume it first.");
        break;
    case ErrorCode::WindowNotPaused:
        text = tr("The window is not paused.");
        break;
    case ErrorCode::WindowBusy:
        text = tr("The window is still serving a ticket. Finish, hold or transfer it first.");
        break;
    case ErrorCode::WindowIdle:
        text = tr("The window is not serving any ticket.");
        break;
    case ErrorCode::QueueNotServedByWindow:
        text = tr("This window does not serve that queue.");
        break;
    case ErrorCode::NoTicketWaiting:
        text = tr("Nobody is waiting for this window.");
        break;
    case ErrorCode::TicketNotWaiting:
        text = tr("This ticket is not waiting.");
        break;
    case ErrorCode::TicketNotCalled:
        text = tr("This ticket is not being served.");
        break;
    case ErrorCode::TicketAtOtherWindow:
        text = tr("This ticket belongs to another window.");
        break;
    case ErrorCode::TicketNotHeld:
        text = tr("This ticket is not on hold.");
        break;
    case ErrorCode::TicketNotNoShow:
        text = tr("This ticket was not marked as a no-show.");
        break;
    case ErrorCode::TicketAlreadyClosed:
        text = tr("This ticket is already closed.");
        break;
    case ErrorCode::NoShowReturnExpired:
        text = tr("The time to come back after missing the call has passed. Please take a new "
                  "ticket.");
        break;
    case ErrorCode::DuplicateResidentTicket:
        text = tr("This ID number already has a ticket waiting in this queue.");
        break;
    case ErrorCode::InvalidResidentId:
        text = tr("The resident ID number is not valid.");
        break;
    case ErrorCode::InvalidPhone:
        text = tr("The mobile number is not valid.");
        break;
    case ErrorCode::InvalidAppointment:
        text = tr("The appointment is not valid.");
        break;
    case ErrorCode::InvalidTransfer:
        text = tr("The ticket cannot be transferred there.");
        break;
    case ErrorCode::StorageFailure:
        text = tr("The hall database could not complete the operation. Nothing was changed.");
        break;
    case ErrorCode::Conflict:
        text = tr("The hall is very busy; the operation could not be completed. Please try again.");
        break;
    }
    if (!m_detail.isEmpty())
        text += QLatin1Char(' ') + m_detail;
    return text;
}

QString OperationError::codeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::None:
        return QStringLiteral("none");
    case ErrorCode::UnknownQueue:
        return QStringLiteral("unknown_queue");
    case ErrorCode::UnknownWindow:
        return QStringLiteral("unknown_window");
    case ErrorCode::UnknownTicket:
        return QStringLiteral("unknown_ticket");
    case ErrorCode::UnknownStaff:
        return QStringLiteral("unknown_staff");
    case ErrorCode::WindowSignedOut:
        return QStringLiteral("window_signed_out");
    case ErrorCode::WindowSignedInByOther:
        return QStringLiteral("window_signed_in_by_other");
    case ErrorCode::StaffSignedInElsewhere:
        return QStringLiteral("staff_signed_in_elsewhere");
    case ErrorCode::WindowPaused:
        return QStringLiteral("window_paused");
    case ErrorCode::WindowNotPaused:
        return QStringLiteral("window_not_paused");
    case ErrorCode::WindowBusy:
        return QStringLiteral("window_busy");
    case ErrorCode::WindowIdle:
        return QStringLiteral("window_idle");
    case ErrorCode::QueueNotServedByWindow:
        return QStringLiteral("queue_not_served_by_window");
    case ErrorCode::NoTicketWaiting:
        return QStringLiteral("no_ticket_waiting");
    case ErrorCode::TicketNotWaiting:
        return QStringLiteral("ticket_not_waiting");
    case ErrorCode::TicketNotCalled:
        return QStringLiteral("ticket_not_called");
    case ErrorCode::TicketAtOtherWindow:
        return QStringLiteral("ticket_at_other_window");
    case ErrorCode::TicketNotHeld:
        return QStringLiteral("ticket_not_held");
    case ErrorCode::TicketNotNoShow:
        return QStringLiteral("ticket_not_no_show");
    case ErrorCode::TicketAlreadyClosed:
        return QStringLiteral("ticket_already_closed");
    case ErrorCode::NoShowReturnExpired:
        return QStringLiteral("no_show_return_expired");
    case ErrorCode::DuplicateResidentTicket:
        return QStringLiteral("duplicate_resident_ticket");
    case ErrorCode::InvalidResidentId:
        return QStringLiteral("invalid_resident_id");
    case ErrorCode::InvalidPhone:
        return QStringLiteral("invalid_phone");
    case ErrorCode::InvalidAppointment:
        return QStringLiteral("invalid_appointment");
    case ErrorCode::InvalidTransfer:
        return QStringLiteral("invalid_transfer");
    case ErrorCode::StorageFailure:
        return QStringLiteral("storage_failure");
    case ErrorCode::Conflict:
        return QStringLiteral("conflict");
    }
    return QStringLiteral("unknown");
}

} // namespace halldesk
