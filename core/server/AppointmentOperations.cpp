#include "server/AppointmentOperations.h"

#include "clock/Clock.h"
#include "clock/HallTime.h"
#include "crypto/PersonalDataCipher.h"
#include "logging/HallDeskLogging.h"
#include "protocol/ArgumentReader.h"
#include "queue/EngineExecutor.h"
#include "queue/QueueEngine.h"
#include "server/AppointmentStore.h"
#include "server/ServerSettings.h"

#include <QRegularExpression>

namespace halldesk {

namespace {

QString hallClock(qint64 utcMs)
{
    const HallTime hall;
    return hall.localTime(QDateTime::fromMSecsSinceEpoch(utcMs, QTimeZone::utc()))
        .toString(QStringLiteral("HH:mm"));
}

// Why this appointment cannot be checked in now, if it cannot.
std::optional<OperationError> refusal(AppointmentStore &store, const StoredAppointment &a,
                                      int today, qint64 nowMs, const AppointmentPolicy &policy)
{
    if (a.status == QLatin1String("cancelled"))
        return OperationError(ErrorCode::AppointmentCancelled);
    // Checked in already: the ticket it got, never a second one.
    if (a.status == QLatin1String("checked_in"))
        return OperationError(ErrorCode::AppointmentCheckedIn, store.ticketNumber(a.ticketId));
    if (a.serviceDay != today)
        return OperationError(ErrorCode::AppointmentNotToday,
                              HallTime::dayFromKey(a.serviceDay).toString(Qt::ISODate));
    if (nowMs < a.startMs - policy.earlyCheckInMs)
        return OperationError(ErrorCode::AppointmentTooEarly,
                              hallClock(a.startMs - policy.earlyCheckInMs));
    if (nowMs >= a.endMs)
        return OperationError(ErrorCode::AppointmentMissed, hallClock(a.endMs));
    return std::nullopt;
}

OperationOutcome checkIn(WriterContext &context, const QString &code, const Actor &actor,
                         const AppointmentPolicy &policy)
{
    AppointmentStore store(context.statements);
    const auto found = store.find(code);
    if (!found)
        return OperationOutcome::failure(OperationError(ErrorCode::UnknownAppointment));
    const StoredAppointment &a = *found;
    const qint64 now = context.clock.nowMs();
    if (auto refused = refusal(store, a, context.engine.today(), now, policy))
        return OperationOutcome::failure(*refused);

    IssueRequest request;
    request.queueCode = a.queue;
    request.appointmentId = QString::number(a.id);
    request.appointmentStartMs = a.startMs;
    request.appointmentEndMs = a.endMs;
    if (!a.residentIdEncrypted.isEmpty()) {
        // The ticket carries the booking's resident ID like one typed at the kiosk.
        const auto residentId = context.cipher.decryptText(a.residentIdEncrypted);
        if (!residentId) {
            qCWarning(lcServer) << "appointment" << a.id << "cannot be decrypted with this key";
            return OperationOutcome::failure(OperationError(ErrorCode::StorageFailure));
        }
        request.residentId = *residentId;
    }
    const auto issued = context.engine.issueTicket(request, actor, [&](const Ticket &ticket) {
        // Another server on the same database may have checked it in a moment ago: then
        // this ticket goes too, and a retry with the same key answers appointment_checked_in.
        return store.markCheckedIn(a.id, ticket.id, now)
                   ? std::nullopt
                   : std::optional<OperationError>(OperationError(ErrorCode::Conflict));
    });
    if (!issued.ok())
        return OperationOutcome::failure(issued.error());
    qCInfo(lcServer).noquote() << "appointment" << a.id << "checked in as" << issued->ticket.number;
    OperationOutcome outcome = QueueOperations::issuedOutcome(issued.value());
    outcome.result.insert(QStringLiteral("appointment"),
                          QJsonObject{{QStringLiteral("code"), a.code},
                                      {QStringLiteral("queue"), a.queue},
                                      {QStringLiteral("startMs"), double(a.startMs)},
                                      {QStringLiteral("endMs"), double(a.endMs)}});
    return outcome;
}

} // namespace

AppointmentPolicy AppointmentPolicy::from(const ServerSettings &settings)
{
    AppointmentPolicy policy;
    policy.earlyCheckInMs = qint64(
        std::chrono::duration_cast<std::chrono::milliseconds>(settings.appointmentCheckInEarly)
            .count());
    return policy;
}

bool AppointmentOperations::handles(const QString &op)
{
    return op == QLatin1String("checkInAppointment");
}

QString AppointmentOperations::normalizedCode(const QString &typed)
{
    return typed.trimmed().toUpper();
}

bool AppointmentOperations::isValidCode(const QString &code)
{
    static const QRegularExpression shape(QStringLiteral("^[A-Z0-9]{4,32}$"));
    return shape.match(code).hasMatch();
}

std::variant<PreparedOperation, OperationError>
AppointmentOperations::prepare(const QJsonObject &args, const ActingTerminal &who,
                               const AppointmentPolicy &policy)
{
    ArgumentReader reader(args);
    const QString code = normalizedCode(reader.string("code", 32));
    if (!reader.ok())
        return reader.error();
    if (code.isEmpty())
        return OperationError(ErrorCode::BadRequest, QStringLiteral("code"));
    const Actor actor = who.actor;
    return PreparedOperation([code, actor, policy](WriterContext &context) {
        // A code that could never have been booked is simply not known.
        if (!isValidCode(code))
            return OperationOutcome::failure(OperationError(ErrorCode::UnknownAppointment));
        return checkIn(context, code, actor, policy);
    });
}

} // namespace halldesk
