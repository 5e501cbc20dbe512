#pragma once

#include "domain/HallModel.h"

#include <QJsonArray>
#include <QJsonObject>
#include <optional>

namespace halldesk {

class PreparedStatements;

struct StaffCredentials
{
    StaffMember staff;
    QString passwordHash; // empty: no password set, sign-in impossible
    QString pinHash;      // the help-desk PIN, hashed like a password; empty: none
    int failedCount = 0;
    qint64 lockedUntilMs = 0;
};

struct StoredSession
{
    StaffMember staff;
    QString terminal;
    qint64 expiresAtMs = 0;
    bool revoked = false;
};

// The server's own tables (schema step 2): credentials, sessions and the request log, plus
// the read-only overviews that snapshots are made of. Used on the writer thread inside its
// transaction, so a request's log row commits with the change it describes. Throws
// StorageError like every repository.
class ServerStore
{
public:
    explicit ServerStore(PreparedStatements &statements)
        : m_sql(statements)
    {}

    std::optional<StaffCredentials> credentials(const QString &staffNo);
    // The staff member whose card has this keyed hash (StaffSecrets::cardHash).
    std::optional<StaffCredentials> credentialsByCard(const QString &cardHash);
    void setPin(qint64 staffId, const QString &pinHash);
    // Gives every staff member without a PIN this one (the demo hall's shared PIN).
    int setPinWhereMissing(const QString &pinHash);
    // Throws StorageError if another staff member has the card.
    void setCardHash(qint64 staffId, const QString &cardHash);
    // staff_no and id of every staff member without a card (the demo hall's).
    QList<StaffMember> staffWithoutCard();
    void setPassword(qint64 staffId, const QString &hash, qint64 nowMs);
    // Gives every staff member without a password this one (the demo hall's shared password).
    int setPasswordWhereMissing(const QString &hash, qint64 nowMs);
    void recordLoginFailure(qint64 staffId, int failedCount, qint64 lockedUntilMs);
    void recordLoginSuccess(qint64 staffId);

    void createSession(const QString &tokenHash, qint64 staffId, const QString &terminal,
                       qint64 issuedAtMs, qint64 expiresAtMs);
    std::optional<StoredSession> session(const QString &tokenHash);
    void revokeSession(const QString &tokenHash);
    int pruneSessions(qint64 nowMs);

    std::optional<QByteArray> loggedResponse(const QString &requestKey);
    void logResponse(const QString &requestKey, const QString &operation,
                     const QByteArray &response, qint64 atMs);
    int pruneRequestLog(qint64 beforeMs);

    // Every window with its state, clerk and the ticket it serves; only window `only` if set.
    QJsonArray windowsOverview(int only = 0);
    // The tickets of the day finished per queue code (read once at start: ServedToday).
    QHash<QString, int> finishedPerQueue(int serviceDay);
    QStringList queueCodes();
    // Areas, queues, and windows with the queues they serve and their weights.
    QJsonObject hallOverview();

private:
    std::optional<StaffCredentials> credentialsWhere(const QString &column, const QString &value);

    PreparedStatements &m_sql;
};

} // namespace halldesk
