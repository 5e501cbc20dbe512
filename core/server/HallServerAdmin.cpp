// HallServer: the administration of the hall (PROTOCOL.md §5.35–5.45): its reads, the new
// password hashed before adminResetPassword runs, and what a committed change means for the
// server's own view of the hall (its windows, the sessions it ended, the working calendar).

#include "calendar/HolidayYearJson.h"
#include "clock/Clock.h"
#include "logging/HallDeskLogging.h"
#include "queue/EngineExecutor.h"
#include "server/AdminLog.h"
#include "server/AdminOperations.h"
#include "server/AdminStore.h"
#include "server/ClientConnection.h"
#include "server/HallServer.h"
#include "server/OperationOutcome.h"
#include "server/ServerMetrics.h"
#include "server/ServerStore.h"
#include "server/StaffAuthenticator.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace halldesk {

bool HallServer::readAdmin(ClientConnection *connection, const ProtocolRequest &request)
{
    if (request.op == QLatin1String("hallSettings")) {
        answerRead(connection, request.id, request.op,
                   [](WriterContext &context) -> Result<QJsonObject> {
                       AdminStore store(context.statements);
                       return AdminOperations::settings(store);
                   });
        return true;
    }
    if (request.op == QLatin1String("adminLog")) {
        answerRead(connection, request.id, request.op,
                   [args = request.args](WriterContext &context) {
                       return AdminLog::page(context.statements, args);
                   });
        return true;
    }
    if (request.op != QLatin1String("adminConfig"))
        return false;
    answerRead(connection, request.id, request.op,
               [calendar = m_casework.calendar](WriterContext &context) -> Result<QJsonObject> {
                   AdminStore store(context.statements);
                   return AdminOperations::config(store, *calendar, context.clock.nowMs());
               });
    return true;
}

void HallServer::resetPassword(ClientConnection *connection, const ProtocolRequest &request,
                               const ActingTerminal &who)
{
    const auto password = AdminOperations::newPassword(request.args);
    if (const auto *error = std::get_if<OperationError>(&password)) {
        m_metrics.request(request.op, error->code());
        replyError(connection, request.id, *error);
        return;
    }
    QPointer<ClientConnection> target(connection);
    m_auth->hashPassword(
        std::get<QString>(password), [this, target, request, who](const QString &hash) {
            if (!target)
                return;
            if (hash.isEmpty()) {
                m_metrics.request(request.op, ErrorCode::Internal);
                replyError(target, request.id, OperationError(ErrorCode::Internal));
                return;
            }
            runPrepared(target, request, who, hash);
        });
}

void HallServer::learnWindows(const QJsonObject &hall)
{
    m_windows.clear();
    m_windowQueues.clear();
    for (const QJsonValue &value : hall.value(QLatin1String("windows")).toArray()) {
        const QJsonObject window = value.toObject();
        const int number = window.value(QLatin1String("number")).toInt();
        m_windows.insert(number);
        for (const QJsonValue &served : window.value(QLatin1String("queues")).toArray())
            m_windowQueues[number] << served.toObject().value(QLatin1String("queue")).toString();
    }
}

void HallServer::applyAdminChange(const QString &op, const OperationOutcome &outcome)
{
    const QJsonObject &result = outcome.result;
    const QJsonObject saved = result.value(QLatin1String("staff")).toObject();
    const QString staffNo = result.value(QLatin1String("staffNo"))
                                .toString(saved.value(QLatin1String("staffNo")).toString());
    const bool sessionsEnded = result.value(QLatin1String("sessionsEnded")).toBool();
    for (ClientConnection *connection : m_hub.connections()) {
        if (!connection->staff() || connection->staff()->staff.staffNo != staffNo)
            continue;
        if (sessionsEnded) {
            // Their consoles and counters are told, hear nothing more and must sign in again.
            connection->endSession();
        } else if (!saved.isEmpty()) {
            // A renamed person's next window events carry the new name.
            SignedInStaff staff = *connection->staff();
            staff.staff.name = saved.value(QLatin1String("name")).toString();
            connection->setStaff(staff);
        }
    }
    if (op == QLatin1String("adminSaveHolidayYear")) {
        QString why;
        const auto year = HolidayYearJson::parse(
            QJsonDocument(result.value(QLatin1String("holidayYear")).toObject()).toJson(), &why);
        if (year) {
            // Replaced whole: operations already prepared keep the calendar they checked.
            auto calendar = std::make_shared<WorkingCalendar>(*m_casework.calendar);
            calendar->addYear(*year);
            m_casework.calendar = std::move(calendar);
        } else {
            qCWarning(lcServer).noquote() << "stored holiday year not applied:" << why;
        }
    }
    for (const ServerEvent &event : outcome.events) {
        if (event.kind != QLatin1String("layout"))
            continue;
        // A new window's counter may connect now; a window's queues decide its events.
        onWriter(
            [](WriterContext &context) { return ServerStore(context.statements).hallOverview(); },
            [this](QJsonObject hall) {
                if (hall.contains(QLatin1String("windows"))) // not read: keep what it knows
                    learnWindows(hall);
            });
        break;
    }
}

} // namespace halldesk
