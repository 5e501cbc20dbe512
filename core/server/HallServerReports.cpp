// HallServer: the supervisor's reports, read on the report reader's own connection instead of
// the writer: hallReport (PROTOCOL.md §5.31), hallCharts (§5.32), staffAttendance (§5.33) and
// serviceRanking (§5.34).

#include "clock/Clock.h"
#include "clock/HallTime.h"
#include "protocol/ArgumentReader.h"
#include "server/ClientConnection.h"
#include "server/HallCharts.h"
#include "server/HallReport.h"
#include "server/HallServer.h"
#include "server/ReportReader.h"
#include "server/ServiceRanking.h"
#include "server/StaffAttendance.h"

namespace halldesk {

namespace {

// A `from`/`to` pair of hall days, both included, at most `maxDays` in all; the argument that
// is wrong, or nullptr.
const char *badRange(QDate from, QDate to, int maxDays)
{
    return !from.isValid()                         ? "from"
           : !to.isValid() || to < from            ? "to"
           : from.daysTo(to) + 1 > qint64(maxDays) ? "to"
                                                   : nullptr;
}

} // namespace

bool HallServer::readReport(ClientConnection *connection, const ProtocolRequest &request)
{
    const QString &op = request.op;
    const bool known = op == QLatin1String("hallReport") || op == QLatin1String("hallCharts") ||
                       op == QLatin1String("staffAttendance") ||
                       op == QLatin1String("serviceRanking");
    if (!known)
        return false;
    const QString id = request.id;
    ArgumentReader args(request.args);
    const HallTime hall;
    const qint64 nowMs = m_clock.nowMs();
    const QDate today = hall.serviceDay(nowMs);
    ReportReader::Read read;
    const char *bad = nullptr;
    if (op == QLatin1String("hallReport")) {
        const QDate from = QDate::fromString(args.string("from", 10), Qt::ISODate);
        const QDate to = QDate::fromString(args.string("to", 10), Qt::ISODate);
        const auto by = HallReport::byFromKey(args.string("groupBy", 10));
        bad = badRange(from, to, HallReport::MaxDays);
        if (!bad && !by)
            bad = "groupBy";
        if (!bad)
            read = [from, to, by = *by](PreparedStatements &statements) {
                return HallReport(statements).build(from, to, by);
            };
    } else if (op == QLatin1String("hallCharts")) {
        const QString text = args.optionalString("day", 10);
        const QDate day = text.isEmpty() ? today : QDate::fromString(text, Qt::ISODate);
        if (!day.isValid())
            bad = "day";
        read = [day, hall](PreparedStatements &statements) {
            return HallCharts(statements).build(day, hall);
        };
    } else if (op == QLatin1String("staffAttendance")) {
        const QDate from = QDate::fromString(args.string("from", 10), Qt::ISODate);
        const QDate to = QDate::fromString(args.string("to", 10), Qt::ISODate);
        bad = badRange(from, to, StaffAttendance::MaxDays);
        read = [from, to, nowMs, hall](PreparedStatements &statements) {
            return StaffAttendance(statements).build(from, to, nowMs, hall);
        };
    } else {
        const int year = int(args.integer("year", 2000, 2100));
        const int quarter = int(args.integer("quarter", 1, 4));
        if (args.ok()) {
            // Attendance counts against the quarter's working days up to today.
            int workingDays = 0;
            const QDate end = std::min(ServiceRanking::quarterEnd(year, quarter), today);
            for (QDate d = ServiceRanking::quarterStart(year, quarter); d <= end; d = d.addDays(1))
                workingDays += m_casework.calendar->isWorkingDay(d) ? 1 : 0;
            read = [year, quarter, criteria = m_settings.ranking,
                    workingDays](PreparedStatements &statements) {
                return ServiceRanking(statements).build(year, quarter, criteria, workingDays);
            };
        }
    }
    if (!args.ok()) {
        replyError(connection, id, args.error());
        return true;
    }
    if (bad) {
        replyError(connection, id, OperationError(ErrorCode::BadRequest, QLatin1String(bad)));
        return true;
    }
    answerFromReportReader(connection, id, op, std::move(read));
    return true;
}

void HallServer::answerFromReportReader(ClientConnection *connection, const QString &id,
                                        const QString &op, ReportReader::Read read)
{
    if (!m_reports)
        m_reports = std::make_unique<ReportReader>(m_executor.url());
    QPointer<ClientConnection> target(connection);
    m_reports->post(std::move(read), this, [this, target, id, op](Result<QJsonObject> result) {
        answerWith(target, id, op, result);
    });
}

} // namespace halldesk
