#include "kiosk/KioskSession.h"

#include "client/ClientOutbox.h"
#include "client/HallClient.h"
#include "client/HallLayoutReader.h"
#include "clock/Clock.h"
#include "clock/HallTime.h"
#include "domain/PriorityGroupNames.h"
#include "logging/HallDeskLogging.h"
#include "validation/ResidentId.h"

#include <QJsonArray>
#include <QPointer>

namespace halldesk {

namespace {

const QString IssueOp = QStringLiteral("issueTicket");
const QString CheckInOp = QStringLiteral("checkInAppointment");

bool isTicketRequest(const QString &op)
{
    return op == IssueOp || op == CheckInOp;
}

} // namespace

KioskSession::KioskSession(HallClient &client, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_clock(clock)
    , m_layout(client)
{
    connect(&m_client, &HallClient::snapshotReceived, this, &KioskSession::onSnapshot);
    connect(&m_client, &HallClient::eventReceived, this,
            [this](const QString &kind, const QJsonObject &data, qint64) { onEvent(kind, data); });
    connect(&m_client, &HallClient::outboxAnswered, this, &KioskSession::onAnswered);
    connect(&m_layout, &HallLayoutReader::onlineChanged, this, &KioskSession::onlineChanged);
    connect(&m_layout, &HallLayoutReader::layoutRead, this, [this](const QJsonObject &hall) {
        m_hall.applyLayout(hall);
        emit hallChanged();
        readSettings();
    });
}

QStringList KioskSession::offeredPriorityGroups() const
{
    QStringList offered;
    for (const QString &group : PriorityGroupNames::groups()) {
        if (!m_disabledGroups.contains(group))
            offered << group;
    }
    return offered;
}

void KioskSession::readSettings()
{
    m_client.request(QStringLiteral("hallSettings"), {},
                     [self = QPointer<KioskSession>(this)](const ClientReply &reply) {
                         if (!self)
                             return;
                         if (!reply.ok) {
                             qCWarning(lcKiosk).noquote() << "The hall's settings could not be "
                                                             "read:"
                                                          << reply.error.message();
                             return;
                         }
                         self->applySettings(reply.result);
                     });
}

void KioskSession::applySettings(const QJsonObject &settings)
{
    QSet<QString> disabled;
    for (const QJsonValue &value : settings.value(QLatin1String("priorityGroups")).toArray()) {
        const QJsonObject group = value.toObject();
        if (!group.value(QLatin1String("enabled")).toBool(true))
            disabled.insert(group.value(QLatin1String("group")).toString());
    }
    if (disabled == m_disabledGroups)
        return;
    m_disabledGroups = disabled;
    emit priorityGroupsChanged();
}

KioskSession::~KioskSession() = default;

int KioskSession::dropStaleRequests(ClientOutbox &outbox, qint64 nowMs)
{
    int dropped = 0;
    for (const OutboxEntry &entry : outbox.entries()) {
        if (isTicketRequest(entry.op) && nowMs - entry.createdAtMs > StaleRequestMs) {
            outbox.remove(entry.key);
            ++dropped;
        }
    }
    if (dropped > 0)
        qCInfo(lcKiosk) << "dropped" << dropped << "ticket request(s) of an earlier run";
    return dropped;
}

bool KioskSession::start(QString *error)
{
    for (const OutboxEntry &entry : m_client.pendingEntries()) {
        if (isTicketRequest(entry.op)) {
            m_earlierKeys.insert(entry.key);
            m_argsOfKey.insert(entry.key, entry.args);
        }
    }
    m_client.setSubscription({{QStringLiteral("queues"), QJsonArray{QStringLiteral("*")}}});
    return m_client.start(error);
}

bool KioskSession::isOnline() const
{
    return m_client.state() == HallClient::State::Ready;
}

bool KioskSession::fail(OperationError *why, ErrorCode code, const QString &detail) const
{
    if (why)
        *why = OperationError(code, detail);
    return false;
}

bool KioskSession::request(const KioskRequest &request, OperationError *why)
{
    if (isBusy())
        return fail(why, ErrorCode::ServerBusy);
    if (!isOnline())
        return fail(why, ErrorCode::Offline);

    QString op;
    QJsonObject args;
    if (request.isCheckIn()) {
        op = CheckInOp;
        args.insert(QStringLiteral("code"), request.appointmentCode.trimmed().toUpper());
    } else {
        if (!m_hall.queue(request.queue))
            return fail(why, ErrorCode::UnknownQueue, request.queue);
        op = IssueOp;
        args.insert(QStringLiteral("queue"), request.queue);
        if (!request.residentId.trimmed().isEmpty()) {
            const QDate today = HallTime().serviceDay(m_clock.nowUtc());
            const ResidentId::Check check = ResidentId::validate(request.residentId, today);
            if (!check.ok())
                return fail(why, ErrorCode::InvalidResidentId,
                            ResidentId::errorMessage(check.error));
            args.insert(QStringLiteral("residentId"), check.normalized);
        }
        if (!request.priority.isEmpty()) {
            args.insert(QStringLiteral("priority"), request.priority);
            args.insert(QStringLiteral("helpDesk"), request.helpDesk);
        }
    }

    const QString key = m_client.submit(op, args);
    if (key.isEmpty())
        return fail(why, ErrorCode::StorageFailure);
    m_pendingKey = key;
    m_argsOfKey.insert(key, args);
    qCInfo(lcKiosk).noquote() << op << "sent";
    emit busyChanged(true);
    return true;
}

void KioskSession::onAnswered(const QString &key, const ClientReply &reply)
{
    const bool current = key == m_pendingKey;
    if (!current && !m_earlierKeys.contains(key))
        return; // not a ticket request of this kiosk
    if (m_answeredKeys.contains(key))
        return; // heard again after the store failed to forget it: printed once already
    m_answeredKeys.insert(key);
    const QJsonObject args = m_argsOfKey.take(key);
    m_earlierKeys.remove(key);

    if (current) {
        m_pendingKey.clear();
        emit busyChanged(false);
        if (reply.ok)
            emit ticketIssued(ticketFrom(reply.result, args));
        else
            emit requestFailed(reply.error);
        return;
    }
    if (reply.ok) {
        KioskTicket ticket = ticketFrom(reply.result, args);
        ticket.recovered = true;
        qCInfo(lcKiosk).noquote() << "ticket" << ticket.number << "of an earlier run recovered";
        emit ticketRecovered(ticket);
    } else {
        qCInfo(lcKiosk).noquote() << "a request of an earlier run was refused:"
                                  << OperationError::codeName(reply.error.code());
    }
}

KioskTicket KioskSession::ticketFrom(const QJsonObject &result, const QJsonObject &args) const
{
    const QJsonObject ticket = result.value(QLatin1String("ticket")).toObject();
    KioskTicket issued;
    issued.id = ticket.value(QLatin1String("id")).toInteger();
    issued.number = ticket.value(QLatin1String("number")).toString();
    issued.queue = ticket.value(QLatin1String("queue")).toString();
    issued.serviceDay = ticket.value(QLatin1String("serviceDay")).toInt();
    issued.issuedAtMs = ticket.value(QLatin1String("issuedAtMs")).toInteger();
    issued.waitingAhead = result.value(QLatin1String("waitingAhead")).toInt();
    issued.estimatedWaitSeconds = result.value(QLatin1String("estimatedWaitSeconds")).toInt();
    issued.priority = args.value(QLatin1String("priority")).toString();
    const QJsonObject appointment = result.value(QLatin1String("appointment")).toObject();
    issued.appointmentStartMs = appointment.value(QLatin1String("startMs")).toInteger();
    issued.appointmentEndMs = appointment.value(QLatin1String("endMs")).toInteger();
    if (const auto queue = m_hall.queue(issued.queue)) {
        issued.queueName = queue->name;
        issued.windows = queue->windows;
    }
    return issued;
}

void KioskSession::onSnapshot(const QJsonObject &snapshot)
{
    m_hall.clearFigures();
    for (const QJsonValue &value : snapshot.value(QLatin1String("queues")).toArray())
        m_hall.applyStatus(value.toObject());
    emit hallChanged();
}

void KioskSession::onEvent(const QString &kind, const QJsonObject &data)
{
    if (kind == QLatin1String("queue")) {
        m_hall.applyStatus(data);
        emit hallChanged();
    } else if (kind == QLatin1String("settings")) {
        applySettings(data);
    }
}

} // namespace halldesk
