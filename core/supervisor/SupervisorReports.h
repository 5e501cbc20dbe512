#pragma once

#include "supervisor/ChartFigures.h"

#include <QDate>
#include <QJsonObject>
#include <QObject>

namespace halldesk {

class HallClient;
struct ClientReply;

// The supervisor console's reads of the server's reports (PROTOCOL.md §5.32–§5.34) over its
// connection: one request at a time per kind, the answer or the reason it failed (in the
// user's language; `offline` when there was no connection to ask on) as signals.
class SupervisorReports : public QObject
{
    Q_OBJECT

public:
    explicit SupervisorReports(HallClient &client, QObject *parent = nullptr);

    void requestCharts(QDate day);
    void requestAttendance(QDate from, QDate to);
    void requestRanking(int year, int quarter);

signals:
    void chartsArrived(const halldesk::ChartFigures &figures);
    void chartsFailed(const QString &problem, bool offline);
    void attendanceArrived(const QJsonObject &result);
    void attendanceFailed(const QString &problem, bool offline);
    void rankingArrived(const QJsonObject &result);
    void rankingFailed(const QString &problem, bool offline);

private:
    HallClient &m_client;
};

} // namespace halldesk
