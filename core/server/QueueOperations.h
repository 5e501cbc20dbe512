#pragma once

#include "domain/Actor.h"
#include "domain/HallModel.h"
#include "pki/TerminalRole.h"
#include "queue/IssueRequest.h"
#include "server/HelpDeskCredential.h"
#include "server/OperationOutcome.h"

#include <QJsonObject>
#include <functional>
#include <variant>

namespace halldesk {

struct WriterContext;

// Who acts, as the server knows it from the certificate and the session.
struct ActingTerminal
{
    Actor actor;     // staff 0 for a kiosk
    QString staffNo; // for window events; never personal data of citizens
    QString staffName;
    QString terminal; // certificate name
    TerminalRole role = TerminalRole::Counter;
    // A kiosk's priority ticket: the help-desk clerk's credential, its secret already checked.
    std::optional<HelpDeskCheck> helpDesk;
};

using PreparedOperation = std::function<OperationOutcome(WriterContext &)>;

// The queue operations of the protocol. prepare() reads and checks the arguments on the
// network thread, so a malformed request is answered at once and never reaches the database;
// the returned function runs on the writer thread.
class QueueOperations
{
public:
    static std::variant<PreparedOperation, OperationError>
    prepare(const QString &op, const QJsonObject &args, const ActingTerminal &who);

    // The answer and events of an issued ticket (issueTicket, checkInAppointment).
    static OperationOutcome issuedOutcome(const IssuedTicket &issued);
    // A `window` event (PROTOCOL.md §6.3.3) of the window's state; whoever is signed in there
    // is named as `who`'s staff.
    static ServerEvent windowEvent(const ServiceWindow &window, const ActingTerminal &who);
    // An administrator ended the sessions of `staffId`: inside that change's transaction, the
    // window they are signed in at is signed out exactly as their own signOut would, with its
    // events. Ok with nothing to do if they are signed in nowhere; window_busy while they
    // serve a ticket, like signOut.
    static OperationOutcome signOutRevoked(WriterContext &context, qint64 staffId);
};

} // namespace halldesk
