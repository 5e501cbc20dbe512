#include "domain/OperationError.h"

#include <QHash>

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
    case ErrorCode::UnknownCase:
        text = tr("No such case.");
        break;
    case ErrorCode::CaseStepNotAllowed:
        text = tr("The case is not in a state that allows this step.");
        break;
    case ErrorCode::CatalogueChanged:
        text = tr("The service catalogue changed while this case was waiting to be sent. Check "
                  "the items and take the application again.");
        break;
    case ErrorCode::InvalidCase:
        text = tr("The application is incomplete or does not fit the items chosen.");
        break;
    case ErrorCode::CaseNumberTaken:
        text = tr("Another case already has this case number.");
        break;
    case ErrorCode::CaseNotReceived:
        text = tr("The hall server has not received this case yet. The scan will be sent once "
                  "it has.");
        break;
    case ErrorCode::UploadMismatch:
        text = tr("The scanned file does not match the one recorded with the case.");
        break;
    case ErrorCode::UnknownUpload:
        text = tr("The hall server no longer knows this upload. It will start again.");
        break;
    case ErrorCode::UnknownRating:
        text = tr("No such rating request.");
        break;
    case ErrorCode::AlreadyRated:
        text = tr("This service has already been rated.");
        break;
    case ErrorCode::RatingClosed:
        text = tr("The time to rate this service has passed.");
        break;
    case ErrorCode::RatingMismatch:
        text = tr("The rating does not match the service it names.");
        break;
    case ErrorCode::BadSignature:
        text = tr("The rating's signature is not valid.");
        break;
    case ErrorCode::InvalidRating:
        text = tr("The rating is incomplete.");
        break;
    case ErrorCode::UnknownFollowUp:
        text = tr("No such follow-up.");
        break;
    case ErrorCode::FollowUpStepNotAllowed:
        text = tr("The follow-up is not in a state that allows this step.");
        break;
    case ErrorCode::UnknownAppointment:
        text = tr("No appointment has this code. Please check the code or take a ticket.");
        break;
    case ErrorCode::AppointmentNotToday:
        text = tr("This appointment is for another day:");
        break;
    case ErrorCode::AppointmentTooEarly:
        text = tr("It is too early to check in for this appointment. Check-in opens at");
        break;
    case ErrorCode::AppointmentMissed:
        text = tr("The time of this appointment has passed. Please take a ticket. It ended at");
        break;
    case ErrorCode::AppointmentCheckedIn:
        text = tr("This appointment has already been checked in. Its ticket number is");
        break;
    case ErrorCode::AppointmentCancelled:
        text = tr("This appointment was cancelled.");
        break;
    case ErrorCode::PriorityNeedsStaff:
        text = tr("A priority ticket must be confirmed by a member of staff at the help desk.");
        break;
    case ErrorCode::PriorityGroupDisabled:
        text = tr("This priority group is not offered in this hall.");
        break;
    case ErrorCode::InvalidSetting:
        text = tr("This value is not allowed here. Nothing was changed.");
        break;
    case ErrorCode::UnknownArea:
        text = tr("This area does not exist.");
        break;
    case ErrorCode::LastAdmin:
        text = tr("The hall must keep at least one active administrator.");
        break;
    case ErrorCode::OwnAdminRole:
        text = tr("You cannot take away your own administrator role or deactivate yourself.");
        break;
    case ErrorCode::BadMessage:
        text = tr("The message could not be read.");
        break;
    case ErrorCode::BadRequest:
        text = tr("The request is missing a field or has a field of the wrong type.");
        break;
    case ErrorCode::UnsupportedVersion:
        text = tr("The terminal speaks a protocol version this server does not support. Update the "
                  "terminal.");
        break;
    case ErrorCode::UnknownOperation:
        text = tr("The server does not know this operation.");
        break;
    case ErrorCode::RateLimited:
        text = tr("Too many requests from this terminal. Please wait a moment.");
        break;
    case ErrorCode::NotSignedIn:
        text = tr("Please sign in first.");
        break;
    case ErrorCode::SessionExpired:
        text = tr("Your session has expired. Please sign in again.");
        break;
    case ErrorCode::SessionRevoked:
        // Said on a counter and on a supervisor console alike.
        text = tr("An administrator changed your account and ended your session; if you were "
                  "signed in at a window, you are signed out of it. Please sign in again.");
        break;
    case ErrorCode::BadCredentials:
        text = tr("The staff number or password is wrong.");
        break;
    case ErrorCode::BadHelpDeskCredentials:
        text = tr("The staff number, PIN or staff card was not accepted, so no priority ticket "
                  "was issued. Please ask the help desk again.");
        break;
    case ErrorCode::AccountLocked:
        text =
            tr("Too many wrong passwords: this account is locked for a while. Ask a supervisor.");
        break;
    case ErrorCode::Forbidden:
        text = tr("Your role does not allow this operation.");
        break;
    case ErrorCode::WrongWindow:
        text = tr("This terminal may only act for its own window.");
        break;
    case ErrorCode::Offline:
        text = tr("The hall server cannot be reached. The operation will be sent when the "
                  "connection is back.");
        break;
    case ErrorCode::Timeout:
        text = tr("The hall server did not answer in time.");
        break;
    case ErrorCode::ServerBusy:
        text = tr("The hall server is busy. Please try again.");
        break;
    case ErrorCode::Internal:
        text = tr("The hall server met an unexpected error. Nothing was changed.");
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
    case ErrorCode::UnknownCase:
        return QStringLiteral("unknown_case");
    case ErrorCode::CaseStepNotAllowed:
        return QStringLiteral("case_step_not_allowed");
    case ErrorCode::CatalogueChanged:
        return QStringLiteral("catalogue_changed");
    case ErrorCode::InvalidCase:
        return QStringLiteral("invalid_case");
    case ErrorCode::CaseNumberTaken:
        return QStringLiteral("case_number_taken");
    case ErrorCode::CaseNotReceived:
        return QStringLiteral("case_not_received");
    case ErrorCode::UploadMismatch:
        return QStringLiteral("upload_mismatch");
    case ErrorCode::UnknownUpload:
        return QStringLiteral("unknown_upload");
    case ErrorCode::UnknownRating:
        return QStringLiteral("unknown_rating");
    case ErrorCode::AlreadyRated:
        return QStringLiteral("already_rated");
    case ErrorCode::RatingClosed:
        return QStringLiteral("rating_closed");
    case ErrorCode::RatingMismatch:
        return QStringLiteral("rating_mismatch");
    case ErrorCode::BadSignature:
        return QStringLiteral("bad_signature");
    case ErrorCode::InvalidRating:
        return QStringLiteral("invalid_rating");
    case ErrorCode::UnknownFollowUp:
        return QStringLiteral("unknown_follow_up");
    case ErrorCode::FollowUpStepNotAllowed:
        return QStringLiteral("follow_up_step_not_allowed");
    case ErrorCode::UnknownAppointment:
        return QStringLiteral("unknown_appointment");
    case ErrorCode::AppointmentNotToday:
        return QStringLiteral("appointment_not_today");
    case ErrorCode::AppointmentTooEarly:
        return QStringLiteral("appointment_too_early");
    case ErrorCode::AppointmentMissed:
        return QStringLiteral("appointment_missed");
    case ErrorCode::AppointmentCheckedIn:
        return QStringLiteral("appointment_checked_in");
    case ErrorCode::AppointmentCancelled:
        return QStringLiteral("appointment_cancelled");
    case ErrorCode::PriorityNeedsStaff:
        return QStringLiteral("priority_needs_staff");
    case ErrorCode::PriorityGroupDisabled:
        return QStringLiteral("priority_group_disabled");
    case ErrorCode::InvalidSetting:
        return QStringLiteral("invalid_setting");
    case ErrorCode::UnknownArea:
        return QStringLiteral("unknown_area");
    case ErrorCode::LastAdmin:
        return QStringLiteral("last_admin");
    case ErrorCode::OwnAdminRole:
        return QStringLiteral("own_admin_role");
    case ErrorCode::BadMessage:
        return QStringLiteral("bad_message");
    case ErrorCode::BadRequest:
        return QStringLiteral("bad_request");
    case ErrorCode::UnsupportedVersion:
        return QStringLiteral("unsupported_version");
    case ErrorCode::UnknownOperation:
        return QStringLiteral("unknown_operation");
    case ErrorCode::RateLimited:
        return QStringLiteral("rate_limited");
    case ErrorCode::NotSignedIn:
        return QStringLiteral("not_signed_in");
    case ErrorCode::SessionExpired:
        return QStringLiteral("session_expired");
    case ErrorCode::SessionRevoked:
        return QStringLiteral("session_revoked");
    case ErrorCode::BadCredentials:
        return QStringLiteral("bad_credentials");
    case ErrorCode::BadHelpDeskCredentials:
        return QStringLiteral("bad_help_desk_credentials");
    case ErrorCode::AccountLocked:
        return QStringLiteral("account_locked");
    case ErrorCode::Forbidden:
        return QStringLiteral("forbidden");
    case ErrorCode::WrongWindow:
        return QStringLiteral("wrong_window");
    case ErrorCode::Offline:
        return QStringLiteral("offline");
    case ErrorCode::Timeout:
        return QStringLiteral("timeout");
    case ErrorCode::ServerBusy:
        return QStringLiteral("server_busy");
    case ErrorCode::Internal:
        return QStringLiteral("internal");
    }
    return QStringLiteral("unknown");
}

ErrorCode OperationError::codeFromName(const QString &name)
{
    static const QHash<QString, ErrorCode> byName = [] {
        QHash<QString, ErrorCode> map;
        for (int i = int(ErrorCode::None); i <= int(ErrorCode::Internal); ++i)
            map.insert(codeName(ErrorCode(i)), ErrorCode(i));
        return map;
    }();
    return byName.value(name, ErrorCode::Internal);
}

} // namespace halldesk
