#pragma once

// A small hall fed to a HallMonitor by hand, as the server's `hall`, snapshot and events would
// (PROTOCOL.md §5.2, §6): areas A 综合 (windows 1, 2; queue QA) and B 社保 (window 3; queue
// QB), for the supervisor console's model tests that need no server.

#include "client/HallClient.h"
#include "clock/ManualClock.h"
#include "supervisor/HallMonitor.h"

#include <QJsonArray>
#include <QJsonObject>
#include <memory>

namespace halldesk::test {

class HallFeed
{
public:
    static constexpr int Day = 20261130;

    HallFeed()
        : clock(QDateTime(QDate(2026, 11, 30), QTime(1, 0), Qt::UTC))
        , client(HallClientSettings{}) // never started
        , monitor(client, clock)
    {
        const auto area = [](const char *code, const QString &name, const char *letter) {
            return QJsonObject{{QStringLiteral("code"), QLatin1String(code)},
                               {QStringLiteral("name"), name},
                               {QStringLiteral("letter"), QLatin1String(letter)}};
        };
        const auto queue = [](const char *code, const QString &name, const char *area) {
            return QJsonObject{{QStringLiteral("code"), QLatin1String(code)},
                               {QStringLiteral("name"), name},
                               {QStringLiteral("area"), QLatin1String(area)},
                               {QStringLiteral("prefix"), QLatin1String(code).mid(1)}};
        };
        const auto window = [](int number, const char *area, const char *queue) {
            return QJsonObject{
                {QStringLiteral("number"), number},
                {QStringLiteral("name"), QStringLiteral("%1号窗口").arg(number)},
                {QStringLiteral("area"), QLatin1String(area)},
                {QStringLiteral("queues"),
                 QJsonArray{QJsonObject{{QStringLiteral("queue"), QLatin1String(queue)},
                                        {QStringLiteral("weight"), 1}}}}};
        };
        monitor.applyHall(
            {{QStringLiteral("areas"), QJsonArray{area("a", QStringLiteral("综合"), "A"),
                                                  area("b", QStringLiteral("社保"), "B")}},
             {QStringLiteral("queues"), QJsonArray{queue("QA", QStringLiteral("个人"), "a"),
                                                   queue("QB", QStringLiteral("医保"), "b")}},
             {QStringLiteral("windows"),
              QJsonArray{window(1, "a", "QA"), window(2, "a", "QA"), window(3, "b", "QB")}}});
    }

    static QJsonObject window(int number, const QString &state, bool online = true,
                              const QString &ticket = {}, qint64 ticketId = 0)
    {
        const bool signedIn = state != QLatin1String("signed_out");
        QJsonObject data{
            {QStringLiteral("number"), number},
            {QStringLiteral("state"), state},
            {QStringLiteral("staffNo"), signedIn ? QStringLiteral("S%1").arg(number) : QString()},
            {QStringLiteral("staffName"),
             signedIn ? QStringLiteral("张三%1").arg(number) : QString()},
            {QStringLiteral("stateSinceMs"), 1},
            {QStringLiteral("online"), online}};
        if (state == QLatin1String("paused"))
            data.insert(QStringLiteral("pauseReason"), QStringLiteral("午休"));
        if (ticketId != 0) {
            data.insert(QStringLiteral("currentTicket"), ticket);
            data.insert(QStringLiteral("currentTicketId"), ticketId);
        }
        return data;
    }

    static QJsonObject ticket(qint64 id, const QString &queue, const QString &status,
                              qint64 issuedAtMs, int window = 0, qint64 calledAtMs = 0)
    {
        return {{QStringLiteral("id"), id},
                {QStringLiteral("number"),
                 queue.mid(1) + QStringLiteral("%1").arg(id, 3, 10, QLatin1Char('0'))},
                {QStringLiteral("queue"), queue},
                {QStringLiteral("status"), status},
                {QStringLiteral("serviceDay"), Day},
                {QStringLiteral("issuedAtMs"), issuedAtMs},
                {QStringLiteral("calledAtMs"), calledAtMs},
                {QStringLiteral("window"), window},
                {QStringLiteral("targetWindow"), 0}};
    }

    static QJsonObject queueStatus(const QString &queue, int waiting, int estimateSeconds = 0,
                                   int served = 0, int open = 0, const QJsonArray &tickets = {})
    {
        return {{QStringLiteral("queue"), queue},
                {QStringLiteral("waiting"), waiting},
                {QStringLiteral("longestWaitMs"), 0},
                {QStringLiteral("estimatedWaitSeconds"), estimateSeconds},
                {QStringLiteral("openWindows"), open},
                {QStringLiteral("servedToday"), served},
                {QStringLiteral("tickets"), tickets}};
    }

    void snapshot(const QJsonArray &windows, const QJsonArray &queues = {},
                  const QJsonArray &serving = {})
    {
        monitor.applySnapshot({{QStringLiteral("serverTimeMs"), clock.nowMs()},
                               {QStringLiteral("serviceDay"), Day},
                               {QStringLiteral("queues"), queues},
                               {QStringLiteral("windows"), windows},
                               {QStringLiteral("tickets"), serving},
                               {QStringLiteral("figures"), QJsonArray()}});
    }

    ManualClock clock;
    HallClient client;
    HallMonitor monitor;
};

} // namespace halldesk::test
