#include "protocol/ProtocolJson.h"

#include "protocol/ProtocolRequest.h"

#include <QJsonDocument>

namespace halldesk::ProtocolJson {

QJsonObject ticket(const Ticket &t)
{
    QJsonObject o{
        {QStringLiteral("id"), double(t.id)},
        {QStringLiteral("number"), t.number},
        {QStringLiteral("queue"), t.queueCode},
        {QStringLiteral("status"), toStorageName(t.status)},
        {QStringLiteral("serviceDay"), t.serviceDay},
        {QStringLiteral("issuedAtMs"), double(t.issuedAtMs)},
        {QStringLiteral("window"), t.windowNumber},
        {QStringLiteral("recallCount"), t.recallCount},
        {QStringLiteral("boosted"), t.boosted},
        {QStringLiteral("hasResidentId"), t.hasResidentId()},
    };
    if (t.priority != PriorityGroup::None)
        o.insert(QStringLiteral("priority"), toStorageName(t.priority));
    if (t.hasAppointment()) {
        o.insert(QStringLiteral("appointmentId"), t.appointmentId);
        o.insert(QStringLiteral("appointmentStartMs"), double(t.appointmentStartMs));
        o.insert(QStringLiteral("appointmentEndMs"), double(t.appointmentEndMs));
    }
    if (t.calledAtMs)
        o.insert(QStringLiteral("calledAtMs"), double(t.calledAtMs));
    if (t.finishedAtMs)
        o.insert(QStringLiteral("finishedAtMs"), double(t.finishedAtMs));
    if (t.targetWindow)
        o.insert(QStringLiteral("targetWindow"), t.targetWindow);
    if (!t.transferComment.isEmpty())
        o.insert(QStringLiteral("transferComment"), t.transferComment);
    if (t.holdUntilMs)
        o.insert(QStringLiteral("holdUntilMs"), double(t.holdUntilMs));
    if (t.noShowAtMs)
        o.insert(QStringLiteral("noShowAtMs"), double(t.noShowAtMs));
    return o;
}

Ticket ticketFrom(const QJsonObject &o)
{
    const auto ms = [&](const char *key) {
        return qint64(o.value(QLatin1String(key)).toDouble());
    };
    Ticket t;
    t.id = ms("id");
    t.number = o.value(QLatin1String("number")).toString();
    t.queueCode = o.value(QLatin1String("queue")).toString();
    t.status = ticketStatusFromStorageName(o.value(QLatin1String("status")).toString())
                   .value_or(TicketStatus::Waiting);
    t.priority = priorityGroupFromStorageName(o.value(QLatin1String("priority")).toString())
                     .value_or(PriorityGroup::None);
    t.serviceDay = o.value(QLatin1String("serviceDay")).toInt();
    t.issuedAtMs = ms("issuedAtMs");
    t.calledAtMs = ms("calledAtMs");
    t.finishedAtMs = ms("finishedAtMs");
    t.holdUntilMs = ms("holdUntilMs");
    t.noShowAtMs = ms("noShowAtMs");
    t.appointmentId = o.value(QLatin1String("appointmentId")).toString();
    t.appointmentStartMs = ms("appointmentStartMs");
    t.appointmentEndMs = ms("appointmentEndMs");
    t.windowNumber = o.value(QLatin1String("window")).toInt();
    t.targetWindow = o.value(QLatin1String("targetWindow")).toInt();
    t.transferComment = o.value(QLatin1String("transferComment")).toString();
    t.recallCount = o.value(QLatin1String("recallCount")).toInt();
    t.boosted = o.value(QLatin1String("boosted")).toBool();
    t.sortAtMs = t.issuedAtMs;
    return t;
}

QJsonObject issuedTicket(const IssuedTicket &issued)
{
    return {{QStringLiteral("ticket"), ticket(issued.ticket)},
            {QStringLiteral("waitingAhead"), issued.waitingAhead},
            {QStringLiteral("estimatedWaitSeconds"), issued.estimatedWaitSeconds}};
}

QJsonObject queueStatus(const QueueSnapshot &s)
{
    return {{QStringLiteral("queue"), s.queueCode},
            {QStringLiteral("waiting"), s.waiting},
            {QStringLiteral("longestWaitMs"), double(s.longestWaitMs)},
            {QStringLiteral("estimatedWaitSeconds"), s.estimatedWaitSeconds},
            {QStringLiteral("openWindows"), s.openWindows}};
}

QJsonObject staff(const StaffMember &s)
{
    return {{QStringLiteral("id"), double(s.id)},
            {QStringLiteral("staffNo"), s.staffNo},
            {QStringLiteral("name"), s.name},
            {QStringLiteral("role"), toStorageName(s.role)}};
}

QJsonObject error(const OperationError &e)
{
    QJsonObject o{{QStringLiteral("code"), OperationError::codeName(e.code())},
                  {QStringLiteral("message"), e.message()}};
    if (!e.detail().isEmpty())
        o.insert(QStringLiteral("detail"), e.detail());
    return o;
}

OperationError errorFrom(const QJsonObject &object)
{
    return OperationError(
        OperationError::codeFromName(object.value(QLatin1String("code")).toString()),
        object.value(QLatin1String("detail")).toString());
}

QJsonObject okResponse(const QString &id, const QJsonObject &result, bool replayed)
{
    QJsonObject o{{QStringLiteral("v"), kProtocolVersion},
                  {QStringLiteral("type"), QStringLiteral("response")},
                  {QStringLiteral("id"), id},
                  {QStringLiteral("ok"), true},
                  {QStringLiteral("result"), result}};
    if (replayed)
        o.insert(QStringLiteral("replayed"), true);
    return o;
}

QJsonObject errorResponse(const QString &id, const OperationError &e, bool replayed)
{
    QJsonObject o{{QStringLiteral("v"), kProtocolVersion},
                  {QStringLiteral("type"), QStringLiteral("response")},
                  {QStringLiteral("ok"), false},
                  {QStringLiteral("error"), error(e)}};
    if (replayed)
        o.insert(QStringLiteral("replayed"), true);
    // A frame whose id could not be read gets a response with a null id.
    o.insert(QStringLiteral("id"), id.isEmpty() ? QJsonValue() : QJsonValue(id));
    return o;
}

QByteArray encode(const QJsonObject &frame)
{
    return QJsonDocument(frame).toJson(QJsonDocument::Compact);
}

} // namespace halldesk::ProtocolJson
