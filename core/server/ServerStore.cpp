#include "server/ServerStore.h"

#include "storage/PreparedStatements.h"

#include <QHash>

namespace halldesk {

namespace {

StaffMember staffFromRow(const QSqlQuery &q, int first)
{
    StaffMember staff;
    staff.id = q.value(first).toLongLong();
    staff.staffNo = q.value(first + 1).toString();
    staff.name = q.value(first + 2).toString();
    staff.role = staffRoleFromStorageName(q.value(first + 3).toString());
    staff.active = q.value(first + 4).toInt() != 0;
    return staff;
}

} // namespace

std::optional<StaffCredentials> ServerStore::credentialsWhere(const QString &column,
                                                              const QString &value)
{
    auto &q = m_sql.run(
        QStringLiteral("SELECT s.id, s.staff_no, s.name, s.role, s.active, c.password_hash, "
                       "c.failed_count, c.locked_until_ms, s.pin_hash FROM staff s LEFT JOIN "
                       "staff_credentials c ON c.staff_id = s.id WHERE s.") +
            column + QStringLiteral(" = ?"),
        {value});
    StatementFinisher done(q);
    if (!q.next())
        return std::nullopt;
    StaffCredentials credentials;
    credentials.staff = staffFromRow(q, 0);
    credentials.passwordHash = q.value(5).toString();
    credentials.failedCount = q.value(6).toInt();
    credentials.lockedUntilMs = q.value(7).toLongLong();
    credentials.pinHash = q.value(8).toString();
    return credentials;
}

std::optional<StaffCredentials> ServerStore::credentials(const QString &staffNo)
{
    return credentialsWhere(QStringLiteral("staff_no"), staffNo);
}

std::optional<StaffCredentials> ServerStore::credentialsByCard(const QString &cardHash)
{
    if (cardHash.isEmpty())
        return std::nullopt;
    return credentialsWhere(QStringLiteral("card_hash"), cardHash);
}

void ServerStore::setPin(qint64 staffId, const QString &pinHash)
{
    m_sql.run(QStringLiteral("UPDATE staff SET pin_hash = ? WHERE id = ?"), {pinHash, staffId})
        .finish();
}

int ServerStore::setPinWhereMissing(const QString &pinHash)
{
    auto &q =
        m_sql.run(QStringLiteral("UPDATE staff SET pin_hash = ? WHERE pin_hash = ''"), {pinHash});
    const int rows = q.numRowsAffected();
    q.finish();
    return rows;
}

void ServerStore::setCardHash(qint64 staffId, const QString &cardHash)
{
    m_sql.run(QStringLiteral("UPDATE staff SET card_hash = ? WHERE id = ?"), {cardHash, staffId})
        .finish();
}

QList<StaffMember> ServerStore::staffWithoutCard()
{
    auto &q = m_sql.run(QStringLiteral("SELECT id, staff_no, name, role, active FROM staff WHERE "
                                       "card_hash = '' ORDER BY id"),
                        {});
    StatementFinisher done(q);
    QList<StaffMember> staff;
    while (q.next())
        staff << staffFromRow(q, 0);
    return staff;
}

void ServerStore::setPassword(qint64 staffId, const QString &hash, qint64 nowMs)
{
    m_sql
        .run(QStringLiteral("INSERT INTO staff_credentials (staff_id, password_hash, failed_count, "
                            "locked_until_ms, changed_at_ms) VALUES (?, ?, 0, 0, ?) ON CONFLICT "
                            "(staff_id) DO UPDATE SET password_hash = excluded.password_hash, "
                            "failed_count = 0, locked_until_ms = 0, changed_at_ms = "
                            "excluded.changed_at_ms"),
             {staffId, hash, nowMs})
        .finish();
}

int ServerStore::setPasswordWhereMissing(const QString &hash, qint64 nowMs)
{
    auto &q = m_sql.run(
        QStringLiteral("INSERT INTO staff_credentials (staff_id, password_hash, changed_at_ms) "
                       "SELECT id, ?, ? FROM staff WHERE id NOT IN (SELECT staff_id FROM "
                       "staff_credentials)"),
        {hash, nowMs});
    const int rows = q.numRowsAffected();
    q.finish();
    return rows;
}

void ServerStore::recordLoginFailure(qint64 staffId, int failedCount, qint64 lockedUntilMs)
{
    // A staff member with a PIN but no password has no row yet: wrong PINs count all the same.
    m_sql
        .run(QStringLiteral("INSERT INTO staff_credentials (staff_id, password_hash, failed_count, "
                            "locked_until_ms) VALUES (?, '', ?, ?) ON CONFLICT (staff_id) DO "
                            "UPDATE SET failed_count = excluded.failed_count, locked_until_ms = "
                            "excluded.locked_until_ms"),
             {staffId, failedCount, lockedUntilMs})
        .finish();
}

void ServerStore::recordLoginSuccess(qint64 staffId)
{
    m_sql
        .run(QStringLiteral("UPDATE staff_credentials SET failed_count = 0, locked_until_ms = 0 "
                            "WHERE staff_id = ? AND (failed_count <> 0 OR locked_until_ms <> 0)"),
             {staffId})
        .finish();
}

void ServerStore::createSession(const QString &tokenHash, qint64 staffId, const QString &terminal,
                                qint64 issuedAtMs, qint64 expiresAtMs)
{
    m_sql
        .run(QStringLiteral("INSERT INTO staff_sessions (token_hash, staff_id, terminal, "
                            "issued_at_ms, expires_at_ms) VALUES (?, ?, ?, ?, ?)"),
             {tokenHash, staffId, terminal, issuedAtMs, expiresAtMs})
        .finish();
}

std::optional<StoredSession> ServerStore::session(const QString &tokenHash)
{
    auto &q = m_sql.run(QStringLiteral("SELECT s.id, s.staff_no, s.name, s.role, s.active, "
                                       "x.terminal, x.expires_at_ms, x.revoked FROM "
                                       "staff_sessions x JOIN staff s ON s.id = x.staff_id WHERE "
                                       "x.token_hash = ?"),
                        {tokenHash});
    StatementFinisher done(q);
    if (!q.next())
        return std::nullopt;
    StoredSession session;
    session.staff = staffFromRow(q, 0);
    session.terminal = q.value(5).toString();
    session.expiresAtMs = q.value(6).toLongLong();
    session.revoked = q.value(7).toInt() != 0;
    return session;
}

void ServerStore::revokeSession(const QString &tokenHash)
{
    m_sql
        .run(QStringLiteral("UPDATE staff_sessions SET revoked = 1 WHERE token_hash = ?"),
             {tokenHash})
        .finish();
}

int ServerStore::pruneSessions(qint64 nowMs)
{
    auto &q =
        m_sql.run(QStringLiteral("DELETE FROM staff_sessions WHERE expires_at_ms < ?"), {nowMs});
    const int rows = q.numRowsAffected();
    q.finish();
    return rows;
}

std::optional<QByteArray> ServerStore::loggedResponse(const QString &requestKey)
{
    auto &q = m_sql.run(QStringLiteral("SELECT response FROM request_log WHERE request_key = ?"),
                        {requestKey});
    StatementFinisher done(q);
    if (!q.next())
        return std::nullopt;
    return q.value(0).toString().toUtf8();
}

void ServerStore::logResponse(const QString &requestKey, const QString &operation,
                              const QByteArray &response, qint64 atMs)
{
    m_sql
        .run(QStringLiteral("INSERT INTO request_log (request_key, operation, response, at_ms) "
                            "VALUES (?, ?, ?, ?)"),
             {requestKey, operation, QString::fromUtf8(response), atMs})
        .finish();
}

int ServerStore::pruneRequestLog(qint64 beforeMs)
{
    auto &q = m_sql.run(QStringLiteral("DELETE FROM request_log WHERE at_ms < ?"), {beforeMs});
    const int rows = q.numRowsAffected();
    q.finish();
    return rows;
}

QJsonArray ServerStore::windowsOverview(int only)
{
    const QString select =
        QStringLiteral("SELECT w.number, w.name, a.code, w.state, COALESCE(s.staff_no, ''), "
                       "COALESCE(s.name, ''), w.pause_reason, w.state_since_ms, "
                       "COALESCE(t.number, ''), COALESCE(t.id, 0) FROM windows w JOIN areas a ON "
                       "a.id = w.area_id LEFT JOIN staff s ON s.id = w.staff_id LEFT JOIN "
                       "tickets t ON t.window_number = w.number AND t.status = 'called' ");
    auto &q = only != 0 ? m_sql.run(select + QStringLiteral("WHERE w.number = ?"), {only})
                        : m_sql.run(select + QStringLiteral("ORDER BY w.number"), {});
    StatementFinisher done(q);
    QJsonArray windows;
    while (q.next()) {
        QJsonObject w{{QStringLiteral("number"), q.value(0).toInt()},
                      {QStringLiteral("name"), q.value(1).toString()},
                      {QStringLiteral("area"), q.value(2).toString()},
                      {QStringLiteral("state"), q.value(3).toString()},
                      {QStringLiteral("staffNo"), q.value(4).toString()},
                      {QStringLiteral("staffName"), q.value(5).toString()},
                      {QStringLiteral("stateSinceMs"), double(q.value(7).toLongLong())}};
        if (!q.value(6).toString().isEmpty())
            w.insert(QStringLiteral("pauseReason"), q.value(6).toString());
        if (!q.value(8).toString().isEmpty()) {
            w.insert(QStringLiteral("currentTicket"), q.value(8).toString());
            w.insert(QStringLiteral("currentTicketId"), double(q.value(9).toLongLong()));
        }
        windows.append(w);
    }
    return windows;
}

QHash<QString, int> ServerStore::finishedPerQueue(int serviceDay)
{
    auto &q = m_sql.run(QStringLiteral("SELECT q.code, count(*) FROM tickets t JOIN queues q ON "
                                       "q.id = t.queue_id WHERE t.service_day = ? AND t.status = "
                                       "'finished' GROUP BY q.code"),
                        {serviceDay});
    StatementFinisher done(q);
    QHash<QString, int> finished;
    while (q.next())
        finished.insert(q.value(0).toString(), q.value(1).toInt());
    return finished;
}

QStringList ServerStore::queueCodes()
{
    auto &q = m_sql.run(QStringLiteral("SELECT code FROM queues ORDER BY code"), {});
    StatementFinisher done(q);
    QStringList codes;
    while (q.next())
        codes << q.value(0).toString();
    return codes;
}

QJsonObject ServerStore::hallOverview()
{
    QJsonArray areas;
    {
        auto &q =
            m_sql.run(QStringLiteral("SELECT code, name, letter FROM areas ORDER BY letter"), {});
        StatementFinisher done(q);
        while (q.next()) {
            areas.append(QJsonObject{{QStringLiteral("code"), q.value(0).toString()},
                                     {QStringLiteral("name"), q.value(1).toString()},
                                     {QStringLiteral("letter"), q.value(2).toString()}});
        }
    }
    QJsonArray queues;
    {
        auto &q = m_sql.run(QStringLiteral("SELECT q.code, q.name, a.code, q.prefix FROM queues q "
                                           "JOIN areas a ON a.id = q.area_id ORDER BY q.code"),
                            {});
        StatementFinisher done(q);
        while (q.next()) {
            queues.append(QJsonObject{{QStringLiteral("code"), q.value(0).toString()},
                                      {QStringLiteral("name"), q.value(1).toString()},
                                      {QStringLiteral("area"), q.value(2).toString()},
                                      {QStringLiteral("prefix"), q.value(3).toString()}});
        }
    }
    QHash<int, QJsonArray> served;
    {
        auto &q = m_sql.run(QStringLiteral("SELECT wq.window_number, q.code, wq.weight FROM "
                                           "window_queues wq JOIN queues q ON q.id = wq.queue_id "
                                           "ORDER BY wq.window_number, q.code"),
                            {});
        StatementFinisher done(q);
        while (q.next()) {
            served[q.value(0).toInt()].append(
                QJsonObject{{QStringLiteral("queue"), q.value(1).toString()},
                            {QStringLiteral("weight"), q.value(2).toDouble()}});
        }
    }
    QJsonArray windows;
    {
        auto &q = m_sql.run(QStringLiteral("SELECT w.number, w.name, a.code FROM windows w JOIN "
                                           "areas a ON a.id = w.area_id ORDER BY w.number"),
                            {});
        StatementFinisher done(q);
        while (q.next()) {
            const int number = q.value(0).toInt();
            windows.append(QJsonObject{{QStringLiteral("number"), number},
                                       {QStringLiteral("name"), q.value(1).toString()},
                                       {QStringLiteral("area"), q.value(2).toString()},
                                       {QStringLiteral("queues"), served.value(number)}});
        }
    }
    return {{QStringLiteral("areas"), areas},
            {QStringLiteral("queues"), queues},
            {QStringLiteral("windows"), windows}};
}

} // namespace halldesk
