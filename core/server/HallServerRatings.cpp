// HallServer: the rating reads of supervisor consoles (followUps on the writer, ratingStats on
// the report reader). Ratings and follow-up steps themselves go through runMutating with
// RatingOperations.

#include "clock/HallTime.h"
#include "protocol/ArgumentReader.h"
#include "queue/EngineExecutor.h"
#include "queue/QueueEngine.h"
#include "server/ClientConnection.h"
#include "server/FollowUpLifecycle.h"
#include "server/FollowUpStore.h"
#include "server/HallServer.h"
#include "server/RatingStatistics.h"
#include "server/ServerMetrics.h"
#include "server/StaffPhotos.h"
#include "storage/StorageError.h"

#include <QJsonArray>

namespace halldesk {

namespace {

// A read that may throw StorageError, as a Result.
template <typename F> Result<QJsonObject> guarded(F &&read)
{
    try {
        return read();
    } catch (const StorageError &) {
        return OperationError(ErrorCode::StorageFailure);
    }
}

} // namespace

bool HallServer::readRatingQuery(ClientConnection *connection, const ProtocolRequest &request)
{
    const QString op = request.op;
    const QString id = request.id;
    ArgumentReader args(request.args);
    std::function<Result<QJsonObject>(WriterContext &)> query;
    if (op == QLatin1String("staffPhoto")) {
        // Read from its folder here: a few kilobytes, and nothing the writer needs to see.
        const QString staffNo = args.string("staffNo", 32);
        if (!args.ok()) {
            replyError(connection, id, args.error());
            return true;
        }
        QJsonObject result{{QStringLiteral("staffNo"), staffNo}};
        if (const auto photo = StaffPhotos(m_settings.staffPhotosDirectory).find(staffNo)) {
            result.insert(QStringLiteral("photo"), QString::fromLatin1(photo->bytes.toBase64()));
            result.insert(QStringLiteral("type"), photo->type);
        }
        m_metrics.request(op, ErrorCode::None);
        reply(connection, id, result);
        return true;
    }
    if (op == QLatin1String("followUps")) {
        const QString state = args.optionalString("state", 20);
        const bool overdue = args.optionalBool("overdue");
        if (!args.ok()) {
            replyError(connection, id, args.error());
            return true;
        }
        if (!state.isEmpty() && !FollowUpLifecycle::isState(state)) {
            replyError(connection, id,
                       OperationError(ErrorCode::BadRequest, QStringLiteral("state")));
            return true;
        }
        query = [state, overdue](WriterContext &context) {
            return guarded([&]() -> QJsonObject {
                FollowUpFilter filter;
                filter.state = state;
                filter.overdueOnly = overdue;
                filter.today = HallTime::dayFromKey(context.engine.today());
                QJsonArray list;
                for (const StoredFollowUp &f :
                     FollowUpStore(context.statements, context.cipher).list(filter))
                    list.append(FollowUpStore::toJson(f, filter.today));
                return {{QStringLiteral("followUps"), list}};
            });
        };
    } else if (op == QLatin1String("ratingStats")) {
        const QDate from = QDate::fromString(args.string("from", 10), Qt::ISODate);
        const QDate to = QDate::fromString(args.string("to", 10), Qt::ISODate);
        const auto by = RatingStatistics::byFromKey(args.string("by", 10));
        if (!args.ok()) {
            replyError(connection, id, args.error());
            return true;
        }
        const char *bad = !from.isValid()              ? "from"
                          : !to.isValid() || to < from ? "to"
                          : !by                        ? "by"
                                                       : nullptr;
        if (bad) {
            replyError(connection, id, OperationError(ErrorCode::BadRequest, QLatin1String(bad)));
            return true;
        }
        // Months of ratings are a long read: on the report reader, never holding up the writer.
        answerFromReportReader(
            connection, id, op,
            [from, to, by = *by, catalogue = m_casework.catalogue](PreparedStatements &statements) {
                return QJsonObject{{QStringLiteral("rows"),
                                    RatingStatistics(statements).rows(from, to, by, *catalogue)}};
            });
        return true;
    } else {
        return false;
    }
    answerRead(connection, id, op, std::move(query));
    return true;
}

} // namespace halldesk
