#pragma once

#include "domain/HallModel.h"
#include "domain/OperationError.h"
#include "domain/Ticket.h"
#include "queue/IssueRequest.h"

#include <QJsonObject>

namespace halldesk {

// The JSON shapes of PROTOCOL.md ("Objects"). A ticket leaves the server without any
// personal data: only whether it carries a resident ID.
namespace ProtocolJson {

QJsonObject ticket(const Ticket &ticket);
// A ticket as a terminal reads it back; fields the server did not send keep their defaults.
Ticket ticketFrom(const QJsonObject &object);
QJsonObject issuedTicket(const IssuedTicket &issued);
QJsonObject queueStatus(const QueueSnapshot &snapshot);
QJsonObject staff(const StaffMember &staff);
QJsonObject error(const OperationError &error);
OperationError errorFrom(const QJsonObject &object);

// Frames the server sends.
QJsonObject okResponse(const QString &id, const QJsonObject &result, bool replayed = false);
QJsonObject errorResponse(const QString &id, const OperationError &error, bool replayed = false);
QByteArray encode(const QJsonObject &frame);

} // namespace ProtocolJson

} // namespace halldesk
