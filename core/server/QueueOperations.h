#pragma once

#include "domain/Actor.h"
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
};

} // namespace halldesk
