#pragma once

#include "EngineFixture.h"
#include "TestHall.h"
#include "storage/PreparedStatements.h"

#include <QSqlQuery>
#include <memory>

namespace halldesk::test {

// The small hall with tickets and ratings written straight into its tables, for the report
// tests (hallReport, hallCharts, staffAttendance, serviceRanking): known figures without
// driving the queue engine through each of them.
struct ReportRows
{
    EngineFixture fixture{smallHall()};
    std::unique_ptr<PreparedStatements> statements;
    int nextNumber = 1;

    bool open()
    {
        if (!fixture.isValid())
            return false;
        statements = std::make_unique<PreparedStatements>(fixture.database());
        return true;
    }
    // The first column of the first row, 0 with none.
    qint64 id(const QString &sql, const QVariantList &values)
    {
        auto &q = statements->run(sql, values);
        StatementFinisher done(q);
        return q.next() ? q.value(0).toLongLong() : 0;
    }
    qint64 staffId(const QString &staffNo)
    {
        return id(QStringLiteral("SELECT id FROM staff WHERE staff_no = ?"), {staffNo});
    }
    // A ticket of `queue` on `day` (yyyymmdd), served by `staffNo` ("" for nobody); calledMs 0:
    // never called; finishedMs 0: not finished. Its id, 0 if it could not be written.
    qint64 ticket(int day, const QString &queue, int window, const QString &staffNo,
                  const QString &status, qint64 issuedMs, qint64 calledMs, qint64 finishedMs)
    {
        const qint64 queueId = id(QStringLiteral("SELECT id FROM queues WHERE code = ?"), {queue});
        QSqlQuery q(fixture.database().connection());
        q.prepare(QStringLiteral(
            "INSERT INTO tickets (service_day, number, queue_id, status, issued_at_ms, "
            "sort_at_ms, called_at_ms, finished_at_ms, window_number, served_by) VALUES (?, ?, ?, "
            "?, ?, ?, ?, ?, ?, ?)"));
        for (const QVariant &v :
             QVariantList{day, QStringLiteral("T%1").arg(nextNumber++), queueId, status, issuedMs,
                          issuedMs, calledMs, finishedMs, window,
                          staffNo.isEmpty() ? QVariant() : QVariant(staffId(staffNo))})
            q.addBindValue(v);
        if (!q.exec())
            return 0;
        return id(QStringLiteral("SELECT MAX(id) FROM tickets"), {});
    }
    // The rating of a ticket: `level` "" for one nobody gave (unrated), "pending" for one asked
    // and not answered yet. Its id, 0 if it could not be written.
    qint64 rating(qint64 ticketId, const QString &day, int window, const QString &area,
                  const QString &staffNo, const QString &level)
    {
        QSqlQuery q(fixture.database().connection());
        q.prepare(QStringLiteral(
            "INSERT INTO service_ratings (ticket_id, window_number, area, staff_no, staff_name, "
            "ticket_number, service_day, requested_at_ms, expires_at_ms, state, level) VALUES (?, "
            "?, ?, ?, '', 'T', ?, 0, 0, ?, ?)"));
        const QString state = level.isEmpty()                     ? QStringLiteral("unrated")
                              : level == QLatin1String("pending") ? QStringLiteral("pending")
                                                                  : QStringLiteral("rated");
        for (const QVariant &v :
             QVariantList{ticketId, window, area, staffNo, day, state,
                          state == QLatin1String("rated") ? level : QStringLiteral("")})
            q.addBindValue(v);
        if (!q.exec())
            return 0;
        return id(QStringLiteral("SELECT MAX(id) FROM service_ratings"), {});
    }
};

} // namespace halldesk::test
