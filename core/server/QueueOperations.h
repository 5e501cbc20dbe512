#pragma once

#include "domain/Actor.h"
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
};

} // namespace halldesk
