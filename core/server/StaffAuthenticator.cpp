#include "server/StaffAuthenticator.h"

#include "auth/PasswordHasher.h"
#include "auth/SessionToken.h"
#include "clock/Clock.h"
#include "logging/HallDeskLogging.h"
#include "queue/EngineExecutor.h"
#include "server/ServerSettings.h"
#include "server/ServerStore.h"
#include "server/StaffSecrets.h"

#include <QPointer>
#include <QThreadPool>

namespace halldesk {

StaffAuthenticator::StaffAuthenticator(EngineExecutor &executor, const Clock &clock,
                                       const ServerSettings &settings, QObject *parent)
    : QObject(parent)
    , m_executor(executor)
    , m_clock(clock)
    , m_settings(settings)
{}

QString StaffAuthenticator::dummyHash()
{
    // Unknown staff numbers are checked against this, so that a wrong number takes as long
    // to refuse as a wrong password. Made on first use: it costs as much as a sign-in.
    if (m_dummyHash.isEmpty())
        m_dummyHash =
            PasswordHasher::hash(QStringLiteral("no such staff"), m_settings.passwordIterations);
    return m_dummyHash;
}

StaffAuthenticator::~StaffAuthenticator()
{
    m_hashing.waitForDone();
}

bool StaffAuthenticator::roleAllowed(TerminalRole terminal, StaffRole staff)
{
    switch (terminal) {
    case TerminalRole::Counter:
        return true;
    case TerminalRole::Supervisor:
        return staff == StaffRole::Supervisor || staff == StaffRole::Admin;
    default:
        return false;
    }
}

template <typename F> void StaffAuthenticator::onOwnThread(F &&f)
{
    QMetaObject::invokeMethod(this, std::forward<F>(f), Qt::QueuedConnection);
}

void StaffAuthenticator::login(const TerminalIdentity &terminal, const QString &staffNo,
                               const QString &password, LoginDone done)
{
    QPointer<StaffAuthenticator> self(this);
    m_executor.post(
        [staffNo](WriterContext &context) {
            return ServerStore(context.statements).credentials(staffNo);
        },
        [self, terminal, staffNo, password, done](std::optional<StaffCredentials> found) {
            if (!self)
                return;
            const qint64 now = self->m_clock.nowMs();
            if (found && found->lockedUntilMs > now) {
                self->onOwnThread([done] { done(OperationError(ErrorCode::AccountLocked)); });
                return;
            }
            const bool usable = found && found->staff.active && !found->passwordHash.isEmpty();
            const QString hash = usable ? found->passwordHash : self->dummyHash();
            self->m_hashing.start([self, terminal, staffNo, password, hash, usable, done] {
                const bool ok = PasswordHasher::verify(password, hash) && usable;
                if (!self)
                    return;
                QMetaObject::invokeMethod(
                    self.data(),
                    [self, terminal, staffNo, ok, done] {
                        if (self)
                            self->finishLogin(terminal, staffNo, ok, done);
                    },
                    Qt::QueuedConnection);
            });
        });
}

void StaffAuthenticator::finishLogin(const TerminalIdentity &terminal, const QString &staffNo,
                                     bool passwordOk, LoginDone done)
{
    const qint64 ttlMs = qint64(std::chrono::milliseconds(m_settings.sessionTtl).count());
    const int maxFailures = m_settings.lockoutFailures;
    const qint64 lockMs = qint64(std::chrono::milliseconds(m_settings.lockoutDuration).count());
    QPointer<StaffAuthenticator> self(this);
    m_executor.post(
        [=](WriterContext &context) -> Result<IssuedSession> {
            ServerStore store(context.statements);
            // Read again on the writer: another sign-in may have counted a failure meanwhile.
            const auto found = store.credentials(staffNo);
            const qint64 now = context.clock.nowMs();
            if (!found)
                return OperationError(ErrorCode::BadCredentials);
            if (found->lockedUntilMs > now)
                return OperationError(ErrorCode::AccountLocked);
            if (!passwordOk) {
                if (found->passwordHash.isEmpty())
                    return OperationError(ErrorCode::BadCredentials);
                return countFailure(store, *found, now, maxFailures, lockMs);
            }
            if (!roleAllowed(terminal.role, found->staff.role))
                return OperationError(ErrorCode::Forbidden);
            store.recordLoginSuccess(found->staff.id);
            IssuedSession session;
            session.token = SessionToken::generate();
            session.staff.staff = found->staff;
            session.staff.tokenHash = SessionToken::storageHash(session.token);
            session.staff.expiresAtMs = now + ttlMs;
            store.createSession(session.staff.tokenHash, found->staff.id, terminal.name, now,
                                session.staff.expiresAtMs);
            return session;
        },
        [self, done](Result<IssuedSession> result) {
            if (self)
                self->onOwnThread([done, result] { done(result); });
        });
}

OperationError StaffAuthenticator::countFailure(ServerStore &store, const StaffCredentials &found,
                                                qint64 nowMs, int maxFailures, qint64 lockMs,
                                                ErrorCode wrong)
{
    const int failures = found.failedCount + 1;
    if (failures >= maxFailures) {
        store.recordLoginFailure(found.staff.id, 0, nowMs + lockMs);
        qCWarning(lcServer).noquote()
            << "staff" << found.staff.staffNo << "locked after" << failures << "failed attempts";
        return OperationError(ErrorCode::AccountLocked);
    }
    store.recordLoginFailure(found.staff.id, failures, 0);
    return OperationError(wrong);
}

void StaffAuthenticator::hashPassword(const QString &password, std::function<void(QString)> done)
{
    QPointer<StaffAuthenticator> self(this);
    m_hashing.start([self, password, iterations = m_settings.passwordIterations, done] {
        QString hash;
        try {
            hash = PasswordHasher::hash(password, iterations);
        } catch (const std::exception &e) {
            qCWarning(lcServer) << "a new password could not be hashed:" << e.what();
        }
        if (self)
            self->onOwnThread([done, hash] { done(hash); });
    });
}

void StaffAuthenticator::checkHelpDesk(const HelpDeskCredential &credential,
                                       std::function<void(HelpDeskCheck)> done)
{
    HelpDeskCheck check;
    check.credential = credential;
    check.maxFailures = m_settings.lockoutFailures;
    check.lockMs = qint64(std::chrono::milliseconds(m_settings.lockoutDuration).count());
    if (credential.usesCard()) {
        check.secretOk = true;
        onOwnThread([done, check] { done(check); });
        return;
    }
    QPointer<StaffAuthenticator> self(this);
    m_executor.post(
        [staffNo = credential.staffNo](WriterContext &context) {
            return ServerStore(context.statements).credentials(staffNo);
        },
        [self, check, done](std::optional<StaffCredentials> found) mutable {
            if (!self)
                return;
            // Unknown staff, or no PIN: checked against a dummy all the same, so a wrong staff
            // number takes as long to refuse as a wrong PIN.
            const bool usable = found && found->staff.active && !found->pinHash.isEmpty();
            const QString hash = usable ? found->pinHash : self->dummyHash();
            self->m_hashing.start([self, check, hash, usable, done]() mutable {
                check.secretOk = PasswordHasher::verify(check.credential.pin, hash) && usable;
                if (self)
                    self->onOwnThread([done, check] { done(check); });
            });
        });
}

Result<qint64> StaffAuthenticator::authorise(WriterContext &context, const HelpDeskCheck &check)
{
    ServerStore store(context.statements);
    const HelpDeskCredential &credential = check.credential;
    std::optional<StaffCredentials> found;
    if (credential.usesCard()) {
        if (const auto card = StaffSecrets::normalizedCard(credential.card))
            found = store.credentialsByCard(StaffSecrets::cardHash(context.cipher, *card));
    } else {
        found = store.credentials(credential.staffNo);
    }
    // Not the code of a wrong password: the kiosk asked for a PIN or a card, and says so.
    const OperationError refused(ErrorCode::BadHelpDeskCredentials);
    if (!found)
        return refused;
    const qint64 now = context.clock.nowMs();
    if (found->lockedUntilMs > now)
        return OperationError(ErrorCode::AccountLocked);
    if (!check.secretOk) {
        if (found->pinHash.isEmpty())
            return refused;
        return countFailure(store, *found, now, check.maxFailures, check.lockMs, refused.code());
    }
    if (!found->staff.active)
        return refused;
    if (!credential.usesCard())
        store.recordLoginSuccess(found->staff.id);
    return found->staff.id;
}

void StaffAuthenticator::resume(const TerminalIdentity &terminal, const QString &token,
                                ResumeDone done)
{
    if (!SessionToken::looksValid(token)) {
        done(OperationError(ErrorCode::SessionExpired));
        return;
    }
    const QString tokenHash = SessionToken::storageHash(token);
    QPointer<StaffAuthenticator> self(this);
    m_executor.post(
        [tokenHash, terminal](WriterContext &context) -> Result<SignedInStaff> {
            const auto stored = ServerStore(context.statements).session(tokenHash);
            // A token is bound to the terminal it was issued on: a copied token is useless
            // elsewhere.
            if (!stored || stored->revoked || stored->terminal != terminal.name ||
                !stored->staff.active || stored->expiresAtMs <= context.clock.nowMs())
                return OperationError(ErrorCode::SessionExpired);
            return SignedInStaff{stored->staff, tokenHash, stored->expiresAtMs};
        },
        [self, done](Result<SignedInStaff> result) {
            if (self)
                self->onOwnThread([done, result] { done(result); });
        });
}

void StaffAuthenticator::logout(const QString &tokenHash, std::function<void()> done)
{
    QPointer<StaffAuthenticator> self(this);
    m_executor.post(
        [tokenHash](WriterContext &context) {
            ServerStore(context.statements).revokeSession(tokenHash);
            return true;
        },
        [self, done](bool) {
            if (self)
                self->onOwnThread(done);
        });
}

} // namespace halldesk
