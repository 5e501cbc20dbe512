#pragma once

#include <QCoreApplication>
#include <QString>

namespace halldesk {

enum class ErrorCode
{
    None,
    UnknownQueue,
    UnknownWindow,
    UnknownTicket,
    UnknownStaff,
    WindowSignedOut,
    WindowSignedInByOther,
    StaffSignedInElsewhere,
    WindowPaused,
    WindowNotPaused,
    WindowBusy,
    WindowIdle,
    QueueNotServedByWindow,
    NoTicketWaiting,
    TicketNotWaiting,
    TicketNotCalled,
    TicketAtOtherWindow,
    TicketNotHeld,
    TicketNotNoShow,
    TicketAlreadyClosed,
    NoShowReturnExpired,
    DuplicateResidentTicket,
    InvalidResidentId,
    InvalidPhone,
    InvalidAppointment,
    InvalidTransfer,
    StorageFailure,
    Conflict,
    // Cases (受理): what the server answers a counter's intake.
    UnknownCase,
    CaseStepNotAllowed,
    CatalogueChanged,
    InvalidCase,
    CaseNumberTaken,
    // Uploads of scanned materials.
    CaseNotReceived, // not yet: the case is still in the counter's outbox
    UploadMismatch,
    UnknownUpload,
    // Service ratings (好差评) and their follow-up.
    UnknownRating,
    AlreadyRated,
    RatingClosed,
    RatingMismatch,
    BadSignature,
    InvalidRating,
    UnknownFollowUp,
    FollowUpStepNotAllowed,
    // The ticket kiosk: appointments checked in by code, priority groups through the help desk.
    UnknownAppointment,
    AppointmentNotToday,  // detail: the appointment's date, yyyy-MM-dd
    AppointmentTooEarly,  // detail: the earliest check-in time, HH:mm
    AppointmentMissed,    // detail: the slot's end, HH:mm
    AppointmentCheckedIn, // detail: the number of the ticket issued for it
    AppointmentCancelled,
    PriorityNeedsStaff,
    // Administration (PROTOCOL.md §5.35–5.44) and the priority groups a hall offers.
    PriorityGroupDisabled,
    InvalidSetting, // detail: the field, or why a holiday year was refused
    UnknownArea,
    LastAdmin,
    OwnAdminRole,
    // Protocol and session: what the hall server answers a terminal.
    BadMessage,
    BadRequest,
    UnsupportedVersion,
    UnknownOperation,
    RateLimited,
    NotSignedIn,
    SessionExpired,
    SessionRevoked, // an administrator changed the account: pushed as a session_ended event
    BadCredentials,
    BadHelpDeskCredentials, // the kiosk's help desk: a wrong staff number, PIN or staff card
    AccountLocked,
    Forbidden,
    WrongWindow,
    Offline,
    Timeout,
    ServerBusy,
    Internal,
};

// A typed error with its message in the user's language. The message is built when asked for,
// so it follows the translator installed at display time rather than at failure time.
class OperationError
{
    Q_DECLARE_TR_FUNCTIONS(OperationError)

public:
    OperationError() = default;
    explicit OperationError(ErrorCode code, QString detail = {})
        : m_code(code)
        , m_detail(std::move(detail))
    {}

    ErrorCode code() const { return m_code; }
    // Extra context that is safe to show (a ticket number, a window number), never personal data.
    const QString &detail() const { return m_detail; }
    QString message() const;
    static QString codeName(ErrorCode code);
    // The inverse of codeName; unknown names (a newer server) map to Internal.
    static ErrorCode codeFromName(const QString &name);

private:
    ErrorCode m_code = ErrorCode::None;
    QString m_detail;
};

} // namespace halldesk
