// HallServer: the case reads (catalogue, cases, case). Changes to cases go through
// runMutating with CaseOperations like every other change.

#include "calendar/HolidayYearJson.h"
#include "casework/CaseJson.h"
#include "clock/HallTime.h"
#include "protocol/ArgumentReader.h"
#include "queue/EngineExecutor.h"
#include "queue/QueueEngine.h"
#include "server/CaseStore.h"
#include "server/ClientConnection.h"
#include "server/HallServer.h"
#include "server/ServerMetrics.h"
#include "validation/CreditCode.h"
#include "validation/ResidentId.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>

namespace halldesk {

namespace {

std::optional<CaseListFilter::View> viewFromKey(const QString &key)
{
    if (key == QLatin1String("today"))
        return CaseListFilter::View::Today;
    if (key == QLatin1String("mine"))
        return CaseListFilter::View::Mine;
    if (key == QLatin1String("dueSoon"))
        return CaseListFilter::View::DueSoon;
    if (key == QLatin1String("overdue"))
        return CaseListFilter::View::Overdue;
    return std::nullopt;
}

} // namespace

void HallServer::setCasework(CaseworkData data)
{
    m_casework = std::move(data);
}

bool HallServer::readCaseQuery(ClientConnection *connection, const ProtocolRequest &request)
{
    const QString op = request.op;
    const QString id = request.id;
    ArgumentReader args(request.args);

    if (op == QLatin1String("catalogue")) {
        // Answered from memory: the catalogue changes only when the server loads a new one.
        const qint64 have = args.optionalInteger("version", 0, 1 << 30);
        if (!args.ok()) {
            replyError(connection, id, args.error());
            return true;
        }
        const int version = m_casework.catalogue->version();
        QJsonObject result{{QStringLiteral("version"), version}};
        if (have == version)
            result.insert(QStringLiteral("unchanged"), true);
        else
            result.insert(QStringLiteral("catalogue"),
                          QJsonDocument::fromJson(m_casework.catalogueJson).object());
        // Always: a year an administrator adds does not change the catalogue's version, and
        // the counters must promise the same dates the server records.
        QJsonArray years;
        for (const int year : m_casework.calendar->years())
            years.append(HolidayYearJson::toJsonObject(*m_casework.calendar->holidayYear(year)));
        result.insert(QStringLiteral("holidayYears"), years);
        m_metrics.request(op, ErrorCode::None);
        reply(connection, id, result);
        return true;
    }

    std::function<Result<QJsonObject>(WriterContext &)> query;
    const TerminalIdentity &identity = connection->identity();
    const qint64 staffId = connection->staff() ? connection->staff()->staff.id : 0;
    if (op == QLatin1String("cases")) {
        const auto view = viewFromKey(args.string("view", 20));
        const qint64 days = args.optionalInteger("days", 1, 60);
        // A counter sees its own window; a supervisor names the window it looks at.
        const qint64 window = roleHasWindow(identity.role)
                                  ? identity.window
                                  : args.optionalInteger("window", 1, CaseNumber::MaxWindow);
        if (!args.ok()) {
            replyError(connection, id, args.error());
            return true;
        }
        if (!view) {
            replyError(connection, id,
                       OperationError(ErrorCode::BadRequest, QStringLiteral("view")));
            return true;
        }
        const auto calendar = m_casework.calendar;
        query = [view = *view, days = int(days ? days : 3), window = int(window), staffId,
                 calendar](WriterContext &context) -> Result<QJsonObject> {
            CaseListFilter filter;
            filter.view = view;
            filter.window = window;
            filter.staffId = staffId;
            filter.today = HallTime::dayFromKey(context.engine.today());
            filter.dueBy = calendar->addWorkingDays(filter.today, days);
            CaseStore store(context.statements, context.cipher);
            QJsonObject result{{QStringLiteral("cases"), store.list(filter)}};
            if (window > 0)
                result.insert(QStringLiteral("lastSequence"),
                              store.lastSequence(window, filter.today));
            return result;
        };
    } else if (op == QLatin1String("case")) {
        const QString number = args.string("number", 20);
        if (!args.ok()) {
            replyError(connection, id, args.error());
            return true;
        }
        query = [number](WriterContext &context) -> Result<QJsonObject> {
            CaseStore store(context.statements, context.cipher);
            const auto stored = store.find(number);
            if (!stored)
                return OperationError(ErrorCode::UnknownCase, number);
            return QJsonObject{{QStringLiteral("case"), CaseJson::toJson(stored->record)},
                               {QStringLiteral("events"), store.events(stored->id)}};
        };
    } else if (op == QLatin1String("applicantCases")) {
        // Looked up by keyed hash only: the server never searches personal data in clear.
        const QString residentId = args.optionalString("residentId", 18);
        const QString code = args.optionalString("creditCode", 18);
        if (!args.ok()) {
            replyError(connection, id, args.error());
            return true;
        }
        QString normalized;
        if (!residentId.isEmpty()) {
            normalized = ResidentId::validate(residentId).normalized;
        } else {
            normalized = CreditCode::validate(code).normalized;
        }
        if (normalized.isEmpty()) {
            replyError(connection, id,
                       OperationError(ErrorCode::BadRequest, residentId.isEmpty()
                                                                 ? QStringLiteral("creditCode")
                                                                 : QStringLiteral("residentId")));
            return true;
        }
        query = [normalized](WriterContext &context) -> Result<QJsonObject> {
            CaseStore store(context.statements, context.cipher);
            return QJsonObject{{QStringLiteral("cases"), store.casesOfApplicant(normalized, 20)}};
        };
    } else {
        return false;
    }
    answerRead(connection, id, op, std::move(query));
    return true;
}

} // namespace halldesk
