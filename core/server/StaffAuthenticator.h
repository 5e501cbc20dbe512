#pragma once

#include "domain/Result.h"
#include "pki/TerminalIdentity.h"
#include "server/ClientConnection.h"
#include "server/HelpDeskCredential.h"

#include <QObject>
#include <QThreadPool>
#include <functional>

namespace halldesk {

class Clock;
class EngineExecutor;
class ServerStore;
struct ServerSettings;
struct StaffCredentials;
struct WriterContext;

struct IssuedSession
{
    SignedInStaff staff;
    QString token; // handed to the terminal once; only its digest is stored
};

// Staff sign-in on top of the terminal certificate: staff number and password against a slow
// salted hash, lock-out after repeated failures, session tokens that expire. The hash is
// checked on a worker thread (it takes a good part of a second on purpose), the database is
// read and written through the writer, and the answer comes back on the caller's thread.
class StaffAuthenticator : public QObject
{
    Q_OBJECT

public:
    using LoginDone = std::function<void(Result<IssuedSession>)>;
    using ResumeDone = std::function<void(Result<SignedInStaff>)>;

    StaffAuthenticator(EngineExecutor &executor, const Clock &clock, const ServerSettings &settings,
                       QObject *parent = nullptr);
    ~StaffAuthenticator() override;

    void login(const TerminalIdentity &terminal, const QString &staffNo, const QString &password,
               LoginDone done);
    void resume(const TerminalIdentity &terminal, const QString &token, ResumeDone done);
    void logout(const QString &tokenHash, std::function<void()> done);

    // Whether staff of this role may sign in on a terminal of that role.
    static bool roleAllowed(TerminalRole terminal, StaffRole staff);

    // The slow half of a help-desk confirmation: a PIN checked against its hash on the
    // hashing threads (a card needs no such check). `done` runs on this object's thread.
    void checkHelpDesk(const HelpDeskCredential &credential,
                       std::function<void(HelpDeskCheck)> done);
    // Hashes a new password (adminResetPassword) on the hashing threads with the server's
    // iteration count; `done` runs on this object's thread with the hash, or "" if OpenSSL
    // failed.
    void hashPassword(const QString &password, std::function<void(QString)> done);
    // The writer's half, inside the operation's transaction: the authorising staff member's
    // id, or bad_help_desk_credentials / account_locked with a wrong PIN counted like a wrong
    // password.
    static Result<qint64> authorise(WriterContext &context, const HelpDeskCheck &check);
    // Counts a failed sign-in (or PIN) and locks the account after `maxFailures` in a row;
    // below that it answers `wrong`.
    static OperationError countFailure(ServerStore &store, const StaffCredentials &found,
                                       qint64 nowMs, int maxFailures, qint64 lockMs,
                                       ErrorCode wrong = ErrorCode::BadCredentials);

private:
    void finishLogin(const TerminalIdentity &terminal, const QString &staffNo, bool passwordOk,
                     LoginDone done);
    template <typename F> void onOwnThread(F &&f);
    QString dummyHash();

    EngineExecutor &m_executor;
    const Clock &m_clock;
    const ServerSettings &m_settings;
    QString m_dummyHash;
    // Password checks run here, not in the global pool: its threads would outlive the
    // server, and OpenSSL frees a thread's state only when the thread ends.
    QThreadPool m_hashing;
};

} // namespace halldesk
