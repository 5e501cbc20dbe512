#include "supervisor/SupervisorReports.h"

#include "client/ClientReply.h"
#include "client/HallClient.h"
#include "logging/HallDeskLogging.h"

#include <QPointer>

namespace halldesk {

namespace {

bool isOffline(const ClientReply &reply)
{
    return reply.error.code() == ErrorCode::Offline;
}

} // namespace

SupervisorReports::SupervisorReports(HallClient &client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

void SupervisorReports::requestCharts(QDate day)
{
    QPointer<SupervisorReports> self(this);
    m_client.request(
        QStringLiteral("hallCharts"), {{QStringLiteral("day"), day.toString(Qt::ISODate)}},
        [self](const ClientReply &reply) {
            if (!self)
                return;
            if (!reply.ok) {
                emit self->chartsFailed(reply.error.message(), isOffline(reply));
                return;
            }
            const auto figures = ChartFigures::fromJson(reply.result);
            if (!figures) {
                qCWarning(lcSupervisor) << "hallCharts answer not understood";
                emit self->chartsFailed(tr("The server's answer was not understood."), false);
                return;
            }
            emit self->chartsArrived(*figures);
        });
}

void SupervisorReports::requestAttendance(QDate from, QDate to)
{
    QPointer<SupervisorReports> self(this);
    m_client.request(QStringLiteral("staffAttendance"),
                     {{QStringLiteral("from"), from.toString(Qt::ISODate)},
                      {QStringLiteral("to"), to.toString(Qt::ISODate)}},
                     [self](const ClientReply &reply) {
                         if (!self)
                             return;
                         if (reply.ok)
                             emit self->attendanceArrived(reply.result);
                         else
                             emit self->attendanceFailed(reply.error.message(), isOffline(reply));
                     });
}

void SupervisorReports::requestRanking(int year, int quarter)
{
    QPointer<SupervisorReports> self(this);
    m_client.request(QStringLiteral("serviceRanking"),
                     {{QStringLiteral("year"), year}, {QStringLiteral("quarter"), quarter}},
                     [self](const ClientReply &reply) {
                         if (!self)
                             return;
                         if (reply.ok)
                             emit self->rankingArrived(reply.result);
                         else
                             emit self->rankingFailed(reply.error.message(), isOffline(reply));
                     });
}

} // namespace halldesk
