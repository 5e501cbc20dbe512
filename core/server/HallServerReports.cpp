// HallServer: the supervisor's hall report (hallReport, PROTOCOL.md §5.31), read on the
// report reader's own connection instead of the writer.

#include "protocol/ArgumentReader.h"
#include "server/ClientConnection.h"
#include "server/HallReport.h"
#include "server/HallServer.h"
#include "server/ReportReader.h"

namespace halldesk {

bool HallServer::readReport(ClientConnection *connection, const ProtocolRequest &request)
{
    if (request.op != QLatin1String("hallReport"))
        return false;
    const QString id = request.id;
    ArgumentReader args(request.args);
    const QDate from = QDate::fromString(args.string("from", 10), Qt::ISODate);
    const QDate to = QDate::fromString(args.string("to", 10), Qt::ISODate);
    const auto by = HallReport::byFromKey(args.string("groupBy", 10));
    if (!args.ok()) {
        replyError(connection, id, args.error());
        return true;
    }
    const char *bad = !from.isValid()                                     ? "from"
                      : !to.isValid() || to < from                        ? "to"
                      : from.daysTo(to) + 1 > qint64(HallReport::MaxDays) ? "to"
                      : !by                                               ? "groupBy"
                                                                          : nullptr;
    if (bad) {
        replyError(connection, id, OperationError(ErrorCode::BadRequest, QLatin1String(bad)));
        return true;
    }
    if (!m_reports)
        m_reports = std::make_unique<ReportReader>(m_executor.url());
    QPointer<ClientConnection> target(connection);
    m_reports->post(
        [from, to, by = *by](PreparedStatements &statements) {
            return HallReport(statements).build(from, to, by);
        },
        this,
        [this, target, id, op = request.op](Result<QJsonObject> result) {
            answerWith(target, id, op, result);
        });
    return true;
}

} // namespace halldesk
